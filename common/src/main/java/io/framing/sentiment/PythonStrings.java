package io.framing.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The few Python {@code str} operations VADER's reference implementation is built on, with
 * Python's exact semantics.
 *
 * <p>Java's nearest equivalents differ at the edges (Java's {@code trim()} and {@code
 * isWhitespace} treat no-break spaces differently, {@code String.length()} counts UTF-16 units
 * rather than code points, and Java has no {@code isupper()}); each difference would move a token
 * boundary or a capitalisation decision and so a score.
 */
final class PythonStrings {

  /** Python's {@code string.punctuation}: the ASCII punctuation characters. */
  static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  private PythonStrings() {}

  /** Python's {@code str.isspace()} for one code point. */
  static boolean isSpace(int codePoint) {
    // Java's isWhitespace excludes the no-break spaces and isSpaceChar excludes the ASCII
    // controls; Python counts both, and also NEXT LINE (U+0085).
    return Character.isWhitespace(codePoint)
        || Character.isSpaceChar(codePoint)
        || codePoint == 0x85;
  }

  /** Python's {@code str.split()} without arguments: whitespace runs separate, no empty parts. */
  static List<String> splitOnWhitespace(String text) {
    List<String> parts = new ArrayList<>();
    int start = -1;
    int i = 0;
    while (i < text.length()) {
      int codePoint = text.codePointAt(i);
      if (isSpace(codePoint)) {
        if (start >= 0) {
          parts.add(text.substring(start, i));
          start = -1;
        }
      } else if (start < 0) {
        start = i;
      }
      i += Character.charCount(codePoint);
    }
    if (start >= 0) {
      parts.add(text.substring(start));
    }
    return parts;
  }

  /** Python's {@code str.strip()} without arguments. */
  static String stripWhitespace(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.codePointAt(start))) {
      start += Character.charCount(text.codePointAt(start));
    }
    while (end > start && isSpace(text.codePointBefore(end))) {
      end -= Character.charCount(text.codePointBefore(end));
    }
    return text.substring(start, end);
  }

  /** Python's {@code str.strip(string.punctuation)}. */
  static String stripAsciiPunctuation(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && ASCII_PUNCTUATION.indexOf(text.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && ASCII_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return text.substring(start, end);
  }

  /** Python's {@code len(str)}: the number of code points. */
  static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  /** Python's {@code str.lower()}; the root locale keeps it independent of the machine's locale. */
  static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  /**
   * Python's {@code str.isupper()}: at least one cased character, and no lowercase or titlecase
   * one. So {@code "I"} and {@code ":D"} are upper case, {@code "123"} and {@code ":)"} are not.
   */
  static boolean isUpper(String text) {
    boolean sawUpper = false;
    int i = 0;
    while (i < text.length()) {
      int codePoint = text.codePointAt(i);
      if (Character.isLowerCase(codePoint) || Character.isTitleCase(codePoint)) {
        return false;
      }
      sawUpper |= Character.isUpperCase(codePoint);
      i += Character.charCount(codePoint);
    }
    return sawUpper;
  }

  /** Python's {@code str.count(c)} for a single character. */
  static int count(String text, char c) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == c) {
        count++;
      }
    }
    return count;
  }
}
