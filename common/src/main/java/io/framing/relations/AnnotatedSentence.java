package io.framing.relations;

import io.framing.actors.Mention;
import io.framing.actors.MentionKind;
import io.framing.text.Sentence;
import io.framing.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One sentence annotated for the relation rules: tokens (lower-cased and tagged), the actor mentions
 * with coreference resolved, and what lies in parentheticals. Read-only helpers answer the
 * rules' questions: the subject before a position, the object after it, the agent of a
 * passive, whether a cue is negated. Not thread-safe; one per sentence and document.
 */
final class AnnotatedSentence {
  static final Set<String> PREPOSITIONS = Set.of("of", "in", "between", "with", "to", "against", "from",
      "by", "on", "at", "for", "into", "toward", "towards", "near", "along", "including", "about", "over",
      "among", "across", "after", "before", "during", "through", "than", "like", "around", "amid", "via", "upon",
      "behind", "despite", "under", "within", "beyond", "alongside");
  private static final Set<String> BE = Set.of("was", "were", "is", "are", "been", "be", "being", "am", "'s", "get", "got", "gets");
  private static final Set<String> NEGATIONS = io.framing.text.FunctionWords.NEGATIONS;
  private static final Set<String> NEGATING_VERBS = Set.of("refused", "declined", "failed", "refuses", "declines", "fails", "refuse", "decline", "fail");
  private static final Set<String> COORDINATION = Set.of("and", ",", "&", "or");
  private static final Set<String> RELATIVES = Set.of("which", "who", "whose", "where", "whom");
  private static final Set<String> POSSESSIVE_DETERMINERS = Set.of("his", "her", "its", "their", "our", "my", "your");
  private static final Set<String> QUOTE_MARKS = Set.of("\"", "“", "”", "'", "‘", "’");
  private static final Set<String> CLAUSE_BREAKS = io.framing.text.FunctionWords.CLAUSE_BREAKS;

  private final Sentence sentence;
  private final List<Token> tokens;
  private final List<String> lower = new ArrayList<>();
  private final List<String> pos = new ArrayList<>();
  private final List<Mention> mentions;
  private final boolean[] parenthetical;
  /** The comma closing an introductory prepositional phrase ("In Ankara, ..."); -1 when none. */
  private final int introductoryComma;

  AnnotatedSentence(Sentence sentence, List<Mention> mentions) {
    this.sentence = sentence;
    this.tokens = sentence.tokens();
    for (Token t : tokens) {
      lower.add(t.text().toLowerCase(Locale.ROOT).replace('’', '\''));
      pos.add(t.pos() == null ? "" : t.pos());
    }
    List<Mention> sorted = new ArrayList<>(mentions);
    sorted.sort(Comparator.comparingInt(Mention::tokenStart).thenComparingInt(Mention::tokenEnd));
    this.mentions = sorted;
    this.parenthetical = markParentheticals();
    this.introductoryComma = findIntroductoryComma();
  }

  /**
   * "In Ankara, Erdogan accused ...": a sentence that opens with a short prepositional phrase
   * set off by a comma. The comma ends the phrase; it does not list its object with the subject.
   */
  private int findIntroductoryComma() {
    boolean according = tokens.size() > 1 && lower.get(0).equals("according") && lower.get(1).equals("to");
    // "Speaking to reporters in Moscow, Lavrov called ...": a participle's phrase works the same way.
    boolean participle = !tokens.isEmpty() && lower.get(0).endsWith("ing") && pos.get(0).equals("VERB");
    if (tokens.isEmpty() || !PREPOSITIONS.contains(lower.get(0)) && !according && !participle) {
      return -1;
    }
    for (int i = 1; i < Math.min(tokens.size(), 8); i++) {
      String w = lower.get(i);
      if (w.equals(",")) {
        return i;
      }
      if (COORDINATION.contains(w) || isVerb(i)) {
        return -1;
      }
    }
    return -1;
  }

  int size() {
    return tokens.size();
  }

  Sentence sentence() {
    return sentence;
  }

  Token token(int i) {
    return tokens.get(i);
  }

  /** The lower-cased word at {@code i} (curly apostrophes straightened). */
  String word(int i) {
    return lower.get(i);
  }

  /** The lower-cased words, for cue matching. */
  List<String> words() {
    return java.util.Collections.unmodifiableList(lower);
  }

  /** The part-of-speech tag at {@code i} (universal tags), or "" for an untagged sentence. */
  String tag(int i) {
    return pos.get(i);
  }

