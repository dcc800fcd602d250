package io.framing.relations;

import io.framing.actors.Mention;
import io.framing.actors.MentionKind;
import java.util.Set;

/**
 * Who the subject of a clause is, over one {@link AnnotatedSentence}: the nearest mention that can
 * be a subject, with the shapes news prose gives a speaker (a relative clause's antecedent, a
 * title linked to the actor it speaks for, an unknown name with an apposition, a possessor
 * before an unknown title holder, the head of an apposition). Split from the sentence so that the
 * sentence keeps the token-level facts and this class the clause-level reading. Stateless beyond
 * its sentence; not shared between threads (neither is the sentence).
 */
final class SubjectFinder {
  private final AnnotatedSentence v;

  SubjectFinder(AnnotatedSentence v) {
    this.v = v;
  }

  /**
   * The nearest mention ending at or before {@code before} and at or after {@code from} that can
   * be a subject: not after a preposition, not parenthetical, not a bare adjective unless
   * {@code allowModifiers}. Null when there is none.
   */
  Mention subjectBefore(int before, int from, boolean allowModifiers) {
    Mention antecedent = v.relativeAntecedent(before, from);
    if (antecedent != null) {
      return antecedent;
    }
    Mention titled = allowModifiers ? null : titledSubject(from, before);
    if (titled != null) {
      return titled;
    }
    for (int k = v.mentions().size() - 1; k >= 0; k--) {
      Mention m = v.mentions().get(k);
      if (m.tokenEnd() > before || m.tokenStart() < from) {
        continue;
      }
      if (speaksForUnknownName(m, from, before)) {
        return m;
      }
      if (v.isParentheticalAt(m.tokenStart()) && !v.isParentheticalAt(Math.max(0, before - 1))) {
        continue;
      }
      if (!allowModifiers && !m.kind().canSpeak()) {
        continue;
      }
      if ((v.isPrepositionalObject(v.firstOfCoordination(m)) && !headedByTitle(m, from)) || v.isObjectOfVerb(v.firstOfCoordination(m))) {
        continue;
      }
      if (v.followedByPossessive(m) && !allowModifiers && !possessorOfSpeaker(m, before)) {
        continue;
      }
      return preferHeadOfApposition(m, from, allowModifiers);
    }
    return null;
  }

  /**
   * "Jane Roe, executive director of Human Rights Watch, condemned ...": the clause opens with a
   * name the dictionary does not know, then an apposition naming whom the person speaks for (a
   * title, "of", "for" or "at", and the actor) that closes right before the verb. The unknown
   * person's party and role are the actor's.
   */
  private boolean speaksForUnknownName(Mention m, int from, int before) {
    int i = from;
    while (i < v.size() && v.tag(i).equals("PROPN") && v.mentionAt(i) == null) {
      i++;
    }
    if (i == from || i - from > 4 || i >= v.size() || !v.word(i).equals(",")
        || m.tokenEnd() >= before || !v.word(m.tokenEnd()).equals(",") || m.tokenEnd() + 1 != before
        || !m.kind().canSpeak()) {
      return false;
    }
    boolean linked = false;
    for (int k = i + 1; k < m.tokenStart(); k++) {
      String p = v.tag(k);
      String w = v.word(k);
      if (w.equals("of") || w.equals("for") || w.equals("at")) {
        linked = true;
      } else if (!(p.equals("DET") || p.equals("ADJ") || p.equals("NOUN") || p.equals("PROPN") || w.equals("'s"))) {
        return false;
      }
    }
    return linked;
  }

  /**
   * "A spokesman for the Kremlin (, Dmitry Peskov,) said", "A statement from the ministry urged",
   * "The statement, issued by the ministry, called", "An adviser to the Azerbaijani
   * president, Hikmet Hajiyev, accused": the clause opens with a title (common nouns and
   * adjectives) linked by "for", "of", "to", "at", "from" or "by" to an actor, optionally followed by the
   * holder's name in commas, and ends right before the verb. The holder when the dictionary knows
   * the name, else the actor the title speaks for; null when the clause has another shape.
   */
  private Mention titledSubject(int from, int before) {
    int i = from;
    if (i < before && v.tag(i).equals("DET")) {
      i++;
    }
    int titleStart = i;
    // (A title is in lower case but for a sentence's first word: "Dozens of US lawmakers urged".)
    while (i < before && (v.tag(i).equals("NOUN") || v.tag(i).equals("ADJ") || i == 0 && v.tag(i).equals("NUM"))
        && v.mentionAt(i) == null && (Character.isLowerCase(v.token(i).text().charAt(0)) || i == 0)) {
      i++;
    }
    if (i > titleStart && i + 2 < before && v.word(i).equals(",") && v.word(i + 2).equals("by")
        && v.word(i + 1).endsWith("ed")) {
      i += 2; // "The statement, issued by the Iranian foreign ministry, called on ..."
    }
    if (i == titleStart || i - titleStart > 3 || i >= before || !AnnotatedSentence.TITLE_LINKS.contains(v.word(i))) {
      return null;
    }
    Mention org = v.firstAfter(i + 1, Math.min(before, i + 3));
    if (org == null || org.kind() == MentionKind.PRONOUN) {
      return null;
    }
    int j = org.tokenEnd();
    if (j < before && v.word(j).equals("'s")) {
      j++; // "the head of Human Rights Watch's Europe division"
      while (j < before && v.tag(j).equals("NOUN") || j < before && v.tag(j).equals("PROPN") && v.mentionAt(j) == null) {
        j++;
      }
    }
    if (j == before || j + 1 == before && v.word(j).equals(",")) {
      return org;
    }
    if (!v.word(j).equals(",") || !v.word(before - 1).equals(",") || before - 1 - j > 5 || before - 1 - j < 1) {
      return null;
    }
    for (int k = j + 1; k < before - 1; k++) {
      if (!v.tag(k).equals("PROPN") && v.mentionAt(k) == null) {
        return null;
      }
    }
    Mention holder = v.mentionAt(j + 1);
    return holder != null && holder.kind().canSpeak() && holder.tokenEnd() == before - 1 ? holder : org;
  }

