package io.framing.relations;

import io.framing.Args;
import io.framing.actors.Actor;
import java.util.Objects;

/**
 * One coded relation: who did what to whom, with its evidence and the rule that found it.
 * Immutable.
 */
public final class Relation {
  private final int sentenceIndex;
  private final int charStart;
  private final int charEnd;
  private final String evidence;
  private final Actor source;
  private final RelationType type;
  private final String cameo;
  private final Actor target;
  private final String aboutCountry;
  private final String quote;
  private final double confidence;
  private final String rule;

  public Relation(int sentenceIndex, int charStart, int charEnd, String evidence, Actor source,
      RelationType type, String cameo, Actor target, String aboutCountry, String quote,
      double confidence, String rule) {
    Args.check(charStart <= charEnd, "evidence span must satisfy start <= end, got [%s, %s)", charStart, charEnd);
    Args.check(confidence >= 0 && confidence <= 1, "confidence must be in [0, 1], got %s", confidence);
    this.sentenceIndex = sentenceIndex;
    this.charStart = charStart;
    this.charEnd = charEnd;
    this.evidence = Args.notNull(evidence, "evidence");
    this.source = Args.notNull(source, "source");
    this.type = Args.notNull(type, "type");
    this.cameo = Args.notBlank(cameo, "cameo");
    this.target = target;
    this.aboutCountry = aboutCountry;
    this.quote = quote;
    this.confidence = confidence;
    this.rule = Args.notBlank(rule, "rule");
  }

  public int sentenceIndex() {
    return sentenceIndex;
  }

  /** Start of the evidence clause in the document text. */
  public int charStart() {
    return charStart;
  }

  public int charEnd() {
    return charEnd;
  }

  /** The sentence the relation was read from. */
  public String evidence() {
    return evidence;
  }

  public Actor source() {
    return source;
  }

  public RelationType type() {
    return type;
  }

  public String cameo() {
    return cameo;
  }

  /** Null when the act names no target ("warned any external party"). */
  public Actor target() {
    return target;
  }

  /** The secondary party of the act's content, or null. */
  public String aboutCountry() {
    return aboutCountry;
  }

  /** The quoted words or tweet the relation was read from, when it came from one. */
  public String quote() {
    return quote;
  }

  public double confidence() {
    return confidence;
  }

  public String rule() {
    return rule;
  }

  /** The key that makes a relation unique within its document. */
  public String dedupKey() {
    return source + "|" + type + "|" + (target == null ? "-" : target.toString());
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Relation)) {
      return false;
    }
    Relation r = (Relation) o;
    return sentenceIndex == r.sentenceIndex && charStart == r.charStart && charEnd == r.charEnd
        && source.equals(r.source) && type == r.type && Objects.equals(target, r.target)
        && Objects.equals(aboutCountry, r.aboutCountry) && rule.equals(r.rule);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sentenceIndex, charStart, source, type, target);
  }

  @Override
  public String toString() {
    return source + " " + type + " " + (target == null ? "-" : target)
        + (aboutCountry == null ? "" : " about " + aboutCountry) + " [" + rule + "]";
  }
}