  /** The actor mentions, in token order; read-only. */
  List<Mention> mentions() {
    return java.util.Collections.unmodifiableList(mentions);
  }

  /** Adds mentions found after the sentence was read (first-person pronouns of a known speaker). */
  void addMentions(List<Mention> added) {
    mentions.addAll(added);
    mentions.sort(Comparator.comparingInt(Mention::tokenStart).thenComparingInt(Mention::tokenEnd));
  }

  /** Tokens inside "( ... )" and ", which/who ... ," are parenthetical: their mentions are not subjects. */
  private boolean[] markParentheticals() {
    boolean[] p = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      String w = lower.get(i);
      if (w.equals("(")) {
        int j = i;
        while (j < tokens.size() && !lower.get(j).equals(")")) {
          p[j++] = true;
        }
        if (j < tokens.size()) {
          p[j] = true;
        }
      }
      if (w.equals(",") && i + 1 < tokens.size() && RELATIVES.contains(lower.get(i + 1))) {
        int j = i + 1;
        while (j < tokens.size() && !lower.get(j).equals(",") && !lower.get(j).equals(".")) {
          p[j++] = true;
        }
      }
    }
    return p;
  }

  /** Mentions that start at the same token as {@code m} or are coordinated with it ("Armenia and Azerbaijan"). */
  List<Mention> group(Mention m) {
    List<Mention> g = new ArrayList<>();
    if (m.kind() == MentionKind.PRONOUN) {
      // "..., and he demanded": a pronoun after "and" opens a clause; it coordinates with nothing.
      for (Mention o : mentions) {
        if (o.tokenStart() == m.tokenStart() && o.tokenEnd() == m.tokenEnd()) {
          g.add(o);
        }
      }
      return g;
    }
    int idx = mentions.indexOf(m);
    // Same span: a pair reference ("both sides") is two mentions of one span.
    for (Mention o : mentions) {
      if (o.tokenStart() == m.tokenStart() && o.tokenEnd() == m.tokenEnd()) {
        g.add(o);
      }
    }
    // Coordinated to the right.
    Mention last = m;
    for (int k = idx + 1; k < mentions.size(); k++) {
      Mention o = mentions.get(k);
      if (o.tokenStart() == last.tokenStart()) {
        continue;
      }
      if (o.kind() != MentionKind.PRONOUN && coordinated(last.tokenEnd(), o.tokenStart())) {
        g.add(o);
        last = o;
      } else {
        break;
      }
    }
    // Coordinated to the left.
    Mention first = m;
    for (int k = idx - 1; k >= 0; k--) {
      Mention o = mentions.get(k);
      if (o.tokenEnd() > first.tokenStart()) {
        continue;
      }
      if (o.kind() != MentionKind.PRONOUN && coordinated(o.tokenEnd(), first.tokenStart())
          && !titleBefore(o)) {
        // ("An adviser to the president, Hikmet Hajiyev, said": the name is the title's holder,
        // not a second party.)
        g.add(0, o);
        first = o;
      } else {
        break;
      }
    }
    return g;
  }

  /** Only coordinators ("and", ",", "&", "or", "both") lie between the two positions. */
  private boolean coordinated(int from, int to) {
    if (to <= from || to - from > 2) {
      return false;
    }
    boolean sawCoordinator = false;
    for (int i = from; i < to; i++) {
      String w = lower.get(i);
      if (i == introductoryComma) {
        return false;
      }
      if (COORDINATION.contains(w)) {
        sawCoordinator = true;
      } else if (!w.equals("the") && !w.equals("both")) {
        return false;
      }
    }
    return sawCoordinator;
  }

  /** The token before {@code i}, skipping determiners and adjectives; -1 when none. */
  private int previousContentToken(int i) {
    int j = i - 1;
    while (j >= 0 && (lower.get(j).equals("the") || lower.get(j).equals("a") || lower.get(j).equals("an")
        || QUOTE_MARKS.contains(lower.get(j)) || POSSESSIVE_DETERMINERS.contains(lower.get(j))
        || pos.get(j).equals("ADJ") || pos.get(j).equals("DET") && !lower.get(j).equals("both"))) {
      j--;
    }
    return j;
  }

  /**
   * "Turkey, which has openly backed Azerbaijan": inside a relative clause the subject is the
   * mention the clause hangs on.
   */
  private Mention relativeAntecedent(int before, int from) {
    if (before <= 0 || !parenthetical[before - 1]) {
      return null;
    }
    int j = before - 1;
    while (j > from && parenthetical[j] && !(lower.get(j).equals(",") && j + 1 < size() && RELATIVES.contains(lower.get(j + 1)))) {
      j--;
    }
    if (j <= from || !lower.get(j).equals(",")) {
      return null;
    }
    for (int k = mentions.size() - 1; k >= 0; k--) {
      Mention m = mentions.get(k);
      if (m.tokenEnd() == j && m.kind().canSpeak()) {
        return m;
      }
    }
    return null;
  }

  boolean isParenthetical(Mention m) {
    return parenthetical[m.tokenStart()];
  }

  /** The first mention of the coordination {@code m} ends ("Syria and Libya" for "Libya"). */
  Mention firstOfCoordination(Mention m) {
    List<Mention> g = group(m);
    return g.isEmpty() ? m : g.get(0);
  }

  /**
   * "accused Azerbaijan of ..., and called on": a mention right after a verb is that verb's
   * object, not the subject of what follows. Reporting verbs are the exception: "said
   * Azerbaijani forces had ..." opens a clause whose subject follows the verb.
   */
  boolean isObjectOfVerb(Mention m) {
    int j = previousContentToken(m.tokenStart());
    if (j < 0 || !(isVerb(j) || looksVerbal(j)) || lower.get(j).equals("said") || lower.get(j).equals("says")) {
      return false;
    }
    String w = lower.get(j);
    return !(w.equals("is") || w.equals("was") || w.equals("are") || w.equals("were") || w.equals("be")
        || w.equals("claimed") || w.equals("claiming") || w.equals("told") || w.equals("insisted")
        || w.equals("announced") || w.equals("added") || w.equals("stated") || w.equals("reported")
        || w.equals("wrote") || w.equals("tweeted") || w.equals("saying"));
  }

  boolean isPrepositionalObject(Mention m) {
    int j = previousContentToken(m.tokenStart());
    return j >= 0 && PREPOSITIONS.contains(lower.get(j));
  }

  /**
   * The nearest mention ending at or before {@code before} and at or after {@code from} that can
   * be a subject: not after a preposition, not parenthetical, not a bare adjective unless
   * {@code allowModifiers}. Null when there is none.
   */
  Mention subjectBefore(int before, int from, boolean allowModifiers) {
    Mention antecedent = relativeAntecedent(before, from);
    if (antecedent != null) {
      return antecedent;
    }
    Mention titled = allowModifiers ? null : titledSubject(from, before);
    if (titled != null) {
      return titled;
    }
    for (int k = mentions.size() - 1; k >= 0; k--) {
      Mention m = mentions.get(k);
      if (m.tokenEnd() > before || m.tokenStart() < from) {
        continue;
      }
      if (speaksForUnknownName(m, from, before)) {
        return m;
      }
      if (parenthetical[m.tokenStart()] && !parenthetical[Math.max(0, before - 1)]) {
        continue;
      }
      if (!allowModifiers && !m.kind().canSpeak()) {
        continue;
      }
      if ((isPrepositionalObject(firstOfCoordination(m)) && !headedByTitle(m, from)) || isObjectOfVerb(firstOfCoordination(m))) {
        continue;
      }
      if (followedByPossessive(m) && !allowModifiers && !possessorOfSpeaker(m, before)) {
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
    while (i < tokens.size() && pos.get(i).equals("PROPN") && mentionAt(i) == null) {
      i++;
    }
    if (i == from || i - from > 4 || i >= tokens.size() || !lower.get(i).equals(",")
        || m.tokenEnd() >= before || !lower.get(m.tokenEnd()).equals(",") || m.tokenEnd() + 1 != before
        || !m.kind().canSpeak()) {
      return false;
    }
    boolean linked = false;
    for (int k = i + 1; k < m.tokenStart(); k++) {
      String p = pos.get(k);
      String w = lower.get(k);
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
    if (i < before && pos.get(i).equals("DET")) {
      i++;
    }
    int titleStart = i;
    while (i < before && (pos.get(i).equals("NOUN") || pos.get(i).equals("ADJ")) && mentionAt(i) == null
        && Character.isLowerCase(tokens.get(i).text().charAt(0))) {
      i++;
    }
    if (i > titleStart && i + 2 < before && lower.get(i).equals(",") && lower.get(i + 2).equals("by")
        && lower.get(i + 1).endsWith("ed")) {
      i += 2; // "The statement, issued by the Iranian foreign ministry, called on ..."
    }
    if (i == titleStart || i - titleStart > 3 || i >= before || !TITLE_LINKS.contains(lower.get(i))) {
      return null;
    }
    Mention org = firstAfter(i + 1, Math.min(before, i + 3));
    if (org == null || org.kind() == MentionKind.PRONOUN) {
      return null;
    }
    int j = org.tokenEnd();
    if (j < before && lower.get(j).equals("'s")) {
      j++; // "the head of Human Rights Watch's Europe division"
      while (j < before && pos.get(j).equals("NOUN") || j < before && pos.get(j).equals("PROPN") && mentionAt(j) == null) {
        j++;
      }
    }
    if (j == before || j + 1 == before && lower.get(j).equals(",")) {
      return org;
    }
    if (!lower.get(j).equals(",") || !lower.get(before - 1).equals(",") || before - 1 - j > 5 || before - 1 - j < 1) {
      return null;
    }
    for (int k = j + 1; k < before - 1; k++) {
      if (!pos.get(k).equals("PROPN") && mentionAt(k) == null) {
        return null;
      }
    }
    Mention holder = mentionAt(j + 1);
    return holder != null && holder.kind().canSpeak() && holder.tokenEnd() == before - 1 ? holder : org;
  }

  private static final Set<String> TITLE_LINKS = Set.of("for", "of", "to", "at", "from", "by");

  /** Whether a title links to the mention: "adviser to the president", "spokesman for the Kremlin". */
  private boolean titleBefore(Mention m) {
    int j = m.tokenStart() - 1;
    while (j >= 0 && pos.get(j).equals("DET")) {
      j--;
    }
    return j >= 1 && TITLE_LINKS.contains(lower.get(j)) && pos.get(j - 1).equals("NOUN") && mentionAt(j - 1) == null;
  }

  private Mention mentionAt(int token) {
    for (Mention m : mentions) {
      if (m.tokenStart() <= token && token < m.tokenEnd()) {
        return m;
      }
    }
    return null;
  }

  /**
   * "Kim Kardashian West, spouse of US rapper, Kanye West, called on ...": a mention enclosed in
   * commas is an apposition; the subject is the mention the apposition describes, when there is
   * one earlier in the clause.
   */
  private Mention preferHeadOfApposition(Mention m, int from, boolean allowModifiers) {
    int start = m.tokenStart();
    int end = m.tokenEnd();
    boolean enclosed = start > 0 && lower.get(start - 1).equals(",") && end < tokens.size() && lower.get(end).equals(",");
    if (!enclosed) {
      return m;
    }
    for (int k = 0; k < mentions.size(); k++) {
      Mention earlier = mentions.get(k);
      if (earlier.tokenEnd() >= start - 1 || earlier.tokenStart() < from) {
        continue;
      }
      if ((allowModifiers || earlier.kind().canSpeak()) && !isPrepositionalObject(earlier)
          && earlier.tokenEnd() < tokens.size() && !parenthetical[earlier.tokenStart()]) {
        // The earliest subject-like mention of the clause, if a comma follows it before m.
        for (int j = earlier.tokenEnd(); j < start; j++) {
          if (lower.get(j).equals(",")) {
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
      String p = pos.get(i);
      boolean titleWord = p.equals("NOUN") || p.equals("PROPN") || p.equals("ADJ") || lower.get(i).equals("-");
      if (!titleWord) {
        return false;
      }
      noun |= p.equals("NOUN") || p.equals("PROPN");
    }
    for (Mention o : mentions) {
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
    while (j >= from && (lower.get(j).equals("the") || pos.get(j).equals("ADJ"))) {
      j--;
    }
    if (j < from + 1 || !lower.get(j).equals("of") || !TITLE_HEADS.contains(lower.get(j - 1))) {
      return false;
    }
    for (int k = j - 2; k >= from; k--) {
      if (!(pos.get(k).equals("DET") || pos.get(k).equals("ADJ") || pos.get(k).equals("NOUN") || pos.get(k).equals("PROPN"))) {
        return false;
      }
    }
    return true;
  }

  /** "Azerbaijan 's assault": the mention is a possessor, not the subject itself. */
  boolean followedByPossessive(Mention m) {
    return m.tokenEnd() < tokens.size() && (lower.get(m.tokenEnd()).equals("'s") || lower.get(m.tokenEnd()).equals("'"));
  }

  /** Whether token {@code i} lies inside a mention. */
  boolean inMention(int i) {
    for (Mention m : mentions) {
      if (m.tokenStart() <= i && i < m.tokenEnd()) {
        return true;
      }
    }
    return false;
  }

  /** The first mention starting at or after {@code from} and before {@code until}; null if none. */
  Mention firstAfter(int from, int until) {
    for (Mention m : mentions) {
      if (m.tokenStart() >= from && m.tokenStart() < until) {
        return m;
      }
    }
    return null;
  }

  /** The agent of a passive: the mention after "by" within the clause. */
  Mention agentAfter(int from, int until) {
    for (int i = from; i < Math.min(until, tokens.size()); i++) {
      if (lower.get(i).equals("by")) {
        Mention m = firstAfter(i + 1, Math.min(until, i + 5));
        if (m != null) {
          return m;
        }
      }
    }
    return null;
  }

  /** Whether the cue at {@code start} is passive: a form of "be" just before a participle. */
  boolean isPassive(int start) {
    String w = lower.get(start);
    boolean participle = w.endsWith("ed") || w.endsWith("en") || w.equals("hit") || w.equals("struck")
        || w.equals("shot") || w.equals("held") || w.equals("told");
    if (!participle) {
      return false;
    }
    if (start + 1 < tokens.size() && lower.get(start + 1).equals("by") && start > 0
        && (lower.get(start - 1).equals(",") || pos.get(start - 1).equals("NOUN") || pos.get(start - 1).equals("PROPN"))) {
      return true; // a reduced passive: "Azerbaijan, backed by Turkey, ..."
    }
    for (int j = start - 1; j >= Math.max(0, start - 3); j--) {
      if (BE.contains(lower.get(j))) {
        return true;
      }
      if (!pos.get(j).equals("ADV") && !pos.get(j).equals("AUX")) {
        return false;
      }
    }
    return false;
  }

  /** A negation between the clause start and the cue, close to the cue. */
  boolean isNegated(int cueStart, int clauseStart) {
    for (int j = cueStart - 1; j >= Math.max(clauseStart, cueStart - 4); j--) {
      String w = lower.get(j);
      if (NEGATIONS.contains(w)) {
        return !(j + 1 < tokens.size() && lower.get(j + 1).equals("only"));
      }
      if (NEGATING_VERBS.contains(w) && j + 1 < tokens.size() && lower.get(j + 1).equals("to")) {
        return true; // "refused to condemn", not "had failed and called on"
      }
      if (w.equals(",") || w.equals(";")) {
        return false;
      }
    }
    return false;
  }

  /** The start of the clause holding {@code i}: after the last break before it, or {@code floor}. */
  int clauseStart(int i, int floor) {
    for (int j = i - 1; j >= floor; j--) {
      if (CLAUSE_BREAKS.contains(lower.get(j))) {
        return j + 1;
      }
    }
    return floor;
  }

  /** The end of the clause holding {@code i} (exclusive). */
  int clauseEnd(int i) {
    for (int j = i; j < tokens.size(); j++) {
      if (lower.get(j).equals(";") || (lower.get(j).equals(".") && j == tokens.size() - 1)) {
        return j;
      }
    }
    return tokens.size();
  }

  boolean isVerb(int i) {
    String p = pos.get(i);
    return p.equals("VERB") || p.equals("AUX");
  }

  private static final Set<String> NOMINAL_LEADS = Set.of("the", "a", "an", "this", "that", "these", "those", "its",
      "his", "her", "their", "our", "my", "your", "'s", "any", "every", "no", "such", "of", "unprovoked", "deliberate");

  /** Participles that bring an act's agent with "by": "crimes committed by ...". */
  private static final Set<String> AGENTIVE_PARTICIPLES = Set.of("committed", "perpetrated", "carried", "conducted",
      "caused", "inflicted", "launched", "staged");

  /** Auxiliaries that only a verb follows. */
  private static final Set<String> VERB_LEADS = Set.of("had", "has", "have", "having", "'ve", "'d", "will", "would",
      "must", "could", "should", "can", "may", "might", "shall", "wo", "ca");

  /**
   * Whether the word at {@code i} is used as a verb. The tagger often calls "calls", "urges"
   * or "shells" nouns in headline-like text, so a word counts as verbal when tagged so, or when
   * it is an inflected form not introduced by a determiner, possessive or adjective.
   */
  boolean looksVerbal(int i) {
    if (isVerb(i)) {
      return true;
    }
    String w = lower.get(i);
    boolean inflected = w.endsWith("s") || w.endsWith("ed") || w.endsWith("ing");
    if (i == 0) {
      return inflected || pos.get(i).equals("VERB");
    }
    String prev = lower.get(i - 1);
    String prevPos = pos.get(i - 1);
    if (w.endsWith("ing") && (prev.equals("by") || prev.equals("for") || prev.equals("of") || prev.equals("from"))) {
      return true; // a gerund: "by hitting Ganja"
    }
    if (VERB_LEADS.contains(prev) && !prevPos.equals("NOUN")) {
      return true; // a perfect or a modal: "had struck", "will pay", whatever the tagger says
    }
    if (prev.equals("to") && i >= 2 && (pos.get(i - 2).equals("VERB") || pos.get(i - 2).equals("ADJ"))
        && !inflected) {
      return true; // an infinitive the tagger read as a noun: "offered to host talks", "ready to help"
    }
    if (NOMINAL_LEADS.contains(prev) || prevPos.equals("ADJ") || prevPos.equals("DET") || prevPos.equals("NUM")
        || prevPos.equals("ADP")) {
      return false;
    }
    for (Mention m : mentions) {
      if (m.tokenEnd() == i && m.kind() == MentionKind.MODIFIER) {
        return false;
      }
    }
    return inflected;
  }

  boolean followedByEachOther(int end) {
    return end + 1 < tokens.size()
        && (lower.get(end).equals("each") && lower.get(end + 1).equals("other")
            || lower.get(end).equals("one") && lower.get(end + 1).equals("another"));
  }

  /**
   * The agent named by "by" inside a noun phrase that is no actor itself: "the use of cluster
   * munitions by Azerbaijan", "the statement by the French president", "a video of crimes
   * committed by Azerbaijani soldiers". Searches {@code [from, to)} and stops at the first verb
   * (other than a participle that brings an agent) or clause boundary; null when none.
   */
  Mention agentInPhrase(int from, int to) {
    for (int i = from; i < Math.min(to, tokens.size()); i++) {
      String w = lower.get(i);
      if (w.equals("by") && i > from) {
        Mention m = firstAfter(i + 1, Math.min(to, i + 4));
        return m == null || m.kind() == MentionKind.PRONOUN ? null : m;
      }
      if (PHRASE_ENDS.contains(w) || isVerb(i) && !AGENTIVE_PARTICIPLES.contains(w)) {
        return null;
      }
    }
    return null;
  }

  private static final Set<String> PHRASE_ENDS = Set.of(",", ";", ":", "that", "which", "who", "and", "but");

  /**
   * Who an act noun belongs to: "Azerbaijan's shelling", "an Azerbaijani attack", "the shelling
   * by Armenian forces", "the use of cluster munitions by Azerbaijan". The possessor or
   * nationality right before the noun (determiners and adjectives between), else the mention
   * after a "by" that follows the noun; null when neither.
   */
  Mention ownerOfNoun(int nounStart, int nounEnd, int clauseEnd) {
    for (Mention m : mentions) {
      if (m.tokenEnd() > nounStart || m.tokenEnd() < nounStart - 3 || m.kind() == MentionKind.PRONOUN
          && !POSSESSIVE_DETERMINERS.contains(lower.get(m.tokenStart()))) {
        continue;
      }
      boolean adjacent = m.kind() == MentionKind.MODIFIER || followedByPossessive(m)
          || POSSESSIVE_DETERMINERS.contains(lower.get(m.tokenStart()));
      for (int i = m.tokenEnd(); i < nounStart && adjacent; i++) {
        String w = lower.get(i);
        adjacent = w.equals("'s") || w.equals("'") || pos.get(i).equals("ADJ") || QUOTE_MARKS.contains(w);
      }
      if (adjacent) {
        return m;
      }
    }
    // "by X" right after the noun, or after its "of" phrase: "the shelling of Stepanakert by Azerbaijan".
    for (int i = nounEnd; i < Math.min(clauseEnd, nounEnd + 6); i++) {
      String w = lower.get(i);
      if (w.equals("by")) {
        return firstAfter(i + 1, Math.min(clauseEnd, i + 4));
      }
      if (i == nounEnd && AGENTIVE_PARTICIPLES.contains(w)) {
        continue; // "crimes committed by Azerbaijani forces"
      }
      if (i == nounEnd ? !w.equals("of") : isVerb(i) || w.equals(",") || w.equals("and")) {
        return null;
      }
    }
    return null;
  }
}
