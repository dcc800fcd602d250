package io.framing.sentiment;

import static io.framing.sentiment.VaderConstants.EXCLAMATION_INCREMENT;
import static io.framing.sentiment.VaderConstants.MAX_COUNTED_EXCLAMATIONS;
import static io.framing.sentiment.VaderConstants.MAX_QUESTION_MARK_INCREMENT;
import static io.framing.sentiment.VaderConstants.NORMALIZATION_ALPHA;
import static io.framing.sentiment.VaderConstants.QUESTION_MARK_INCREMENT;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Turns the valences of a text's tokens into {@link SentimentScores}: adds the emphasis of "!" and
 * "?", normalises the sum into the compound score, and splits the sentiment mass into positive,
 * negative and neutral shares.
 */
final class VaderScoreAggregator {

  /** Decimal places of the shares and of the compound score, as the authors report them. */
  private static final int SHARE_DECIMALS = 3;

  private static final int COMPOUND_DECIMALS = 4;

  private VaderScoreAggregator() {}

  /**
   * @param valences one valence per token
   * @param text the text the tokens come from (emoji already transcribed), for its punctuation
   */
  static SentimentScores aggregate(double[] valences, String text) {
    if (valences.length == 0) {
      return SentimentScores.EMPTY;
    }
    double punctuationEmphasis = punctuationEmphasis(text);

    double sum = 0.0;
    for (double valence : valences) {
      sum += valence;
    }
    // Emphasis strengthens whichever way the text already leans; a neutral text stays neutral.
    if (sum > 0) {
      sum += punctuationEmphasis;
    } else if (sum < 0) {
      sum -= punctuationEmphasis;
    }
    double compound = normalize(sum);

    // Each sentiment word counts one more than its valence, so that it outweighs a neutral word,
    // which counts 1.
    double positiveMass = 0.0;
    double negativeMass = 0.0;
    int neutralCount = 0;
    for (double valence : valences) {
      if (valence > 0) {
        positiveMass += valence + 1;
      } else if (valence < 0) {
        negativeMass += -valence + 1;
      } else {
        neutralCount++;
      }
    }
    if (positiveMass > negativeMass) {
      positiveMass += punctuationEmphasis;
    } else if (positiveMass < negativeMass) {
      negativeMass += punctuationEmphasis;
    }
    double total = positiveMass + negativeMass + neutralCount;
    return new SentimentScores(
        round(compound, COMPOUND_DECIMALS),
        round(positiveMass / total, SHARE_DECIMALS),
        round(negativeMass / total, SHARE_DECIMALS),
        round(neutralCount / total, SHARE_DECIMALS));
  }

  /** Maps an unbounded valence sum into (-1, 1): x / sqrt(x^2 + alpha). */
  static double normalize(double sum) {
    double normalized = sum / Math.sqrt(sum * sum + NORMALIZATION_ALPHA);
    // Rounding could in principle carry a huge sum a hair past the bounds.
    return Math.max(-1.0, Math.min(1.0, normalized));
  }

  /** The valence "!" and "?" add to a text that already leans one way. */
  static double punctuationEmphasis(String text) {
    int exclamations = Math.min(PythonStrings.count(text, '!'), MAX_COUNTED_EXCLAMATIONS);
    double exclamationEmphasis = exclamations * EXCLAMATION_INCREMENT;
    int questionMarks = PythonStrings.count(text, '?');
    double questionEmphasis = 0.0;
    if (questionMarks > 1) {
      questionEmphasis =
          questionMarks <= 3
              ? questionMarks * QUESTION_MARK_INCREMENT
              : MAX_QUESTION_MARK_INCREMENT;
    }
    return exclamationEmphasis + questionEmphasis;
  }

  /**
   * Rounds half to even on the exact binary value, as Python's {@code round(x, n)} does, so that
   * reported scores match the authors' digit for digit.
   */
  static double round(double value, int decimals) {
    return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
  }
}
