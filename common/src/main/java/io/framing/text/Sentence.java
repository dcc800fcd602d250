package io.framing.text;

import io.framing.Args;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One sentence of an analyzed document, with its tokens.
 *
 * <p>Immutable and thread-safe (the token list is an unmodifiable copy).
 *
 * @param index position of the sentence within the document, from 0
 * @param charStart start offset in the document text
 * @param charEnd end offset in the document text, exclusive
 * @param text the covered text, exactly as in the document
 * @param tokens the tokens, in order, with document offsets
 */
public record Sentence(int index, int charStart, int charEnd, String text, List<Token> tokens)
    implements Serializable {

  public Sentence {
    Args.check(index >= 0, "index must be >= 0, got %s", index);
    Args.notNull(text, "text");
    Args.check(charStart >= 0 && charEnd - charStart == text.length(),
        "offsets [%s, %s) do not fit text of length %s", charStart, charEnd, text.length());
    tokens = List.copyOf(Args.notNull(tokens, "tokens"));
  }

  /** The span of this sentence in the document. */
  public CharSpan span() {
    return new CharSpan(charStart, charEnd);
  }

  /** Whether the tokens carry lemmas. True for a sentence without tokens. */
  public boolean hasLemmas() {
    return tokens.stream().allMatch(Token::hasLemma);
  }

  /** The token texts, in order. */
  public List<String> tokenTexts() {
    List<String> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      out.add(t.text());
    }
    return out;
  }

  /** The UPOS tags, in order. */
  public List<String> posTags() {
    List<String> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      out.add(t.pos());
    }
    return out;
  }
}
