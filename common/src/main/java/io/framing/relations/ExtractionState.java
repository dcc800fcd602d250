package io.framing.relations;

import io.framing.actors.Actor;
import io.framing.actors.Mention;
import io.framing.text.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one document's reading has produced so far: the relations (one per source, type and
 * target), the latest attacker (what "This is a war crime." refers to), and the actors recently
 * addressed (whom an imperative speaks to). Not thread-safe; one per document.
 */
final class ExtractionState {
  final Map<String, Relation> relations = new LinkedHashMap<>();
  Actor lastAttacker;
  /** Whether the document has a narrator whose reports are facts (an article). */
  final boolean narrated;
  /** Where the next cue of the sentence starts: the current cue's object lies before it. */
  int nextCueStart;
  /** Where the next cue of the sentence ends. */
  int nextCueEnd;
  final List<Mention> recentAddressees = new ArrayList<>();

  /** The war's two sides: whom a reported act of support is aimed against. */
  private final ConflictSides sides;

  ExtractionState(boolean narrated, ConflictSides sides) {
    this.narrated = narrated;
    this.sides = sides;
  }

  /**
   * The relations in the order they were found. An untargeted relation is left out when the same
   * party (source country and role) has one of the same type with a target in the document: in
   * "Iran will not tolerate stray fire on its soil. We warn Baku and Yerevan ..." Iran warns the
   * two, not a third party nobody named.
   */
  List<Relation> relations() {
    Set<String> targeted = new HashSet<>();
    for (Relation r : relations.values()) {
      if (r.target() != null) {
        targeted.add(partyAndType(r));
      }
    }
    List<Relation> out = new ArrayList<>();
    for (Relation r : relations.values()) {
      if (r.target() != null || !targeted.contains(partyAndType(r))) {
        out.add(r);
      }
    }
    return out;
  }

  /** Whether {@code source} already has a relation of {@code type} toward {@code target} in the document. */
  boolean hasRelation(Actor source, RelationType type, Actor target) {
    for (Relation r : relations.values()) {
      if (r.source().equals(source) && r.type() == type && target.equals(r.target())) {
        return true;
      }
    }
    return false;
  }

  private static String partyAndType(Relation r) {
    return r.source().country() + "|" + r.source().role() + "|" + r.type();
  }

  void emit(AnnotatedSentence v, CueMatch cue, Voices voices, Actor source, Actor target,
      String about, double confidence, String rule) {
    RelationType type = cue.cue().relation();
    if (rule.equals("claimed-attack") || rule.equals("agent-noun")) {
      type = RelationType.ACCUSE;
    } else if (rule.equals("denied-attack") || rule.equals("claim-rejected")) {
      type = RelationType.REJECT;
    }
    emit(v, cue, voices, source, type, target, about, confidence, rule);
  }

  /** A relation of {@code type}, which may differ from the cue's ("called the reports lies" is a REJECT). */
  void emit(AnnotatedSentence v, CueMatch cue, Voices voices, Actor source, RelationType type, Actor target,
      String about, double confidence, String rule) {
    if (target != null && source.equals(target)) {
      return;
    }
    if (type == RelationType.SUPPORT && rule.equals("nominal") && target != null
        && source.country().equals(target.country())) {
      // "the envoy thanked Pakistan for extending support for Azerbaijan": a support noun for
      // one's own country is the others' act, not the speaker's.
      return;
    }
    Actor speaker = voices.speaker(v.sentence().index(), cue.start());
    if (type == RelationType.SUPPORT && target != null && speaker != null && !speaker.equals(source)
        && !sides.sameSide(speaker.country(), source.country()) && sides.opposed(speaker.country(), target.country())) {
      // "Pashinyan said Turkey was backing Azerbaijan": support of one's adversary, reported by
      // one's own side, is that side's accusation of the supporter (coding guidelines §2: a claim
      // reported as someone's statement is coded as that statement).
      emit(v, cue, voices, speaker, RelationType.ACCUSE, source, target.country(), confidence, "reported-support");
      return;
    }
    String cameo = type == cue.cue().relation() ? cue.cue().cameo() : baseCode(type);
    Sentence s = v.sentence();
    Relation r = new Relation(s.index(), s.charStart(), s.charEnd(), s.text(), source, type, cameo, target, about,
        voices.quote(s.index(), cue.start()), confidence, rule + ":" + cue.cue().phrase());
    relations.putIfAbsent(r.dedupKey(), r);
  }

  /** The CAMEO base code of a type read from another type's cue: ACCUSE 112, CONDEMN 111, else the root's 0 code. */
  private static String baseCode(RelationType type) {
    switch (type) {
      case ACCUSE:
        return "112";
      case CONDEMN:
        return "111";
      default:
        return type.cameoRoot() + "0";
    }
  }
}