  /**
   * "Kim Kardashian West, spouse of US rapper, Kanye West, called on ...": a mention enclosed in
   * commas is an apposition; the subject is the mention the apposition describes, when there is
   * one earlier in the clause.
   */
  private Mention preferHeadOfApposition(Mention m, int from, boolean allowModifiers) {
    int start = m.tokenStart();
    int end = m.tokenEnd();
    boolean enclosed = start > 0 && v.word(start - 1).equals(",") && end < v.size() && v.word(end).equals(",");
    if (!enclosed) {
      return m;
    }
    for (int k = 0; k < v.mentions().size(); k++) {
      Mention earlier = v.mentions().get(k);
      if (earlier.tokenEnd() >= start - 1 || earlier.tokenStart() < from) {
        continue;
      }
      if ((allowModifiers || earlier.kind().canSpeak()) && !v.isPrepositionalObject(earlier)
          && earlier.tokenEnd() < v.size() && !v.isParentheticalAt(earlier.tokenStart())) {
        // The earliest subject-like mention of the clause, if a comma follows it before m.
        for (int j = earlier.tokenEnd(); j < start; j++) {
          if (v.word(j).equals(",")) {
            return earlier;
          }
        }
      }
    }
    return m;
  }

  /**
   * "Amnesty International's regional director Marie Struthers accused ...": a possessor followed
   * only by a title and a name the dictionary does not know, up to the verb. The unknown person
   * speaks for the possessor, whose party and role the relation takes.
   */
  private boolean possessorOfSpeaker(Mention m, int before) {
    int from = m.tokenEnd() + 1;
    if (before - from < 1 || before - from > 6) {
      return false;
    }
    boolean noun = false;
    for (int i = from; i < before; i++) {
      String p = v.tag(i);
      boolean titleWord = p.equals("NOUN") || p.equals("PROPN") || p.equals("ADJ") || v.word(i).equals("-");
      if (!titleWord) {
        return false;
      }
      noun |= p.equals("NOUN") || p.equals("PROPN");
    }
    for (Mention o : v.mentions()) {
      if (o.tokenStart() >= from && o.tokenStart() < before) {
        return false; // a known actor stands there; it is the subject, not the possessor
      }
    }
    return noun;
  }

  /** Title nouns that speak for the body after their "of": "the head of the Armenian church". */
  private static final Set<String> TITLE_HEADS = Set.of("head", "leader", "chief", "director", "president", "chairman",
      "chairwoman", "chair", "spokesman", "spokeswoman", "spokesperson", "secretary", "secretary-general", "minister",
      "representative", "representatives", "envoy", "ambassador", "member", "members", "officials", "official",
      "commander", "patriarch", "speaker");

  /**
   * "The head of the Armenian church, Catholicos Karekin II, appealed ...": a mention after "of"
   * whose head is a title noun opening the clause is who speaks (the title's holder, unknown to
   * the dictionary, speaks for it).
   */
  private boolean headedByTitle(Mention m, int from) {
    int j = m.tokenStart() - 1;
    while (j >= from && (v.word(j).equals("the") || v.tag(j).equals("ADJ"))) {
      j--;
    }
    if (j < from + 1 || !v.word(j).equals("of") || !TITLE_HEADS.contains(v.word(j - 1))) {
      return false;
    }
    for (int k = j - 2; k >= from; k--) {
      if (!(v.tag(k).equals("DET") || v.tag(k).equals("ADJ") || v.tag(k).equals("NOUN") || v.tag(k).equals("PROPN"))) {
        return false;
      }
    }
    return true;
  }

}
