package io.framing.sentiment;

import static io.framing.sentiment.VaderConstants.ALL_CAPS_INCREMENT;
import static io.framing.sentiment.VaderConstants.BOOSTERS;
import static io.framing.sentiment.VaderConstants.BOOSTER_DECAY_THREE_WORDS_BEFORE;
import static io.framing.sentiment.VaderConstants.BOOSTER_DECAY_TWO_WORDS_BEFORE;
import static io.framing.sentiment.VaderConstants.NEGATION_SCALAR;
import static io.framing.sentiment.VaderConstants.NEGATION_WORDS;
import static io.framing.sentiment.VaderConstants.NEVER_SO_SCALAR;
import static io.framing.sentiment.VaderConstants.SPECIAL_CASE_IDIOMS;
import static io.framing.sentiment.VaderConstants.WEIGHT_AFTER_BUT;
import static io.framing.sentiment.VaderConstants.WEIGHT_BEFORE_BUT;

/**
 * VADER's word-level rules: the valence each token contributes once the words around it (boosters,
 * negations, capitals, idioms, "but") are taken into account.
 *
 * <p>The rules, their order and their quirks follow the authors' implementation (vaderSentiment
 * 3.3.x) rather than the paper's prose wherever the two differ, because the product's scores are
 * held to that implementation's; each quirk kept on purpose is marked "As the authors' code does".
 */
final class VaderWordValences {

  /** Modifiers are looked for at most this many words before a sentiment word. */
  private static final int MODIFIER_WINDOW = 3;

  private final VaderLexicon lexicon;

