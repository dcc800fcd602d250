package io.framing.stance;

/**
 * One row of the {@code stance} table: a (source actor, target country) pair with the tally of
 * its votes (which gives its stance and score in [-1, 1]), the number of the actor's relations
 * toward the target and the number of documents the evidence comes from. Immutable.
 */
public record StanceRow(String sourceActor, String sourceCountry, String sourceRole, String targetCountry,
    StanceTally tally, long nRelations, long nDocuments) {

  /** FAVOR, AGAINST or NONE, as {@link StanceTally#stance()} decides. */
  public Stance stance() {
    return tally.stance();
  }

  /** {@code (favor - against) / (favor + against + none)}. */
  public double score() {
    return tally.score();
  }
}
