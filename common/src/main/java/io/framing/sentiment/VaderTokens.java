package io.framing.sentiment;

import java.util.List;

/**
 * A text split into VADER's tokens: words, emoticons and contractions, with the punctuation
 * around words removed (the authors' {@code SentiText}).
 *
 * <p>The text is split on whitespace only, so "can't" and ":-)" stay whole. Leading and trailing
 * ASCII punctuation is then stripped from a token unless fewer than three characters would be
 * left: that keeps emoticons such as ":)" and ":-(" intact, at the price (which the reference
 * scores carry too) that a short word with punctuation, such as "ok." or "no!", is left as is and
 * so not found in the lexicon.
 */
final class VaderTokens {

  /** Tokens shorter than this once stripped are assumed to be emoticons and kept unstripped. */
  private static final int MIN_STRIPPED_WORD_LENGTH = 3;

  private final String[] tokens;
  private final String[] lowerCaseTokens;
  private final boolean[] allCaps;
  private final boolean someButNotAllCaps;

  private VaderTokens(List<String> tokens) {
    int size = tokens.size();
    this.tokens = tokens.toArray(new String[0]);
    this.lowerCaseTokens = new String[size];
    this.allCaps = new boolean[size];
    int allCapsCount = 0;
    for (int i = 0; i < size; i++) {
      lowerCaseTokens[i] = PythonStrings.lower(this.tokens[i]);
      allCaps[i] = PythonStrings.isUpper(this.tokens[i]);
      if (allCaps[i]) {
        allCapsCount++;
      }
    }
    // Capitals only emphasise when they stand out: in a text written wholly in capitals they
    // carry no emphasis.
    this.someButNotAllCaps = allCapsCount > 0 && allCapsCount < size;
  }

  /** Splits {@code text} (whose emoji are already transcribed) into tokens. */
  static VaderTokens of(String text) {
    List<String> tokens = PythonStrings.splitOnWhitespace(text);
    tokens.replaceAll(VaderTokens::stripPunctuationUnlessEmoticon);
    return new VaderTokens(tokens);
  }

  private static String stripPunctuationUnlessEmoticon(String token) {
    String stripped = PythonStrings.stripAsciiPunctuation(token);
    return PythonStrings.length(stripped) < MIN_STRIPPED_WORD_LENGTH ? token : stripped;
  }

  int size() {
    return tokens.length;
  }

  /** The token at {@code index} as written. */
  String token(int index) {
    return tokens[index];
  }

  /** The token at {@code index} in lower case, as the lexicons and word lists are looked up. */
  String lower(int index) {
    return lowerCaseTokens[index];
  }

  /** Whether the token at {@code index} is written in capitals (Python's {@code isupper()}). */
  boolean isAllCaps(int index) {
    return allCaps[index];
  }

  /** Whether some but not all tokens are in capitals, so that capitals mark emphasis. */
  boolean capitalsEmphasise() {
    return someButNotAllCaps;
  }

  /** The index of the first token equal to {@code word} in lower case, or -1. */
  int indexOfLowerCase(String word) {
    for (int i = 0; i < lowerCaseTokens.length; i++) {
      if (lowerCaseTokens[i].equals(word)) {
        return i;
      }
    }
    return -1;
  }

  /** The tokens as written, for tests and diagnostics. */
  List<String> asList() {
    return List.of(tokens);
  }
}
