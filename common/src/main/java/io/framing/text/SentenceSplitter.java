package io.framing.text;

import java.util.List;

/**
 * Splits a document into sentences.
 *
 * <p>Contract: the returned spans are in document order, do not overlap, never start or end with
 * whitespace, and together cover every non-whitespace char of the text. A paragraph break always
 * ends a sentence. Empty or whitespace-only text yields an empty list.
 *
 * <p>Implementations must be safe for concurrent use by several threads.
 */
public interface SentenceSplitter {

  /** Returns the sentence spans of {@code text}, as char offsets into {@code text}. */
  List<CharSpan> split(String text);
}
