package io.framing.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The accounting of one input file: records read = documents accepted + records rejected +
 * duplicates folded. {@code read} is what the file held as its reader framed it (lines, rows,
 * tweets of a page; {@link io.framing.jobs.schema.ParsedRecords#HELD}), counted apart from the
 * outcomes, so a record that got no outcome shows as an unbalanced file rather than vanishing.
 * Documents carried inside other records (a retweet's original) are counted apart, since they
 * were not records of the file.
 */
public final class FileCounts {
  private final String inputFile;
  private final long read;
  private final long accepted;
  private final long rejected;
  private final long folded;
  private final long carried;

  public FileCounts(String inputFile, long read, long accepted, long rejected, long folded, long carried) {
    this.inputFile = inputFile;
    this.read = read;
    this.accepted = accepted;
    this.rejected = rejected;
    this.folded = folded;
    this.carried = carried;
  }

  /**
   * Per-file counts from the ranked documents, the rejects and the records each file held
   * ({@code input_file}, {@code held}); the result has one row per input file, so collecting it
   * grows with the number of files, not with their content.
   */
  public static List<FileCounts> compute(Dataset<Row> rankedDocuments, Dataset<Row> rejects, Dataset<Row> held) {
    Column own = col("carried").equalTo(false);
    Dataset<Row> fromHeld = held.select(col("input_file"), col("held").cast("int").as("read"), lit(0).as("accepted"),
        lit(0).as("rejected"), lit(0).as("folded"), lit(0).as("carried"));
    Dataset<Row> fromDocs = rankedDocuments.select(col("input_file"),
        lit(0).as("read"),
        when(own.and(FoldRepeatedIds.kept()), 1).otherwise(0).as("accepted"),
        lit(0).as("rejected"),
        when(own.and(org.apache.spark.sql.functions.not(FoldRepeatedIds.kept())), 1).otherwise(0).as("folded"),
        when(org.apache.spark.sql.functions.not(own).and(FoldRepeatedIds.kept()), 1).otherwise(0).as("carried"));
    Dataset<Row> fromRejects = rejects.select(col("input_file"), lit(0).as("read"), lit(0).as("accepted"),
        lit(1).as("rejected"), lit(0).as("folded"), lit(0).as("carried"));
    List<Row> rows = fromDocs.unionByName(fromRejects).unionByName(fromHeld)
        .groupBy("input_file")
        .agg(sum("read").as("read"), sum("accepted").as("accepted"), sum("rejected").as("rejected"),
            sum("folded").as("folded"), sum("carried").as("carried"))
        .orderBy("input_file")
        .collectAsList();
    List<FileCounts> counts = new ArrayList<>();
    for (Row r : rows) {
      counts.add(new FileCounts(r.getString(0), r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5)));
    }
    return counts;
  }

  public String inputFile() {
    return inputFile;
  }

  public long read() {
    return read;
  }

  public long accepted() {
    return accepted;
  }

  public long rejected() {
    return rejected;
  }

  public long folded() {
    return folded;
  }

  /** Documents this file carried inside its records that were kept (not records of the file). */
  public long carried() {
    return carried;
  }

  public boolean balances() {
    return read == accepted + rejected + folded;
  }
}