  VaderWordValences(VaderLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** One valence per token of {@code tokens}; 0 for tokens that carry no sentiment. */
  double[] valences(VaderTokens tokens) {
    double[] valences = new double[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      valences[i] = valenceOfToken(tokens, i);
    }
    reweightAroundBut(tokens, valences);
    return valences;
  }

  private double valenceOfToken(VaderTokens tokens, int i) {
    String word = tokens.lower(i);
    // Boosters and "kind" in "kind of" modify the next sentiment word instead of carrying
    // sentiment of their own, even when the lexicon rates them ("kind" alone is positive).
    if (BOOSTERS.containsKey(word)) {
      return 0.0;
    }
    if (word.equals("kind") && i + 1 < tokens.size() && tokens.lower(i + 1).equals("of")) {
      return 0.0;
    }
    if (!lexicon.contains(word)) {
      return 0.0;
    }
    double valence = lexicon.valenceOf(word);
    valence = applyNo(tokens, i, valence);
    valence = applyCapitals(tokens, i, valence);
    for (int distance = 1; distance <= MODIFIER_WINDOW; distance++) {
      // A word that is itself in the lexicon is scored on its own, not as a modifier, and it
      // also shields this word from the negation and idiom checks at that distance.
      if (i >= distance && !lexicon.contains(tokens.lower(i - distance))) {
        valence += boosterIncrement(tokens, i - distance, valence, distance);
        valence = applyNegation(tokens, i, distance, valence);
        if (distance == MODIFIER_WINDOW) {
          valence = applyIdioms(tokens, i, valence);
        }
      }
    }
    return applyLeast(tokens, i, valence);
  }

  /**
   * "no" before a sentiment word negates it ("no problems"), and then carries no sentiment of its
   * own; "no" on its own keeps its (negative) lexicon valence.
   */
  private double applyNo(VaderTokens tokens, int i, double valence) {
    String word = tokens.lower(i);
    if (word.equals("no") && i + 1 < tokens.size() && lexicon.contains(tokens.lower(i + 1))) {
      valence = 0.0;
    }
    boolean noBefore =
        (i >= 1 && tokens.lower(i - 1).equals("no"))
            || (i >= 2 && tokens.lower(i - 2).equals("no"))
            || (i >= 3 && tokens.lower(i - 3).equals("no") && isOrNor(tokens.lower(i - 1)));
    if (noBefore) {
      // As the authors' code does: the word's own lexicon valence is negated, discarding the
      // zeroing above when this word is itself a "no" after another "no".
      valence = lexicon.valenceOf(word) * NEGATION_SCALAR;
    }
    return valence;
  }

  private static boolean isOrNor(String word) {
    return word.equals("or") || word.equals("nor");
  }

  /** A sentiment word in capitals among words that are not gains emphasis. */
  private static double applyCapitals(VaderTokens tokens, int i, double valence) {
    if (tokens.isAllCaps(i) && tokens.capitalsEmphasise()) {
      // As the authors' code does: a zero valence counts as negative here.
      return valence > 0 ? valence + ALL_CAPS_INCREMENT : valence - ALL_CAPS_INCREMENT;
    }
    return valence;
  }

  /**
   * The increment a booster or dampener {@code distance} words before the sentiment word adds,
   * pushing away from zero (boosters) or towards it (dampeners), decayed with distance.
   */
  private static double boosterIncrement(
      VaderTokens tokens, int modifierIndex, double valence, int distance) {
    Double increment = BOOSTERS.get(tokens.lower(modifierIndex));
    if (increment == null) {
      return 0.0;
    }
    double scalar = valence < 0 ? -increment : increment;
    if (tokens.isAllCaps(modifierIndex) && tokens.capitalsEmphasise()) {
      scalar = valence > 0 ? scalar + ALL_CAPS_INCREMENT : scalar - ALL_CAPS_INCREMENT;
    }
    if (distance == 2) {
      scalar *= BOOSTER_DECAY_TWO_WORDS_BEFORE;
    } else if (distance == 3) {
      scalar *= BOOSTER_DECAY_THREE_WORDS_BEFORE;
    }
    return scalar;
  }

  /**
   * Negates for a negation word {@code distance} words before the sentiment word, except in
   * "never so/this ..." (which intensifies) and "without doubt" (which affirms).
   */
  private static double applyNegation(VaderTokens tokens, int i, int distance, double valence) {
    String oneBefore = tokens.lower(i - 1);
    switch (distance) {
      case 1:
        return isNegation(oneBefore) ? valence * NEGATION_SCALAR : valence;
      case 2:
        {
          String twoBefore = tokens.lower(i - 2);
          if (twoBefore.equals("never") && isSoOrThis(oneBefore)) {
            return valence * NEVER_SO_SCALAR;
          }
          if (twoBefore.equals("without") && oneBefore.equals("doubt")) {
            return valence;
          }
          return isNegation(twoBefore) ? valence * NEGATION_SCALAR : valence;
        }
      case 3:
        {
          String twoBefore = tokens.lower(i - 2);
          String threeBefore = tokens.lower(i - 3);
          // As the authors' code does (an and/or precedence slip): "so" or "this" right before
          // the word intensifies it whether or not "never" comes three words before.
          if ((threeBefore.equals("never") && isSoOrThis(twoBefore)) || isSoOrThis(oneBefore)) {
            return valence * NEVER_SO_SCALAR;
          }
          if (threeBefore.equals("without")
              && (twoBefore.equals("doubt") || oneBefore.equals("doubt"))) {
            return valence;
          }
          return isNegation(threeBefore) ? valence * NEGATION_SCALAR : valence;
        }
      default:
        throw new IllegalArgumentException("no negation rule for distance " + distance);
    }
  }

  private static boolean isSoOrThis(String word) {
    return word.equals("so") || word.equals("this");
  }

  /** A negation word, or any contraction with "n't" ("shouldn't", "mustn't've"). */
  static boolean isNegation(String lowerCaseWord) {
    return NEGATION_WORDS.contains(lowerCaseWord) || lowerCaseWord.contains("n't");
  }

  /**
   * Idioms around the sentiment word: a special-case phrase ("the bomb", "kiss of death")
   * replaces the word's valence, and a two- or three-word dampener before it ("kind of", "sort
   * of") weakens it.
   *
   * <p>As the authors' code does, this runs only when the word three before the sentiment word is
   * not itself in the lexicon, the last matching phrase wins, and the phrases a sentiment word
   * can be part of are looked for only around that word (the authors' list of idioms without
   * lexicon words, such as "cut the mustard", is never consulted by their code, so not here
   * either).
   */
  private static double applyIdioms(VaderTokens tokens, int i, double valence) {
    String current = tokens.lower(i);
    String oneBefore = tokens.lower(i - 1);
    String twoBefore = tokens.lower(i - 2);
    String threeBefore = tokens.lower(i - 3);
    String twoBeforeAndOneBefore = twoBefore + " " + oneBefore;
    String threeBeforeToOneBefore = threeBefore + " " + twoBeforeAndOneBefore;
    String threeBeforeAndTwoBefore = threeBefore + " " + twoBefore;
    String[] phrasesEndingBefore = {
      oneBefore + " " + current,
      twoBeforeAndOneBefore + " " + current,
      twoBeforeAndOneBefore,
      threeBeforeToOneBefore,
      threeBeforeAndTwoBefore
    };
    for (String phrase : phrasesEndingBefore) {
      Double idiomValence = SPECIAL_CASE_IDIOMS.get(phrase);
      if (idiomValence != null) {
        valence = idiomValence;
        break;
      }
    }
    if (i + 1 < tokens.size()) {
      Double idiomValence = SPECIAL_CASE_IDIOMS.get(current + " " + tokens.lower(i + 1));
      if (idiomValence != null) {
        valence = idiomValence;
      }
    }
    if (i + 2 < tokens.size()) {
      Double idiomValence =
          SPECIAL_CASE_IDIOMS.get(current + " " + tokens.lower(i + 1) + " " + tokens.lower(i + 2));
      if (idiomValence != null) {
        valence = idiomValence;
      }
    }
    for (String phrase :
        new String[] {threeBeforeToOneBefore, threeBeforeAndTwoBefore, twoBeforeAndOneBefore}) {
      Double increment = BOOSTERS.get(phrase);
      if (increment != null) {
        valence += increment;
      }
    }
    return valence;
  }

  /**
   * "least" right before a sentiment word negates it ("the least pleasant"), except in "at least"
   * and "very least".
   */
  private double applyLeast(VaderTokens tokens, int i, double valence) {
    if (i >= 1 && tokens.lower(i - 1).equals("least") && !lexicon.contains("least")) {
      boolean afterAtOrVery =
          i >= 2 && (tokens.lower(i - 2).equals("at") || tokens.lower(i - 2).equals("very"));
      if (!afterAtOrVery) {
        return valence * NEGATION_SCALAR;
      }
    }
    return valence;
  }

  /**
   * "but" shifts weight to what follows it: sentiment before the first "but" is halved and
   * sentiment after it is increased by half.
   *
   * <p>As the authors' code does: it finds each valence's position by searching for the first
   * equal value, so when a valence equals one met earlier (for instance the zeros of neutral
   * words, or a word repeated), the earlier position is reweighted again instead. Reproduced so
   * that the scores match theirs.
   */
  private static void reweightAroundBut(VaderTokens tokens, double[] valences) {
    int butIndex = tokens.indexOfLowerCase("but");
    if (butIndex < 0) {
      return;
    }
    for (int k = 0; k < valences.length; k++) {
      double valence = valences[k];
      int position = firstIndexOf(valences, valence);
      if (position < butIndex) {
        valences[position] = valence * WEIGHT_BEFORE_BUT;
      } else if (position > butIndex) {
        valences[position] = valence * WEIGHT_AFTER_BUT;
      }
    }
  }

  private static int firstIndexOf(double[] values, double value) {
    for (int j = 0; j < values.length; j++) {
      if (values[j] == value) {
        return j;
      }
    }
    throw new IllegalStateException("value not found: " + value);
  }
}
