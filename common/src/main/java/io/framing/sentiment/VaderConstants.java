package io.framing.sentiment;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The empirically derived increments and the fixed word lists of VADER (Hutto and Gilbert, 2014),
 * with the values of the authors' implementation, vaderSentiment 3.3.x.
 *
 * <p>These live in code rather than in {@code data/} because each one is tied to a rule of the
 * algorithm; the lexicons, which analysts may extend, are data ({@link VaderLexicon}).
 */
final class VaderConstants {

  private VaderConstants() {}

  /** Valence added by a booster word such as "very" (the mean rating increase they found). */
  static final double BOOSTER_INCREMENT = 0.293;

  /** Valence added by a dampener word such as "slightly" (negative: it moves towards neutral). */
  static final double DAMPENER_INCREMENT = -0.293;

  /** Valence added by writing a word in ALL CAPS while other words of the text are not. */
  static final double ALL_CAPS_INCREMENT = 0.733;

  /** Factor applied to a negated word's valence: it flips the sign and weakens it. */
  static final double NEGATION_SCALAR = -0.74;

  /** Factor applied for "never so ..." and "never this ...", which intensify rather than negate. */
  static final double NEVER_SO_SCALAR = 1.25;

  /**
   * Factors applied to a booster's increment two and three words before the sentiment word: a
   * modifier counts for less the further away it is (one word before counts in full).
   */
  static final double BOOSTER_DECAY_TWO_WORDS_BEFORE = 0.95;

  static final double BOOSTER_DECAY_THREE_WORDS_BEFORE = 0.9;

  /** Weight of sentiment before the first "but", and of sentiment after it. */
  static final double WEIGHT_BEFORE_BUT = 0.5;

  static final double WEIGHT_AFTER_BUT = 1.5;

  /** Valence added per "!" in the text, for at most {@link #MAX_COUNTED_EXCLAMATIONS} of them. */
  static final double EXCLAMATION_INCREMENT = 0.292;

  static final int MAX_COUNTED_EXCLAMATIONS = 4;

  /**
   * Valence added per "?" when the text has two or three of them; a single "?" asks rather than
   * emphasises, and four or more add {@link #MAX_QUESTION_MARK_INCREMENT}.
   */
  static final double QUESTION_MARK_INCREMENT = 0.18;

  static final double MAX_QUESTION_MARK_INCREMENT = 0.96;

  /** Alpha of the compound normalisation x / sqrt(x^2 + alpha); it approximates the largest sum. */
  static final double NORMALIZATION_ALPHA = 15.0;

  /** Words that negate a sentiment word up to three words after them (besides any "n't" word). */
  static final Set<String> NEGATION_WORDS =
      Set.of(
          "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt",
          "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't",
          "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither",
          "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't",
          "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere",
          "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent",
          "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't",
          "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite");

  /**
   * Degree adverbs and their increments: boosters intensify the sentiment word after them,
   * dampeners weaken it. The two-word entries ("kind of", "sort of", "just enough") can only match
   * as word pairs before a sentiment word, never as single tokens.
   */
  static final Map<String, Double> BOOSTERS = boostersAndDampeners();

  /**
   * Phrases containing lexicon words whose meaning differs from their words' ("the bomb" is
   * good), with the valence that replaces the sentiment word's when the phrase surrounds it.
   */
  static final Map<String, Double> SPECIAL_CASE_IDIOMS =
      Map.of(
          "the shit", 3.0,
          "the bomb", 3.0,
          "bad ass", 1.5,
          "badass", 1.5,
          "bus stop", 0.0,
          "yeah right", -2.0,
          "kiss of death", -1.5,
          "to die for", 3.0,
          "beating heart", 3.1,
          "broken heart", -2.9);

  private static Map<String, Double> boostersAndDampeners() {
    String[] boosters = {
      "absolutely", "amazingly", "awfully", "completely", "considerable", "considerably",
      "decidedly", "deeply", "effing", "enormous", "enormously", "entirely", "especially",
      "exceptional", "exceptionally", "extreme", "extremely", "fabulously", "flipping", "flippin",
      "frackin", "fracking", "fricking", "frickin", "frigging", "friggin", "fully", "fuckin",
      "fucking", "fuggin", "fugging", "greatly", "hella", "highly", "hugely", "incredible",
      "incredibly", "intensely", "major", "majorly", "more", "most", "particularly", "purely",
      "quite", "really", "remarkably", "so", "substantially", "thoroughly", "total", "totally",
      "tremendous", "tremendously", "uber", "unbelievably", "unusually", "utter", "utterly", "very"
    };
    String[] dampeners = {
      "almost", "barely", "hardly", "just enough", "kind of", "kinda", "kindof", "kind-of", "less",
      "little", "marginal", "marginally", "occasional", "occasionally", "partly", "scarce",
      "scarcely", "slight", "slightly", "somewhat", "sort of", "sorta", "sortof", "sort-of"
    };
    HashMap<String, Double> increments = new HashMap<>();
    for (String booster : boosters) {
      increments.put(booster, BOOSTER_INCREMENT);
    }
    for (String dampener : dampeners) {
      increments.put(dampener, DAMPENER_INCREMENT);
    }
    return Map.copyOf(increments);
  }
}
