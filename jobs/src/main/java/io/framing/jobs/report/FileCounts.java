package io.framing.jobs.report;

/**
 * The accounting of one input file: records read = documents accepted + records rejected +
 * duplicates folded. {@code read} is what the file held as its reader framed it (lines, rows,
 * tweets of a page; {@link io.framing.jobs.schema.ParsedRecords#HELD}), counted apart from the
 * outcomes, so a record that got no outcome shows as an unbalanced file rather than vanishing.
 * Documents carried inside other records (a retweet's original) are counted apart, since they
 * were not records of the file.
 *
 * @param carried documents this file carried inside its records that were kept (not records of
 *     the file)
 */
public record FileCounts(String inputFile, long read, long accepted, long rejected, long folded, long carried) {

  public boolean balances() {
    return read == accepted + rejected + folded;
  }
}
