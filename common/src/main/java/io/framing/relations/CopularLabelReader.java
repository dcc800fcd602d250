package io.framing.relations;

import io.framing.actors.Actor;
import io.framing.actors.Mention;
import io.framing.actors.MentionKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A label given with "to be" in someone's words: "Azerbaijan is a terrorist state", "Baku's
 * actions are unacceptable", "it was unacceptable for Israel to supply weapons". Like a
 * characterisation (coding guidelines §2), a hostile label is the speaker's CONDEMN of the party
 * it falls on; the narrator's own copulas are facts about the world, not relations. Not driven
 * by a cue: it reads every analysed sentence that has a speaker, at the label words that
 * {@link EvaluativeLabels} knows. Immutable and thread-safe.
 */
final class CopularLabelReader {
  private static final Set<String> COPULAS = Set.of("is", "was", "are", "were", "be", "been", "remains", "remain");
  private static final Cue CUE = new Cue(RelationType.CONDEMN, "111", "is * (label)", Cue.Kind.PHRASE, Cue.Target.LABEL,
      List.of(List.of("is")));

  private final ClauseRoles roles;
  private final EvaluativeLabels labels;

  CopularLabelReader(ClauseRoles roles, EvaluativeLabels labels) {
    this.roles = roles;
    this.labels = labels;
  }

  void read(AnnotatedSentence v, Voices voices, ExtractionState state) {
    for (int i = 1; i < v.size(); i++) {
      Optional<EvaluativeLabels.Label> label = labels.of(v.word(i));
      Actor speaker = voices.speaker(v.sentence().index(), i);
      if (label.isEmpty() || label.get() != EvaluativeLabels.Label.HOSTILE || speaker == null || v.inMention(i)
          || v.isVerb(i)) {
        // "is blocking social media": a progressive verb, not a label
        continue;
      }
      int copula = copulaBefore(v, i);
      if (copula < 0 || v.isNegated(copula + 1, Math.max(0, copula - 3))) {
        continue;
      }
      Mention target = forWhomAfter(v, i);
      if (target == null) {
        int floor = roles.floorFor(v, copula);
        Mention subject = v.subjectBefore(copula, Math.max(floor, copula - 6), true);
        if (subject != null && !(subject.kind() == MentionKind.PRONOUN
            && Voices.FIRST_PERSON.contains(v.word(subject.tokenStart())))) {
          target = subject;
        }
      }
      if (target == null) {
        continue;
      }
      CueMatch at = new CueMatch(CUE, copula, i + 1);
      for (Mention m : v.group(target)) {
        if (!m.actor().equals(speaker)) {
          state.emit(v, at, voices, speaker, RelationType.CONDEMN, m.actor(), null, 0.6, "copular-label");
        }
      }
    }
  }

  /** A form of "to be" at most three tokens before the label, only determiners, adverbs and adjectives between. */
  private static int copulaBefore(AnnotatedSentence v, int label) {
    for (int j = label - 1; j >= Math.max(0, label - 4); j--) {
      if (COPULAS.contains(v.word(j))) {
        return j;
      }
      String p = v.tag(j);
      if (!(p.equals("DET") || p.equals("ADV") || p.equals("ADJ") || v.word(j).equals("\"") || v.word(j).equals("“"))) {
        return -1;
      }
    }
    return -1;
  }

  /** "unacceptable for Israel to supply weapons": the party after "for" when an infinitive follows. */
  private static Mention forWhomAfter(AnnotatedSentence v, int label) {
    int j = label + 1;
    while (j < v.size() && (v.word(j).equals("\"") || v.word(j).equals("”"))) {
      j++;
    }
    if (j >= v.size() || !v.word(j).equals("for")) {
      return null;
    }
    Mention m = v.firstAfter(j + 1, Math.min(v.size(), j + 4));
    return m != null && m.tokenEnd() < v.size() && v.word(m.tokenEnd()).equals("to") ? m : null;
  }

}
