package io.framing.relations;

import io.framing.actors.Actor;
import io.framing.actors.Mention;
import io.framing.actors.MentionKind;
import java.util.List;

/**
 * "Armenia must withdraw": the speaker DEMANDs of the modal's subject (or of the possessor of the
 * subject: "Azerbaijan's assault must end"); "both sides should stop" is the softer APPEAL (the
 * cue file gives each modal its relation: the guidelines' DEMAND is "insists that X must"); the
 * same shape with a predicate cue, "Armenia is responsible for the escalation", is the speaker's
 * ACCUSE of the subject.
 */
final class ModalDemandReader implements CueReader {
  private final ClauseRoles roles;

  ModalDemandReader(ClauseRoles roles) {
    this.roles = roles;
  }

  @Override
  public void read(AnnotatedSentence v, CueMatch cue, Voices voices, ExtractionState state) {
    Actor speaker = voices.speaker(v.sentence().index(), cue.start());
    if (speaker == null || passiveAfter(v, cue)) {
      return;
    }
    int floor = Math.max(roles.floorFor(v, cue.start()), cue.start() - 6);
    // "Armenia, which he claimed launched an attack, must stop": a relative clause however long.
    int clauseEnd = cue.start() > 0 && v.word(cue.start() - 1).equals(",") ? cue.start() - 1 : cue.start();
    Mention subject = v.relativeAntecedent(clauseEnd, roles.floorFor(v, cue.start()));
    if (subject != null) {
      floor = Math.min(floor, subject.tokenStart());
    } else {
      subject = v.subjectBefore(cue.start(), floor, true);
    }
    if (subject != null && (clauseEnd == 0 || !v.isParentheticalAt(clauseEnd - 1)) && verbBetween(v, subject.tokenEnd(), cue.start())) {
      subject = null; // "... are waging war, and that the right to self-determination must": not their modal
    }
    if (subject == null) {
      // "Azerbaijan's assault on Artsakh must end": the possessor of the subject.
      for (Mention m : v.mentions()) {
        if (m.tokenStart() >= floor && m.tokenEnd() <= cue.start() && v.followedByPossessive(m)) {
          subject = m;
          break;
        }
      }
    }
    if (subject == null || subject.kind() == MentionKind.PRONOUN && Voices.FIRST_PERSON.contains(v.word(subject.tokenStart()))) {
      return;
    }
    for (Mention m : v.group(subject)) {
      // "the world must not look away": a plea to everyone, not a demand of a party.
      boolean accusation = cue.cue().relation() == RelationType.ACCUSE;
      if (accusation && roles.sides().sameSide(speaker.country(), m.actor().country())) {
        continue; // "our army is responsible for the liberation of ...": one's own side is credited, not accused
      }
      if (!m.actor().equals(speaker) && !m.actor().country().equals("INT")) {
        state.emit(v, cue, voices, speaker, m.actor(), roles.aboutCountry(v, m, v.clauseEnd(cue.end()), List.of(speaker), List.of(m.actor())), 0.65,
            accusation ? "subject-predicate" : cue.cue().relation() == RelationType.APPEAL ? "modal-appeal" : "modal-demand");
      }
    }
  }

  /**
   * "Armenia's leadership should be held accountable", "must be punished": a modal with a passive
   * asks nothing of its subject; it is said of them, and warning cues ("will be punished") name
   * that shape themselves.
   */
  private static boolean passiveAfter(AnnotatedSentence v, CueMatch cue) {
    if (cue.cue().relation() != RelationType.DEMAND && cue.cue().relation() != RelationType.APPEAL) {
      return false;
    }
    int i = cue.end();
    while (i < v.size() && v.tag(i).equals("ADV")) {
      i++;
    }
    return i + 1 < v.size() && v.word(i).equals("be") && (v.word(i + 1).endsWith("ed") || v.word(i + 1).endsWith("en")
        || v.word(i + 1).equals("held"));
  }

  /** Forms of "to be" that link a subject to a predicate cue: "Armenia is responsible for". */
  private static final java.util.Set<String> COPULAS = java.util.Set.of("is", "was", "are", "were", "be", "been", "'s",
      "remains", "remained", "will", "would");

  /** A verb other than a copula between the subject and the cue: the cue is in another clause. */
  private static boolean verbBetween(AnnotatedSentence v, int from, int to) {
    for (int i = from; i < to; i++) {
      if ((v.isVerb(i) && !COPULAS.contains(v.word(i))) || v.word(i).equals("that")) {
        return true;
      }
    }
    return false;
  }
}
