package io.framing.stance;

import io.framing.Args;

/**
 * One piece of evidence for a (source actor, target country) stance: a relation, a hashtag or
 * flag of a tweet's author, or a retweeter's endorsement of the original's evidence. Immutable.
 *
 * @param documentId the document the evidence is in (for a retweet's endorsement, the retweet)
 * @param vote FAVOR or AGAINST, or NONE for an act that takes no side (APPEAL, MEDIATE)
 */
public record StanceVote(String documentId, String sourceActor, String sourceCountry, String sourceRole,
    String targetCountry, Stance vote, Origin origin) {

  /** Where a vote comes from. */
  public enum Origin {
    /** One of the actor's own relations. */
    RELATION,
    /** A hashtag of a tweet's author. */
    HASHTAG,
    /** A flag emoji of a tweet's author. */
    FLAG,
    /** A retweet: the retweeter endorses the original's stance. */
    ENDORSEMENT
  }

  public StanceVote {
    Args.notBlank(documentId, "documentId");
    Args.notBlank(sourceActor, "sourceActor");
    Args.notBlank(sourceCountry, "sourceCountry");
    Args.notBlank(sourceRole, "sourceRole");
    Args.notBlank(targetCountry, "targetCountry");
    Args.notNull(vote, "vote");
    Args.notNull(origin, "origin");
  }

  /**
   * Whether the vote is toward the source's own country. Such votes are cast (a retweet by
   * someone else endorses them: "I stand with Armenia 🇦🇲" retweeted from Baku is FAVOR ARM) but
   * make no stance row: the guidelines give no actor a row toward its own country.
   */
  public boolean towardOwnCountry() {
    return targetCountry.equals(sourceCountry);
  }

  /** The (source actor, target country) pair the vote counts toward. */
  public String pairKey() {
    return sourceActor + "|" + sourceCountry + "|" + sourceRole + "|" + targetCountry;
  }
}
