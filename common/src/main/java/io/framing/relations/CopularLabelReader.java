package io.framing.relations;

import io.framing.actors.Actor;
import io.framing.actors.Mention;
import io.framing.actors.MentionKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A label given with "to be" in someone's words: "Azerbaijan is a terrorist state", "Baku's
 * actions are unacceptable", "it was unacceptable for Israel to supply weapons", "the Armenian
 * claims are pure fiction". As for a characterisation (coding guidelines §2), a hostile label is
 * the speaker's CONDEMN of the party it falls on, and a charge of falsehood or any label on a
 * claim is a REJECT of the claim's owner; the narrator's own copulas are facts about the world,
 * not relations. Not driven by a cue: it reads every analysed sentence that has a speaker, at
 * the label words that {@link EvaluativeLabels} knows. Immutable and thread-safe.
 */
final class CopularLabelReader {
  /** Forms of "to be", and the linking verbs that judge like it ("amounted to terrorism", "constitutes a war crime"). */
  private static final Set<String> COPULAS = Set.of("is", "was", "are", "were", "be", "been", "remains", "remain",
      "constitutes", "constitute", "constituted", "represents", "represent", "represented");
  /** Linking verbs that take "to" before the label: "amounts to", "amounted to". */
  private static final Set<String> LINKING_WITH_TO = Set.of("amounts", "amount", "amounted", "tantamount");
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
      if (label.isEmpty() || speaker == null || v.inMention(i) || v.isVerb(i)) {
        // "is blocking social media": a progressive verb, not a label
        continue;
      }
      int copula = copulaBefore(v, i);
      if (copula < 0 || v.isNegated(copula + 1, Math.max(0, copula - 3))) {
        continue;
      }
      int floor = roles.floorFor(v, copula);
      int claim = claimNounBefore(v, copula, Math.max(floor, copula - 8));
      if (label.get() == EvaluativeLabels.Label.FALSITY || claim >= 0 && ClauseRoles.FACT_CLAIM_NOUNS.contains(v.word(claim))) {
        rejectClaim(v, voices, state, speaker, copula, i, claim, floor);
        continue;
      }
      CueMatch at = new CueMatch(CUE, copula, i + 1);
      if (claim >= 0) {
        // "Turkey's statements were reckless": a hostile label on a statement condemns its speaker.
        Mention owner = ActOwners.ownerOfNoun(v, claim, claim + 1, copula);
        if (owner != null && !owner.actor().equals(speaker)) {
          condemn(v, at, voices, state, speaker, owner.actor());
        }
        continue;
      }
      Mention target = forWhomAfter(v, i);
      if (target == null) {
        Mention subject = v.subjectBefore(copula, Math.max(floor, copula - 6), true);
        if (subject != null && !(subject.kind() == MentionKind.PRONOUN
            && Voices.FIRST_PERSON.contains(v.word(subject.tokenStart())))) {
          target = subject;
        }
      }
      if (target == null) {
        // "the attack on Ganja was a flagrant violation of international law": the label judges
        // whoever attacked, as a bare "this" does below.
        Actor doer = roles.doerOfAttackIn(v, Math.max(floor, copula - 8), copula, state.lastAttacker);
        if (doer != null) {
          if (!roles.sides().sameSide(doer.country(), speaker.country())) {
            condemn(v, at, voices, state, speaker, doer);
          }
          continue;
        }
      }
      if (target == null && copula > 0 && BARE_SUBJECTS.contains(v.word(copula - 1))) {
        // "Azerbaijani forces shelled Stepanakert overnight. 'This is barbaric,' Pashinyan said.":
        // a bare "this" judges the attack last reported. After the speaker's own accusation of the
        // attacker it adds nothing (coding guidelines §2).
        Actor attacker = state.lastAttacker;
        if (attacker != null && !roles.sides().sameSide(attacker.country(), speaker.country())
            && !state.hasRelation(speaker, RelationType.ACCUSE, attacker)) {
          condemn(v, at, voices, state, speaker, attacker);
        }
        continue;
      }
      if (target == null) {
        continue;
      }
      for (Mention m : v.group(target)) {
        if (!m.actor().equals(speaker)) {
          condemn(v, at, voices, state, speaker, m.actor());
        }
      }
    }
  }

  private static void condemn(AnnotatedSentence v, CueMatch at, Voices voices, ExtractionState state, Actor speaker,
      Actor target) {
    state.emit(v, at, voices, speaker, RelationType.CONDEMN, target, null, 0.6, "copular-label");
  }

  /**
   * "Armenian claims about a downed jet are pure fiction", "this is a lie": the speaker rejects the
   * claim's owner, the possessor or nationality of the claim noun, else (a bare "this", "it", "the
   * reports") the side the latest accusation came from ({@link ClauseRoles#claimOwner}). A label on
   * no claim and no pronoun ("Pashinyan is a liar") falls on its subject.
   */
  private void rejectClaim(AnnotatedSentence v, Voices voices, ExtractionState state, Actor speaker, int copula,
      int labelAt, int claim, int floor) {
    Mention owner = claim >= 0 ? ActOwners.ownerOfNoun(v, claim, claim + 1, copula) : null;
    Actor target = null;
    if (owner != null) {
      target = owner.actor();
    } else if (claim < 0) {
      Mention subject = v.subjectBefore(copula, Math.max(floor, copula - 6), true);
      if (subject != null && subject.kind() != MentionKind.PRONOUN) {
        target = subject.actor();
      }
    }
    if (target == null && (claim >= 0 || copula > 0 && BARE_SUBJECTS.contains(v.word(copula - 1)))) {
      target = roles.claimOwner(state, speaker);
    }
    if (target == null || roles.sides().sameSide(speaker.country(), target.country())) {
      return;
    }
    state.emit(v, new CueMatch(CUE, copula, labelAt + 1), voices, speaker, RelationType.REJECT, target, null, 0.6,
        "copular-label");
  }

  private static final Set<String> ARTICLES = Set.of("a", "an", "the");

  private static final Set<String> BARE_SUBJECTS = Set.of("this", "it", "that");

  /** A claim noun heading the copula's subject ("the reports ... are"), not past a verb; -1 when none. */
  private static int claimNounBefore(AnnotatedSentence v, int copula, int floor) {
    for (int j = copula - 1; j >= floor; j--) {
      if (ClauseRoles.CLAIM_NOUNS.contains(v.word(j)) && !v.inMention(j)) {
        return j;
      }
      if (v.isVerb(j) && !v.word(j).endsWith("ed") || v.word(j).equals("that") || v.word(j).equals(",")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * A form of "to be" at most three tokens before the label, only determiners, adverbs and
   * adjectives between, coordinated ("unhelpful and provocative") or with one noun of a compound
   * right before the label ("a war crime").
   */
  private static int copulaBefore(AnnotatedSentence v, int label) {
    for (int j = label - 1; j >= Math.max(0, label - 4); j--) {
      if (COPULAS.contains(v.word(j))) {
        return j;
      }
      if (v.word(j).equals("to") && j > 0 && LINKING_WITH_TO.contains(v.word(j - 1))) {
        return j - 1;
      }
      String p = v.tag(j);
      String w = v.word(j);
      boolean compound = j == label - 1 && p.equals("NOUN") && !v.inMention(j);
      // the tagger now and then calls an article something else ("was a/SCONJ war criminal")
      if (!(p.equals("DET") || ARTICLES.contains(w) || p.equals("ADV") || p.equals("ADJ") || compound || w.equals("and") || w.equals(",")
          || w.equals("\"") || w.equals("“"))) {
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
