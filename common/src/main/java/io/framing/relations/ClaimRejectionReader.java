package io.framing.relations;

import io.framing.actors.Actor;
import io.framing.actors.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Baku's claim ... is a lie", "Do not trust Azerbaijani propaganda": the speaker REJECTs the
 * owner of the claim (its possessor or agent), else the latest accuser of the speaker's side.
 */
final class ClaimRejectionReader implements CueReader {
  private final ClauseRoles roles;

  ClaimRejectionReader(ClauseRoles roles) {
    this.roles = roles;
  }

  /** After these, "lies" is the verb: "the responsibility lies with Baku", "the town lies in ruins". */
  private static final Set<String> PLACE_AFTER_LIES = Set.of("with", "in", "at", "on", "behind",
      "within", "ahead", "beyond", "between", "squarely", "entirely", "solely");

  /** Verbs that link a subject to what it calls a claim: "X is a lie", "Baku called it fabricated". */
  private static final Set<String> LINKING = Set.of("is", "are", "was", "were", "be", "been",
      "called", "calls", "calling", "call", "termed", "said", "says");

  /** A verb other than a copula or a verb of calling between the subject and the cue. */
  private static boolean actionVerbBetween(AnnotatedSentence v, int from, int to) {
    for (int i = from; i < to; i++) {
      if (v.isVerb(i) && !LINKING.contains(v.word(i))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void read(AnnotatedSentence v, CueMatch cue, Voices voices, ExtractionState state) {
    if (cue.end() - cue.start() == 1 && v.word(cue.start()).equals("lies") && cue.end() < v.size()
        && PLACE_AFTER_LIES.contains(v.word(cue.end()))) {
      return;
    }
    int floor = roles.floorFor(v, cue.start());
    Actor speaker = voices.speaker(v.sentence().index(), cue.start());
    List<Actor> sources = new ArrayList<>();
    if (speaker != null) {
      sources.add(speaker);
    } else {
      Mention subject = v.subjectBefore(cue.start(), floor, false);
      if (subject == null || actionVerbBetween(v, subject.tokenEnd(), cue.start())) {
        // "Armenia was spreading fake information and groundless accusations": the subject
        // spreads the claim; it does not call anything groundless.
        return;
      }
      sources.add(subject.actor());
    }
    Actor owner = null;
    for (int i = 0; i < v.size() && owner == null; i++) {
      if (ClauseRoles.CLAIM_NOUNS.contains(v.word(i)) || i == cue.start()) {
        Mention m = v.subjectBefore(i, Math.max(0, i - 3), true);
        if (m != null && m.tokenEnd() >= i - 1) {
          owner = m.actor();
        }
        if (owner == null) {
          Mention by = v.agentAfter(i + 1, Math.min(v.size(), i + 6));
          if (by != null) {
            owner = by.actor();
          }
        }
      }
    }
    for (Actor source : sources) {
      Actor target = owner != null && !roles.sides().sameSide(owner.country(), source.country()) ? owner : roles.claimOwner(state, source);
      if (target != null) {
        state.emit(v, cue, voices, source, target, null, 0.65, "claim-rejected");
      }
    }
  }
}
