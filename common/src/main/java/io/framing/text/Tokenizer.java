package io.framing.text;

import java.util.List;

/**
 * Splits one sentence of a document into tokens.
 *
 * <p>Contract: the returned spans are offsets into the whole document (not into the sentence),
 * are in order, do not overlap, lie inside the sentence span and contain no whitespace.
 *
 * <p>Implementations must be safe for concurrent use by several threads.
 */
public interface Tokenizer {

  /** Returns the token spans of {@code sentence} within {@code documentText}. */
  List<CharSpan> tokenize(String documentText, CharSpan sentence);

  /** Tokenizes the whole of {@code text} as a single sentence. */
  default List<CharSpan> tokenize(String text) {
    return tokenize(text, new CharSpan(0, text.length()));
  }
}
