package io.framing.relations;

import io.framing.actors.Actor;
import io.framing.actors.Mention;
import io.framing.actors.MentionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A characterisation reported of a speaker: "described the move as provocative", "called the
 * remarks unacceptable", "branded Armenia a terrorist state". A hostile label is the speaker's
 * CONDEMN of the party it falls on; a charge of falsehood, or any label given to a claim ("called
 * the reports fabrications"), is a REJECT of the claim's owner (coding guidelines, §2). The label
 * must come before the clause moves on ("called Lavrov to discuss ..." labels nothing), and what
 * counts as a label is decided by {@link EvaluativeLabels}.
 */
final class CharacterisationReader implements CueReader {
  /** After these the verb is not labelling: "called for talks", "called on Baku", "called off". */
  private static final Set<String> NOT_A_LABELLING_USE = Set.of("for", "on", "upon", "off", "up", "back", "in",
      "out", "at", "to", "into", "by", "with", "from", "after");
  /** Where the object-and-label stretch ends without a label. */
  private static final Set<String> STRETCH_ENDS = Set.of("to", "that", "because", "after", "before", "when",
      "while", ";", ":", "which", "who", "since", "but");
  /** Objects that are acts: a label on them falls on whoever committed the latest attack. */
  private static final Set<String> BARE_ACTS = Set.of("it", "this");
  private static final int MAX_STRETCH = 12;

  private final ClauseRoles roles;
  private final EvaluativeLabels labels;

  CharacterisationReader(ClauseRoles roles, EvaluativeLabels labels) {
    this.roles = roles;
    this.labels = labels;
  }

  @Override
  public void read(AnnotatedSentence v, CueMatch cue, Voices voices, ExtractionState state) {
    int floor = roles.floorFor(v, cue.start());
    if (v.isNegated(cue.start(), floor) || v.isPassive(cue.start())
        || cue.end() >= v.size() || NOT_A_LABELLING_USE.contains(v.word(cue.end())) || distancing(v, cue.start())) {
      return;
    }
    int end = Math.min(v.clauseEnd(cue.end()), cue.end() + MAX_STRETCH);
    int labelAt = -1;
    EvaluativeLabels.Label label = null;
    for (int i = cue.end(); i < end; i++) {
      Optional<EvaluativeLabels.Label> l = v.inMention(i) ? Optional.empty() : labels.of(v.word(i));
      if (l.isPresent() && i > cue.end()) {
        labelAt = i;
        label = l.get();
        break;
      }
      if (STRETCH_ENDS.contains(v.word(i)) || i > cue.end() && v.word(i).equals(",") && !inQuotes(v, i)) {
        return;
      }
    }
    if (label == null) {
      return;
    }
    List<Actor> sources = roles.sourcesOf(v, cue, voices, false);
    if (sources.isEmpty()) {
      return;
    }
    boolean aboutAClaim = false;
    boolean aboutAnAct = false;
    for (int i = cue.end(); i < labelAt; i++) {
      aboutAClaim |= ClauseRoles.FACT_CLAIM_NOUNS.contains(v.word(i));
      aboutAnAct |= ClauseRoles.ATTACK_NOUNS.contains(v.word(i)) || BARE_ACTS.contains(v.word(i));
    }
    RelationType type = label == EvaluativeLabels.Label.FALSITY || aboutAClaim ? RelationType.REJECT : RelationType.CONDEMN;
    // "described the agreement as Armenia's capitulation": the label's own words are not what it falls on.
    int objectEnd = labelAt;
    for (int i = cue.end(); i < labelAt; i++) {
      if (v.word(i).equals("as")) {
        objectEnd = i;
        break;
      }
    }
    Mention object = labelled(v, cue.end(), objectEnd);
    if (object != null && type == RelationType.REJECT && object.kind() == MentionKind.PRONOUN) {
      object = null; // "calling them fantasies": "them" is the claims; their owner is found below
    }
    List<Actor> targets = new ArrayList<>();
    Actor doer = type == RelationType.CONDEMN ? roles.doerOfAttackIn(v, cue.end(), objectEnd, state.lastAttacker) : null;
    if (doer != null) {
      // "called the shelling of Stepanakert a war crime": the label falls on who shelled, not on the town.
      targets.add(doer);
    } else if (object != null) {
      v.group(object).forEach(m -> targets.add(m.actor()));
    }
    for (Actor source : sources) {
      List<Actor> these = new ArrayList<>(targets);
      if (these.isEmpty() && type == RelationType.REJECT) {
        Actor owner = roles.claimOwner(state, source);
        if (owner != null) {
          these.add(owner);
        }
      } else if (these.isEmpty() && aboutAnAct && state.lastAttacker != null) {
        these.add(state.lastAttacker);
      }
      for (Actor target : these) {
        if (type == RelationType.REJECT && roles.sides().sameSide(source.country(), target.country())) {
          continue;
        }
        state.emit(v, cue, voices, source, type, target, null, 0.7, "characterisation");
      }
    }
  }

  /**
   * "suppress what it called Armenian provocations": the reporter quoting a party's word at a
   * distance, inside another act; no characterisation of its own.
   */
  static boolean distancing(AnnotatedSentence v, int verb) {
    for (int i = verb - 1; i >= Math.max(0, verb - 3); i--) {
      if (v.word(i).equals("what")) {
        return true;
      }
    }
    return false;
  }

  /** The party a label falls on: the first mention between the verb and the label, not a first-person one. */
  private static Mention labelled(AnnotatedSentence v, int from, int labelAt) {
    for (Mention m : v.mentions()) {
      if (m.tokenStart() >= from && m.tokenEnd() <= labelAt
          && !(m.kind() == MentionKind.PRONOUN && Voices.FIRST_PERSON.contains(v.word(m.tokenStart())))) {
        return m;
      }
    }
    return null;
  }


  /** A comma inside quotation marks ("a 'cowardly, criminal' act") does not end the stretch. */
  private static boolean inQuotes(AnnotatedSentence v, int i) {
    int quotes = 0;
    for (int j = 0; j < i; j++) {
      String w = v.word(j);
      if (w.equals("\"") || w.equals("“") || w.equals("”")) {
        quotes++;
      }
    }
    return quotes % 2 == 1;
  }
}
