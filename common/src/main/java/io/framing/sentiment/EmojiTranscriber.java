package io.framing.sentiment;

/**
 * Replaces each emoji of a text by its English description, so that the description's words
 * (for example "smiling face with heart-eyes") carry the emoji's sentiment through the lexicon.
 */
final class EmojiTranscriber {

  private EmojiTranscriber() {}

  /**
   * Returns {@code text} with every single-code-point emoji known to {@code lexicon} replaced by
   * its description, and surrounding whitespace removed.
   *
   * <p>As in the authors' implementation, a description is separated by a space from what comes
   * before it unless a plain space already does, but nothing separates it from what follows; so
   * "great😀!" becomes "great grinning face!" and "😀great" becomes "grinning facegreat". Emoji
   * made of several code points (skin tones, flags, joined sequences) are looked up code point by
   * code point, as the authors' code does.
   */
  static String transcribe(String text, VaderLexicon lexicon) {
    StringBuilder transcribed = new StringBuilder(text.length() + 16);
    boolean previousWasSpace = true;
    int i = 0;
    while (i < text.length()) {
      int codePoint = text.codePointAt(i);
      String description = lexicon.descriptionOfEmoji(codePoint);
      if (description != null) {
        if (!previousWasSpace) {
          transcribed.append(' ');
        }
        transcribed.append(description);
        previousWasSpace = false;
      } else {
        transcribed.appendCodePoint(codePoint);
        // Only a plain space counts: after a tab or newline the authors still insert a space.
        previousWasSpace = codePoint == ' ';
      }
      i += Character.charCount(codePoint);
    }
    return PythonStrings.stripWhitespace(transcribed.toString());
  }
}
