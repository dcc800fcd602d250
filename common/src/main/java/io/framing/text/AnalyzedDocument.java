package io.framing.text;

import io.framing.Args;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A document split into sentences and tokens, as produced by {@link TextAnalyzer}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the original document text; all offsets point into it
 * @param sentences the sentences, in order
 */
public record AnalyzedDocument(String text, List<Sentence> sentences) implements Serializable {

  public AnalyzedDocument {
    Args.notNull(text, "text");
    sentences = List.copyOf(Args.notNull(sentences, "sentences"));
  }

  /** All tokens of all sentences, in document order. */
  public List<Token> tokens() {
    List<Token> out = new ArrayList<>();
    for (Sentence s : sentences) {
      out.addAll(s.tokens());
    }
    return out;
  }

  /** Number of tokens in the document. */
  public int tokenCount() {
    int n = 0;
    for (Sentence s : sentences) {
      n += s.tokens().size();
    }
    return n;
  }

  /** Whether every token carries a lemma. */
  public boolean hasLemmas() {
    return sentences.stream().allMatch(Sentence::hasLemmas);
  }
}
