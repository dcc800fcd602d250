package io.framing.actors;

import io.framing.Args;

/**
 * One actor mention in a sentence: where it is (tokens and characters of the document text)
 * and which actor it designates.
 *
 * @param tokenStart first token of the mention within its sentence
 * @param tokenEnd one past the last token of the mention within its sentence
 */
public record Mention(int sentenceIndex, int tokenStart, int tokenEnd, int charStart, int charEnd,
    String surface, Actor actor, MentionKind kind) {

  public Mention {
    Args.check(tokenStart >= 0 && tokenStart < tokenEnd, "token span must be non-empty, got [%s, %s)", tokenStart, tokenEnd);
    Args.check(charStart >= 0 && charStart < charEnd, "char span must be non-empty, got [%s, %s)", charStart, charEnd);
    Args.notNull(surface, "surface");
    Args.notNull(actor, "actor");
    Args.notNull(kind, "kind");
  }

  /** A copy that designates another actor, as coreference does. */
  public Mention withActor(Actor other, MentionKind newKind) {
    return new Mention(sentenceIndex, tokenStart, tokenEnd, charStart, charEnd, surface, other, newKind);
  }

  @Override
  public String toString() {
    return "'" + surface + "'=" + actor + "(" + kind + ")";
  }
}
