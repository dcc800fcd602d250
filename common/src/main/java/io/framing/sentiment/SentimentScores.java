package io.framing.sentiment;

import io.framing.Args;

/**
 * The sentiment of one text: a normalised overall score and the proportions of the text that read
 * positive, negative and neutral.
 *
 * @param compound overall valence, normalised to [-1, 1]; below -0.05 is conventionally read as
 *     negative and above 0.05 as positive
 * @param positive share of the text's sentiment mass that is positive, in [0, 1]
 * @param negative share that is negative, in [0, 1]
 * @param neutral share that is neutral, in [0, 1]; the three shares sum to about 1, or are all 0
 *     for a text without words
 */
public record SentimentScores(double compound, double positive, double negative, double neutral) {

  /** The scores of a text without words. */
  public static final SentimentScores EMPTY = new SentimentScores(0.0, 0.0, 0.0, 0.0);

  public SentimentScores {
    Args.check(
        compound >= -1.0 && compound <= 1.0, "compound must be in [-1, 1], got %s", compound);
    checkShare(positive, "positive");
    checkShare(negative, "negative");
    checkShare(neutral, "neutral");
    // Adding 0.0 turns -0.0 into 0.0, so that equal-looking scores are equal().
    compound += 0.0;
    positive += 0.0;
    negative += 0.0;
    neutral += 0.0;
  }

  private static void checkShare(double share, String name) {
    Args.check(share >= 0.0 && share <= 1.0, "%s must be in [0, 1], got %s", name, share);
  }
}
