package io.framing.relations;

import io.framing.actors.Actor;
import io.framing.actors.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "victim of attacks by X", "Azerbaijani aggression", "This is a war crime.": a hostile noun in a
 * speaker's words is their ACCUSE of its agent (after "by", a possessor or modifier before the
 * noun, or the latest attacker).
 */
final class AgentNounReader implements CueReader {
  private final ClauseRoles roles;

  AgentNounReader(ClauseRoles roles) {
    this.roles = roles;
  }

  @Override
  public void read(AnnotatedSentence v, CueMatch cue, Voices voices, ExtractionState state) {
    Actor speaker = voices.speaker(v.sentence().index(), cue.start());
    int floor = roles.floorFor(v, cue.start());
    if (speaker == null) {
      return;
    }
    int end = v.clauseEnd(cue.end());
    // "repelled an Azerbaijani attack": the noun's own possessor or nationality first, whatever its clause role.
    Mention agent = ActOwners.ownerOfNoun(v, cue.start(), cue.end(), end);
    if (agent == null) {
      agent = v.agentAfter(cue.end(), end);
    }
    if (agent == null) {
      // "the leadership of Azerbaijan has planned this attack": an act that a verb of doing takes
      // as its object is that verb's subject's.
      int verb = cue.start() - 1;
      while (verb >= 0 && (v.tag(verb).equals("DET") || v.tag(verb).equals("ADJ") || v.word(verb).equals("this"))) {
        verb--;
      }
      if (verb >= 0 && DOING_VERBS.contains(v.word(verb))) {
        Mention doer = v.subjectBefore(verb, floor, true);
        if (doer != null && onlyAuxiliariesBetween(v, doer.tokenEnd(), verb)) {
          agent = doer;
        }
      }
    }
    if (agent == null && cue.start() > 0) {
      // "Turkey had sent fighters", "the Turkish president Recep Tayyip Erdogan is sending
      // mercenaries": the verb's subject, however long its name, with only auxiliaries and
      // adverbs between.
      Mention before = v.subjectBefore(cue.start(), Math.max(floor, cue.start() - 4), true);
      if (before != null && before.tokenEnd() >= cue.start() - 2) {
        agent = before;
      } else if (before == null) {
        before = v.subjectBefore(cue.start(), floor, true);
        if (before != null && onlyAuxiliariesBetween(v, before.tokenEnd(), cue.start())) {
          agent = before;
        }
      }
    }
    if (agent == null) {
      // "Azerbaijan's use of cluster munitions ... is a violation": the subject's possessor.
      Mention subject = v.subjectBefore(cue.start(), floor, true);
      if (subject != null && v.followedByPossessive(subject)) {
        agent = subject;
      }
    }
    List<Actor> agents = new ArrayList<>();
    // Only a side of the war accuses by naming the town hit: a third party speaking of "the strike
    // on Ganja" names no one.
    Actor attackerOfVictim = agent == null && roles.sides().onASide(speaker.country())
        ? roles.attackerOfVictimAfter(v, cue.end(), state.lastAttacker, end) : null;
    if (agent != null) {
      v.group(agent).forEach(m -> agents.add(m.actor()));
    } else if (attackerOfVictim != null) {
      // "Karabakh authorities said the shelling of Shushi left one person dead": no attacker
      // named; the side that last attacked, or else the other side of the town hit.
      agents.add(attackerOfVictim);
    } else if (state.lastAttacker != null && v.mentions().isEmpty()) {
      // "This is a war crime." after the attack it names.
      agents.add(state.lastAttacker);
    }
    for (Actor a : agents) {
      if (!roles.sides().sameSide(a.country(), speaker.country()) && !a.equals(speaker)) {
        state.emit(v, cue, voices, speaker, a, null, 0.7, "agent-noun");
      }
    }
  }

  /** Verbs whose object act is the subject's own doing: "planned this attack", "committed aggression". */
  private static final Set<String> DOING_VERBS = Set.of("planned", "plans", "planning",
      "prepared", "preparing", "carried", "committed", "commits", "committing", "staged", "stages", "mounted", "ordered",
      "orders", "unleashed", "unleashes", "started", "starts", "began", "begins", "continued", "continues",
      "continuing", "intensified", "escalated", "resumed", "renewed", "perpetrated");

  /** Whether {@code [from, to)} holds at most three auxiliaries, adverbs or particles and nothing else. */
  private static boolean onlyAuxiliariesBetween(AnnotatedSentence v, int from, int to) {
    if (to - from > 3) {
      return false;
    }
    for (int i = from; i < to; i++) {
      String tag = v.tag(i);
      if (!(tag.equals("AUX") || tag.equals("ADV") || tag.equals("PART"))) {
        return false;
      }
    }
    return true;
  }
}
