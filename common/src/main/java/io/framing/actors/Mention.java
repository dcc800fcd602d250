package io.framing.actors;

import io.framing.Args;
import java.util.Objects;

/**
 * One actor mention in a sentence: where it is (tokens and characters of the document text)
 * and which actor it designates. Immutable.
 */
public final class Mention {
  private final int sentenceIndex;
  private final int tokenStart;
  private final int tokenEnd;
  private final int charStart;
  private final int charEnd;
  private final String surface;
  private final Actor actor;
  private final MentionKind kind;

  public Mention(int sentenceIndex, int tokenStart, int tokenEnd, int charStart, int charEnd,
      String surface, Actor actor, MentionKind kind) {
    Args.check(tokenStart >= 0 && tokenStart < tokenEnd, "token span must be non-empty, got [%s, %s)", tokenStart, tokenEnd);
    Args.check(charStart >= 0 && charStart < charEnd, "char span must be non-empty, got [%s, %s)", charStart, charEnd);
    this.sentenceIndex = sentenceIndex;
    this.tokenStart = tokenStart;
    this.tokenEnd = tokenEnd;
    this.charStart = charStart;
    this.charEnd = charEnd;
    this.surface = Args.notNull(surface, "surface");
    this.actor = Args.notNull(actor, "actor");
    this.kind = Args.notNull(kind, "kind");
  }

  public int sentenceIndex() {
    return sentenceIndex;
  }

  /** First token of the mention within its sentence. */
  public int tokenStart() {
    return tokenStart;
  }

  /** One past the last token of the mention within its sentence. */
  public int tokenEnd() {
    return tokenEnd;
  }

  public int charStart() {
    return charStart;
  }

  public int charEnd() {
    return charEnd;
  }

  public String surface() {
    return surface;
  }

  public Actor actor() {
    return actor;
  }

  public MentionKind kind() {
    return kind;
  }

  /** A copy that designates another actor, as coreference does. */
  public Mention withActor(Actor other, MentionKind newKind) {
    return new Mention(sentenceIndex, tokenStart, tokenEnd, charStart, charEnd, surface, other, newKind);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Mention)) {
      return false;
    }
    Mention m = (Mention) o;
    return sentenceIndex == m.sentenceIndex && tokenStart == m.tokenStart && tokenEnd == m.tokenEnd
        && charStart == m.charStart && charEnd == m.charEnd && surface.equals(m.surface)
        && actor.equals(m.actor) && kind == m.kind;
  }

  @Override
  public int hashCode() {
    return Objects.hash(sentenceIndex, tokenStart, charStart, actor, kind);
  }

  @Override
  public String toString() {
    return "'" + surface + "'=" + actor + "(" + kind + ")";
  }
}
