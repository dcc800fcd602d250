package io.framing.relations;

import io.framing.actors.Actor;
import io.framing.actors.Mention;
import io.framing.actors.MentionKind;
import io.framing.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "The enemy is firing rockets at Stepanakert," said a Karabakh spokesman: in the words of one
 * side of the war, "the enemy", "the adversary", "the aggressor" or "the occupiers" is the other
 * side. Which side that is depends on who speaks, so these references are resolved after the
 * voices are known, as first-person pronouns are. Stateless and thread-safe.
 */
final class EnemyReferences {
  private EnemyReferences() {}

  private static final Set<String> HEADS = Set.of("enemy", "adversary", "aggressor", "occupier", "occupiers",
      "invader", "invaders");

  static void add(List<AnnotatedSentence> views, Voices voices, ConflictSides sides) {
    for (AnnotatedSentence v : views) {
      List<Mention> added = new ArrayList<>();
      for (int i = 1; i < v.size(); i++) {
        if (!HEADS.contains(v.word(i)) || !v.word(i - 1).equals("the") || v.inMention(i)
            || i + 1 < v.size() && v.tag(i + 1).equals("NOUN")) {
          continue; // ("the enemy positions": a modifier, not the party)
        }
        int s = v.sentence().index();
        Actor speaker = voices.speaker(s, i);
        if (speaker == null || voices.kind(s, i) == Voices.Kind.NARRATOR) {
          continue;
        }
        String opponent = sides.opponentOf(speaker.country());
        if (opponent == null) {
          continue;
        }
        Token first = v.token(i - 1);
        Token head = v.token(i);
        added.add(new Mention(s, i - 1, i + 1, first.charStart(), head.charEnd(), first.text() + " " + head.text(),
            ClauseRoles.sideGovernment(opponent), MentionKind.REFERENCE));
      }
      if (!added.isEmpty()) {
        v.addMentions(added);
      }
    }
  }
}
