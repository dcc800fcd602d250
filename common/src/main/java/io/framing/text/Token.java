package io.framing.text;

import io.framing.Args;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * One token of an analyzed document.
 *
 * <p>Offsets are UTF-16 char offsets into the whole document text, so
 * {@code documentText.substring(charStart(), charEnd()).equals(text())} always holds.
 *
 * <p>Immutable and thread-safe.
 */
public final class Token implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int index;
  private final String text;
  private final int charStart;
  private final int charEnd;
  private final String pos;
  private final String lemma; // null when lemmas were not computed

  /**
   * Creates a token.
   *
   * @param index position of the token within its sentence, from 0
   * @param text the covered text
   * @param charStart start offset in the document
   * @param charEnd end offset in the document, exclusive
   * @param pos the UPOS tag
   * @param lemma the lemma, or null when lemmas were not computed
   */
  public Token(int index, String text, int charStart, int charEnd, String pos, String lemma) {
    Args.check(index >= 0, "index must be >= 0, got %s", index);
    this.text = Args.notNull(text, "text");
    Args.check(charEnd - charStart == text.length(),
        "offsets [%s, %s) do not fit text '%s'", charStart, charEnd, text);
    Args.check(charStart >= 0, "charStart must be >= 0, got %s", charStart);
    this.index = index;
    this.charStart = charStart;
    this.charEnd = charEnd;
    this.pos = Args.notNull(pos, "pos");
    this.lemma = lemma;
  }

  /** Position within the sentence, from 0. */
  public int index() {
    return index;
  }

  /** The token's text, exactly as in the document. */
  public String text() {
    return text;
  }

  /** Start offset in the document text. */
  public int charStart() {
    return charStart;
  }

  /** End offset in the document text, exclusive. */
  public int charEnd() {
    return charEnd;
  }

  /** The Universal Dependencies UPOS tag, such as {@code "VERB"} or {@code "AUX+PART"}. */
  public String pos() {
    return pos;
  }

  /**
   * The lemma, when lemmas were computed (see {@link TextAnalyzer}); empty otherwise.
   */
  public Optional<String> lemma() {
    return Optional.ofNullable(lemma);
  }

  /** True when {@link #lemma()} is present. */
  public boolean hasLemma() {
    return lemma != null;
  }

  /** This token with {@code lemma} set. */
  public Token withLemma(String lemma) {
    return new Token(index, text, charStart, charEnd, pos, Args.notNull(lemma, "lemma"));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Token t
        && index == t.index
        && charStart == t.charStart
        && charEnd == t.charEnd
        && text.equals(t.text)
        && pos.equals(t.pos)
        && Objects.equals(lemma, t.lemma);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, text, charStart, charEnd, pos, lemma);
  }

  @Override
  public String toString() {
    return text + "/" + pos + (lemma == null ? "" : "/" + lemma) + "[" + charStart + "," + charEnd
        + ")";
  }
}
