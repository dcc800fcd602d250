package io.framing.text;

/**
 * Identifies the language of a text.
 *
 * <p>Implementations must be safe for concurrent use by several threads.
 */
public interface LanguageDetector {

  /**
   * Returns the most likely language of {@code text}. Never null: text without any letter yields
   * {@link DetectedLanguage#UNDETERMINED}.
   */
  DetectedLanguage detect(CharSequence text);
}
