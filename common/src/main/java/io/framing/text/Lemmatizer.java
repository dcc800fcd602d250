package io.framing.text;

import java.util.List;

/**
 * Finds the dictionary form of each token of one sentence, given its part-of-speech tags.
 *
 * <p>Implementations must be safe for concurrent use by several threads.
 */
public interface Lemmatizer {

  /**
   * Returns one lemma per token, in order.
   *
   * @param tokens the tokens of one sentence
   * @param tags their UPOS tags, as produced by a {@link PartOfSpeechTagger}; same size as tokens
   */
  List<String> lemmatize(List<String> tokens, List<String> tags);
}
