package io.framing.sentiment;

/**
 * Scores the sentiment of a text.
 *
 * <p>Implementations must be thread-safe: one instance is built once (lexicons are loaded at
 * construction) and then shared by every task and thread of a job, so {@link #score} may be
 * called concurrently and must not depend on or change mutable state.
 */
public interface SentimentAnalyzer {

  /**
   * Returns the sentiment of {@code text}.
   *
   * @throws NullPointerException when {@code text} is null; callers decide what a missing text
   *     means, an empty string scores {@link SentimentScores#EMPTY}
   */
  SentimentScores score(String text);
}
