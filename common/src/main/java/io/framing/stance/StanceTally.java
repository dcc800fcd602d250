package io.framing.stance;

import io.framing.Args;

/**
 * The votes of one (source actor, target country) pair and the stance they give. Immutable.
 *
 * <p>The decision (NOTES.md's stance rule, extended to many documents): FAVOR when FAVOR votes
 * outnumber AGAINST votes, AGAINST when the reverse, NONE otherwise; NONE votes (APPEAL,
 * MEDIATE) never outweigh a side, they only make a NONE row where nothing else decides. The
 * score is {@code (favor - against) / (favor + against + none)}, in [-1, 1].
 */
public record StanceTally(long favor, long against, long none) {

  public StanceTally {
    Args.check(favor >= 0 && against >= 0 && none >= 0, "vote counts must be >= 0");
  }

  public static StanceTally of(Stance vote) {
    return new StanceTally(vote == Stance.FAVOR ? 1 : 0, vote == Stance.AGAINST ? 1 : 0, vote == Stance.NONE ? 1 : 0);
  }

  public StanceTally plus(StanceTally o) {
    return new StanceTally(favor + o.favor, against + o.against, none + o.none);
  }

  public long total() {
    return favor + against + none;
  }

  public Stance stance() {
    if (favor > against) {
      return Stance.FAVOR;
    }
    if (against > favor) {
      return Stance.AGAINST;
    }
    return Stance.NONE;
  }

  public double score() {
    long n = total();
    return n == 0 ? 0.0 : (double) (favor - against) / n;
  }
}
