package io.framing.relations;

import io.framing.actors.Actor;
import io.framing.actors.Mention;
import io.framing.actors.MentionKind;
import java.util.Set;

/**
 * "Stop the shelling.", "Wake up, world.": an imperative in someone's own words is addressed to
 * the vocative it names ("world" is the international community), else to the latest adversary
 * named in the sentence before.
 */
final class ImperativeReader implements CueReader {
  private static final Set<String> VOCATIVE_WORLD = Set.of("world", "everyone", "everybody");
  private static final Set<String> IMPERATIVE_LEADS = Set.of("please", "just", "now", "so", "\"", "“", "!", "-", "—");
  private final ClauseRoles roles;
  private final Actor internationalCommunity;

  ImperativeReader(ClauseRoles roles, Actor internationalCommunity) {
    this.roles = roles;
    this.internationalCommunity = internationalCommunity;
  }

  @Override
  public void read(AnnotatedSentence v, CueMatch cue, Voices voices, ExtractionState state) {
    Actor speaker = voices.speaker(v.sentence().index(), cue.start());
    if (speaker == null || voices.kind(v.sentence().index(), cue.start()) != Voices.Kind.DIRECT) {
      return;
    }
    for (int i = 0; i < cue.start(); i++) {
      if (!IMPERATIVE_LEADS.contains(v.word(i)) && !v.word(i).equals(",")) {
        return;
      }
    }
    if (v.isNegated(cue.start(), 0)) {
      return;
    }
    Actor addressee = null;
    for (int i = cue.end(); i < v.size(); i++) {
      // "Wake up, world." and, as tweets write it, "Wake up world!"
      if (VOCATIVE_WORLD.contains(v.word(i)) && i > 0 && (v.word(i - 1).equals(",") || i == cue.end())) {
        addressee = internationalCommunity;
      }
    }
    if (addressee == null) {
      Mention vocative = v.firstAfter(cue.end(), v.size());
      if (vocative != null && vocative.tokenStart() > 0 && v.word(vocative.tokenStart() - 1).equals(",")) {
        addressee = vocative.actor();
      }
    }
    if (addressee == null) {
      for (int k = state.recentAddressees.size() - 1; k >= 0 && k >= state.recentAddressees.size() - 4; k--) {
        Mention m = state.recentAddressees.get(k);
        if (m.sentenceIndex() >= v.sentence().index() - 1 && !roles.sides().sameSide(m.actor().country(), speaker.country())
            && m.kind() != MentionKind.MODIFIER) {
          addressee = m.actor();
          break;
        }
      }
    }
    if (addressee != null && !addressee.equals(speaker)) {
      state.emit(v, cue, voices, speaker, addressee, null, 0.55, "imperative");
    }
  }
}
