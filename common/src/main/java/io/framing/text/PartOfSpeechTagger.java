package io.framing.text;

import java.util.List;

/**
 * Assigns a part-of-speech tag to each token of one sentence.
 *
 * <p>Tags are Universal Dependencies UPOS tags ({@code NOUN}, {@code VERB}, {@code PROPN}, ...).
 * A token that fuses two syntactic words may carry a compound tag joined by {@code '+'}, such as
 * {@code AUX+PART} for "don't".
 *
 * <p>Implementations must be safe for concurrent use by several threads.
 */
public interface PartOfSpeechTagger {

  /** Returns one tag per token, in order; an empty list for no tokens. */
  List<String> tag(List<String> tokens);
}
