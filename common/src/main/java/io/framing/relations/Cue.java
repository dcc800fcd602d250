package io.framing.relations;

import io.framing.Args;
import java.util.List;

/**
 * One line of the cue file: a word or phrase that signals a relation, how it is written, and
 * where its target is found. Immutable.
 */
public final class Cue {

  /** How the cue is written, and so how it matches and what its subject is. */
  public enum Kind {
    /** A verb phrase; the first word is inflected (calls, called, calling). */
    VERB,
    /** A noun phrase; its last word may take a plural. */
    NOUN,
    /** A fixed phrase. */
    PHRASE,
    /** "X must ...": the speaker demands of X. */
    MODAL,
    /** An imperative at the start of a clause: the speaker addresses someone. */
    IMPERATIVE
  }

  /** Where the target of the relation is. */
  public enum Target {
    /** The first actor after the cue (and actors coordinated with it). */
    OBJECT,
    /** The agent of a hostile act: "by X", "X's", "Xian ...". */
    AGENT,
    /** The parties named after "between", else none. */
    BETWEEN,
    /** Whoever made the claim being rejected. */
    CLAIM_OWNER,
    /** Whom an imperative addresses. */
    ADDRESSEE,
    /** The subject of the modal clause. */
    SUBJECT,
    /** What a characterisation labels: "described Ankara's move as provocative". */
    LABEL
  }

  private final RelationType relation;
  private final String cameo;
  private final String phrase;
  private final Kind kind;
  private final Target target;
  private final List<List<String>> variants;
  private final String provenance;

  Cue(RelationType relation, String cameo, String phrase, Kind kind, Target target, List<List<String>> variants) {
    this(relation, cameo, phrase, kind, target, variants, "");
  }

  /** {@code provenance}: where a generated cue came from ("CAMEO.2.0.txt:6757 ..."); "" when hand-written. */
  Cue(RelationType relation, String cameo, String phrase, Kind kind, Target target, List<List<String>> variants,
      String provenance) {
    this.provenance = Args.notNull(provenance, "provenance").strip();
    this.relation = Args.notNull(relation, "relation");
    this.cameo = Args.notBlank(cameo, "cameo");
    this.phrase = Args.notBlank(phrase, "cue");
    this.kind = Args.notNull(kind, "kind");
    this.target = Args.notNull(target, "target");
    this.variants = List.copyOf(variants);
  }

  public RelationType relation() {
    return relation;
  }

  public String cameo() {
    return cameo;
  }

  public String phrase() {
    return phrase;
  }

  public Kind kind() {
    return kind;
  }

  public Target target() {
    return target;
  }

  /** Token sequences (lower case) that match this cue; {@code *} stands for up to three tokens. */
  public List<List<String>> variants() {
    return variants;
  }

  /** The resource entry a generated cue was converted from; empty for hand-written cues. */
  public String provenance() {
    return provenance;
  }

  @Override
  public String toString() {
    return relation + ":" + phrase;
  }
}
