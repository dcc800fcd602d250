package io.framing.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Universal POS tags guessed from a token's shape and a short list of function words, for
 * sentences not worth the statistical tagger's time: punctuation is PUNCT, a capitalised word
 * PROPN, a known function word its class, a past tense ("-ed" or a common irregular one) VERB,
 * any other word NOUN. Wrong often enough that rules
 * reading grammar must use the real tagger; good enough to find names and noun phrases.
 * Stateless and thread-safe.
 */
public final class GuessedTags {
  private GuessedTags() {}

  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "every",
      "each", "any", "some", "no", "all", "both");
  private static final Set<String> ADPOSITIONS = Set.of("of", "in", "on", "at", "to", "for", "with", "by", "from",
      "into", "over", "under", "between", "against", "about", "after", "before", "during", "through", "near", "since");
  private static final Set<String> PRONOUNS = Set.of("i", "you", "he", "she", "it", "we", "they", "me", "him",
      "her", "us", "them", "his", "its", "our", "their", "my", "your", "who", "which", "what");
  private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "being", "has",
      "have", "had", "do", "does", "did", "will", "would", "can", "could", "may", "might", "must", "should", "shall");
  private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "but", "nor", "yet", "so");
  /**
   * Irregular past tenses of the verbs news prose opens a report with ("the ministry met", "the
   * minister spoke"): with a regular "-ed" they are guessed VERB, so that a name before them is not
   * read as modifying a noun ("the Russian foreign ministry spoke" names the ministry).
   */
  private static final Set<String> IRREGULAR_PASTS = Set.of("spoke", "met", "held", "made", "sent", "took", "gave",
      "told", "said", "wrote", "went", "came", "began", "saw", "left", "kept", "put", "brought", "thought", "found",
      "sought", "fought", "won", "lost", "struck", "shot", "flew", "drew", "stood", "rose", "fell", "broke", "chose");

  /** Whether {@code lowerCaseWord} is one of the common irregular past tenses listed here ("struck", "met"). */
  public static boolean isIrregularPast(String lowerCaseWord) {
    return IRREGULAR_PASTS.contains(lowerCaseWord);
  }

  public static List<String> of(List<String> tokens) {
    List<String> tags = new ArrayList<>(tokens.size());
    for (String t : tokens) {
      tags.add(guess(t));
    }
    return tags;
  }

  static String guess(String token) {
    if (token.isEmpty()) {
      return "X";
    }
    int first = token.codePointAt(0);
    if (!Character.isLetterOrDigit(first) && first != '#' && first != '@') {
      return TokenShapes.isEmoji(token) ? "SYM" : "PUNCT";
    }
    if (Character.isDigit(first)) {
      return "NUM";
    }
    String w = token.toLowerCase(Locale.ROOT);
    if (DETERMINERS.contains(w)) {
      return "DET";
    }
    if (ADPOSITIONS.contains(w)) {
      return "ADP";
    }
    if (PRONOUNS.contains(w)) {
      return "PRON";
    }
    if (AUXILIARIES.contains(w)) {
      return "AUX";
    }
    if (CONJUNCTIONS.contains(w)) {
      return "CCONJ";
    }
    if (Character.isUpperCase(first)) {
      return "PROPN";
    }
    return IRREGULAR_PASTS.contains(w) || w.length() > 4 && w.endsWith("ed") ? "VERB" : "NOUN";
  }
}
