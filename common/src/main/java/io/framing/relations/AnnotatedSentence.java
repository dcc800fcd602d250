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
  static final Set<String> POSSESSIVE_DETERMINERS = Set.of("his", "her", "its", "their", "our", "my", "your");
  static final Set<String> QUOTE_MARKS = Set.of("\"", "“", "”", "'", "‘", "’");
  private static final Set<String> CLAUSE_BREAKS = io.framing.text.FunctionWords.CLAUSE_BREAKS;

  private final Sentence sentence;
  private final List<Token> tokens;
  private final List<String> lower = new ArrayList<>();
  private final List<String> pos = new ArrayList<>();
  private final List<Mention> mentions;
  private final boolean[] parenthetical;
  /** The comma closing an introductory prepositional phrase ("In Ankara, ..."); -1 when none. */
  private final int introductoryComma;
  /** The comma that closes a subordinate clause opening the sentence ("While Turkey ..., Russia ..."); -1 when none. */
  private final int subordinateComma;
  private final SubjectFinder subjects = new SubjectFinder(this);
  private final VerbUse verbUse = new VerbUse(this);

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
    this.subordinateComma = findSubordinateComma();
  }

  /** Conjunctions that open a subordinate clause before the main one. */
  private static final Set<String> SUBORDINATORS = Set.of("while", "although", "though", "whereas", "as", "after",
      "before", "since", "because", "when", "if", "unless", "once");

  /**
   * "While Turkey has openly backed Azerbaijan, Russia ... has called for a ceasefire": the first
   * comma after a verb of a subordinate clause that opens the sentence closes that clause. Its
   * parties are neither the main clause's subject nor listed with it.
   */
  private int findSubordinateComma() {
    if (tokens.size() < 4 || !SUBORDINATORS.contains(lower.get(0))) {
      return -1;
    }
    boolean verb = false;
    for (int i = 1; i < Math.min(tokens.size() - 1, 30); i++) {
      if (isVerb(i)) {
        verb = true;
      } else if (lower.get(i).equals(",") && verb) {
        return i;
      } else if (lower.get(i).equals(";")) {
        return -1;
      }
    }
    return -1;
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
      int attributionEnd = w.equals(",") ? parentheticalAttributionEnd(i) : -1;
      for (int j = i + 1; j < attributionEnd; j++) {
        p[j] = true;
      }
    }
    return p;
  }

  private static final Set<String> PARENTHETICAL_SPEECH = Set.of("said", "says", "added", "adds", "told", "noted",
      "stressed", "claimed", "insisted", "argued", "warned");

  /**
   * "Armenian forces, Aliyev said, had attacked ...", '"Armenian forces," he said, "have ...': an
   * attribution set off by commas inside the report (a speaker of a few words, a verb of saying,
   * an optional short object such as "reporters"). Returns the closing comma's index, or -1.
   */
  private int parentheticalAttributionEnd(int comma) {
    for (int j = comma + 1; j < Math.min(tokens.size() - 1, comma + 8); j++) {
      String w = lower.get(j);
      if (PARENTHETICAL_SPEECH.contains(w)) {
        if (j == comma + 1 || j == comma + 2 && QUOTE_MARKS.contains(lower.get(comma + 1))) {
          return -1;
        }
        int close = -1;
        for (int k = j + 1; k < Math.min(tokens.size() - 1, j + 3) && close < 0; k++) {
          if (lower.get(k).equals(",")) {
            close = k;
          }
        }
        if (close < 0 && lower.get(j + 1).equals(",")) {
          close = j + 1;
        }
        // '"...," Cavusoglu said, calling on ...': a participle after the attribution is the
        // speaker's own phrase, not the report going on; the attribution is the main clause.
        return close > 0 && close + 1 < tokens.size() && isPresentParticiple(close + 1) ? -1 : close;
      }
      String t = pos.get(j);
      if (!(t.equals("PROPN") || t.equals("NOUN") || t.equals("PRON") || t.equals("DET") || t.equals("ADJ")
          || w.equals("'s") || w.equals("of") || w.equals("for") || j == comma + 1 && QUOTE_MARKS.contains(w))) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * A word in -ing that reads as a verb: "calling", "accusing". The tagger often calls a
   * participle after a comma a noun ("..., warning that"), so a noun counts too.
   */
  boolean isPresentParticiple(int i) {
    return lower.get(i).endsWith("ing") && lower.get(i).length() > 4 && (pos.get(i).equals("VERB") || pos.get(i).equals("NOUN"));
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
      if (o.kind() != MentionKind.PRONOUN && coordinated(last.tokenEnd(), o.tokenStart())
          && !subjectAfterComma(last.tokenEnd(), o)) {
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
          && !titleBefore(o) && !subjectAfterComma(o.tokenEnd(), first)) {
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

  /**
   * "stood by Azerbaijan, the Turkish presidency said": a mention joined by a comma alone and
   * followed by a verb is the subject of the next clause, not one more item of a list.
   */
  private boolean subjectAfterComma(int from, Mention o) {
    for (int i = from; i < o.tokenStart(); i++) {
      if (!lower.get(i).equals(",") && !lower.get(i).equals("the")) {
        return false;
      }
    }
    return o.tokenEnd() < size() && isVerb(o.tokenEnd());
  }

  /** Only coordinators ("and", ",", "&", "or", "both") lie between the two positions. */
  private boolean coordinated(int from, int to) {
    if (to <= from || to - from > 2) {
      return false;
    }
    boolean sawCoordinator = false;
    for (int i = from; i < to; i++) {
      String w = lower.get(i);
      if (i == introductoryComma || i == subordinateComma) {
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
  Mention relativeAntecedent(int before, int from) {
    if (before <= 0 || !parenthetical[before - 1]) {
      return null;
    }
    int j = before - 1;
    while (j > from && parenthetical[j] && !(lower.get(j).equals(",") && j + 1 < size() && RELATIVES.contains(lower.get(j + 1)))) {
      j--;
    }
    if (j <= from || !lower.get(j).equals(",") || j + 1 >= size() || !RELATIVES.contains(lower.get(j + 1))) {
      return null; // not a relative clause: ", Aliyev said," is an attribution, it hangs on nothing
    }
    for (Mention m : mentions) {
      if (m.tokenStart() > j + 1 && m.tokenEnd() <= before && m.kind() != MentionKind.MODIFIER) {
        return null; // "..., which Islamabad dismissed": the relative is the object; the clause has its own subject
      }
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
    if (j > 0 && PHRASAL_PARTICLES.contains(lower.get(j)) && isVerb(j - 1)) {
      j--; // "cut off all US military aid", "shot down an Armenian jet": the object of a phrasal verb
    }
    if (j < 0 || !(isVerb(j) || looksVerbal(j))) {
      return false;
    }
    return !CLAUSE_OPENING_VERBS.contains(lower.get(j));
  }

  /**
   * Forms of "to be" and of the reporting verbs whose complement is a clause, in every tense
   * ("officials say Azerbaijan struck ...", "claimed Turkey had ..."), and "told", whose object
   * is its audience.
   */
  private static final Set<String> CLAUSE_OPENING_VERBS = Set.of("is", "was", "are", "were", "be", "say", "says",
      "said", "saying", "claim", "claims", "claimed", "claiming", "insist", "insists", "insisted", "insisting",
      "announce", "announces", "announced", "announcing", "add", "adds", "added", "adding", "state", "states",
      "stated", "stating", "report", "reports", "reported", "reporting", "write", "writes", "wrote", "writing",
      "tweet", "tweets", "tweeted", "tweeting", "allege", "alleges", "alleged", "alleging", "declare", "declares",
      "declared", "declaring", "assert", "asserts", "asserted", "asserting", "argue", "argues", "argued", "arguing",
      "believe", "believes", "believed", "believing", "confirm", "confirms", "confirmed", "confirming", "told");

  /** The particles of phrasal verbs whose object follows them: "cut off", "shot down", "set up". */
  private static final Set<String> PHRASAL_PARTICLES = Set.of("off", "down", "up", "out", "back", "away");

  boolean isPrepositionalObject(Mention m) {
    int j = previousContentToken(m.tokenStart());
    return j >= 0 && PREPOSITIONS.contains(lower.get(j));
  }

  static final Set<String> TITLE_LINKS = Set.of("for", "of", "to", "at", "from", "by");

  /** Whether a title links to the mention: "adviser to the president", "spokesman for the Kremlin". */
  private boolean titleBefore(Mention m) {
    int j = m.tokenStart() - 1;
    while (j >= 0 && pos.get(j).equals("DET")) {
      j--;
    }
    return j >= 1 && TITLE_LINKS.contains(lower.get(j)) && pos.get(j - 1).equals("NOUN") && mentionAt(j - 1) == null;
  }

  Mention mentionAt(int token) {
    for (Mention m : mentions) {
      if (m.tokenStart() <= token && token < m.tokenEnd()) {
        return m;
      }
    }
    return null;
  }

  /**
   * The nearest mention ending at or before {@code before} and at or after {@code from} that can
   * be a subject (see {@link SubjectFinder}); null when there is none.
   */
  Mention subjectBefore(int before, int from, boolean allowModifiers) {
    return subjects.subjectBefore(before, from, allowModifiers);
  }

  /** Whether token {@code i} lies in a parenthetical (brackets, or a relative clause set off by commas). */
  boolean isParentheticalAt(int i) {
    return parenthetical[i];
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
    if (subordinateComma >= floor && subordinateComma < i) {
      floor = subordinateComma + 1;
    }
    boolean inside = i > 0 && parenthetical[Math.min(i, tokens.size()) - 1];
    for (int j = i - 1; j >= floor; j--) {
      // "Putin, whose country has a pact with Armenia but also sells arms to Baku, called for":
      // a break inside a relative clause does not open the clause that holds it.
      if (CLAUSE_BREAKS.contains(lower.get(j)) && (inside || !parenthetical[j])) {
        return j + 1;
      }
    }
    return floor;
  }

  /** The end of the clause holding {@code i} (exclusive). */
  int clauseEnd(int i) {
    if (i < subordinateComma) {
      return subordinateComma;
    }
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

  /**
   * Whether the word at {@code i} is used as a verb, whatever the tagger says ({@link VerbUse}).
   */
  boolean looksVerbal(int i) {
    return verbUse.looksVerbal(i);
  }

  /** Whether the word at {@code i} is a noun that a main verb takes as its object ({@link VerbUse}). */
  boolean nounAfterVerb(int i) {
    return verbUse.nounAfterVerb(i);
  }

  /** "each other", "one another", and "the other" of "each side blamed the other". */
  boolean followedByEachOther(int end) {
    return end + 1 < tokens.size()
        && (lower.get(end).equals("each") && lower.get(end + 1).equals("other")
            || lower.get(end).equals("one") && lower.get(end + 1).equals("another")
            || lower.get(end).equals("the") && lower.get(end + 1).equals("other"));
  }
}
