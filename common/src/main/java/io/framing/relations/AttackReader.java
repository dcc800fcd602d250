package io.framing.relations;

import io.framing.actors.Actor;
import io.framing.actors.Mention;
import io.framing.actors.MentionKind;
import io.framing.actors.Role;
import java.util.List;
import java.util.Set;

/**
 * An attack: the narrator's fact (ATTACK, armed forces or governments only, in an article) or a
 * speaker's claim, coded as the speaker's ACCUSE of the attacker; a speaker denying their own
 * side's attack REJECTs the claim's owner.
 */
final class AttackReader implements CueReader {
  private final ClauseRoles roles;

  AttackReader(ClauseRoles roles) {
    this.roles = roles;
  }

  @Override
  public void read(AnnotatedSentence v, CueMatch cue, Voices voices, ExtractionState state) {
    int floor = roles.floorFor(v, cue.start());
    boolean passive = v.isPassive(cue.start());
    int end = v.clauseEnd(cue.end());
    Mention attacker = passive ? v.agentAfter(cue.end(), end) : v.subjectBefore(cue.start(), floor, true);
    Mention victim = passive ? v.subjectBefore(cue.start(), floor, true) : v.firstAfter(cue.end(), Math.min(end, cue.end() + 10));
    if (attacker == null) {
      return;
    }
    Actor speaker = voices.speaker(v.sentence().index(), cue.start());
    boolean negated = v.isNegated(cue.start(), floor);
    List<Mention> attackers = v.group(attacker);
    for (Mention a : attackers) {
      state.lastAttacker = a.actor();
    }
    if (speaker == null) {
      if (!state.narrated || negated || victim == null || !(attacker.actor().role() == Role.MIL || attacker.actor().role() == Role.GOV)
          || attacker.kind() == MentionKind.PRONOUN) {
        return;
      }
      if (roles.speechVerbBetween(v, 0, v.size()) || deniedBefore(v, cue.start())) {
        // "the ministry claimed Turkish F-16s shot down ...", "..., officials said", "Armenia
        // denied firing at Ganja": a report whose speaker is unknown, or a denial, is no fact of the narrator's.
        return;
      }
      for (Mention a : attackers) {
        for (Mention t : v.group(victim)) {
          if (!roles.sides().sameSide(a.actor().country(), t.actor().country())) {
            state.emit(v, cue, voices, a.actor(), t.actor(), null, 0.75, "narrated-attack");
          }
        }
      }
      return;
    }
    for (Mention a : attackers) {
      boolean ownSide = roles.sides().sameSide(a.actor().country(), speaker.country()) || a.actor().equals(speaker);
      if (negated && ownSide) {
        Actor owner = roles.claimOwner(state, speaker);
        if (owner != null) {
          state.emit(v, cue, voices, speaker, owner, null, 0.6, "denied-attack");
        }
      } else if (!negated && !ownSide) {
        String about = victim == null ? null : roles.aboutCountry(v, victim, end, List.of(speaker), List.of(a.actor()));
        state.emit(v, cue, voices, speaker, a.actor(), about, 0.8, "claimed-attack");
      }
    }
  }

  private static final Set<String> DENIALS = Set.of("deny", "denies", "denied", "denying", "rejected", "dismissed");

  /** A denial right before the act ("denied firing at", "denied ever having shelled"). */
  private static boolean deniedBefore(AnnotatedSentence v, int cueStart) {
    for (int i = cueStart - 1; i >= Math.max(0, cueStart - 3); i--) {
      if (DENIALS.contains(v.word(i))) {
        return true;
      }
    }
    return false;
  }
}
