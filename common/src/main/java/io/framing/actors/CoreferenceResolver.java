package io.framing.actors;

import io.framing.Args;
import io.framing.CsvTable;
import io.framing.text.Sentence;
import io.framing.text.Token;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves third-person pronouns ("she", "it", "they") and short references ("the ministry",
 * "the US media personality", "both sides") to actors mentioned earlier in the same document.
 * Recency with agreement: a person pronoun takes the latest person, "it" the latest
 * institution or country, "they"/"them" the latest coordinated pair or group; a reference
 * noun takes the latest mention whose words or kind fit it (and its country, when the phrase
 * names one). The reference nouns and what they refer to are data
 * ({@code data/actors/references.csv}). Stateless and thread-safe; each document's history is
 * a {@link History} of its own.
 */
public final class CoreferenceResolver {
  public static final List<String> REFERENCES_HEADER = List.of("noun", "refers_to");

  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "his");
  private static final Set<String> THING_PRONOUNS = Set.of("it", "its");
  private static final Set<String> GROUP_PRONOUNS = Set.of("they", "them", "their");
  private static final Set<String> DETERMINERS = Set.of("the", "this", "that", "these", "those");
  private static final Set<String> PAIR_HEADS = Set.of("sides", "parties", "countries", "nations", "neighbours",
      "neighbors", "belligerents", "adversaries", "rivals", "foes");
  private static final Set<String> PAIR_MODIFIERS = Set.of("both", "two", "warring", "opposing", "our", "the", "its", "their", "rival",
      "all");
  /** After "each" these heads name the war's parties, one at a time: "each side blamed the other". */
  private static final Set<String> EACH_HEADS = Set.of("side", "party", "belligerent");
  /** After "all" only these heads name the war's parties: "all sides", but "all countries" are the others. */
  private static final Set<String> ALL_PARTIES_HEADS = Set.of("sides", "parties", "belligerents");

  /** The history of one document's mentions, oldest first. Not thread-safe. */
  public static final class History {
    private final List<Mention> mentions = new ArrayList<>();
    private List<Actor> lastGroup = List.of();
    /**
     * Names the dictionary does not know, introduced in this document with whom they speak for
     * ("Azerbaijani lawmaker Ganira Pashayeva"): the full name and the surname, to that actor.
     */
    private final Map<String, Actor> localNames = new HashMap<>();
    /** The actors of those names: persons, for "he" and "she". */
    private final Set<Actor> localPersons = new HashSet<>();

    public void add(List<Mention> sentenceMentions, List<List<Mention>> groups) {
      mentions.addAll(sentenceMentions);
      for (List<Mention> g : groups) {
        if (g.size() >= 2) {
          List<Actor> actors = new ArrayList<>();
          g.forEach(m -> actors.add(m.actor()));
          lastGroup = actors;
        }
      }
    }

    List<Mention> mentions() {
      return mentions;
    }
  }

  private final Set<Actor> persons = new HashSet<>();
  private final Map<String, String> referenceNouns;
  private final List<Actor> sides;

  /**
   * @param sides the governments of the conflict's two main parties, for "both sides"
   */
  public CoreferenceResolver(ActorDictionary dictionary, Map<String, String> referenceNouns, List<Actor> sides) {
    Args.notNull(dictionary, "dictionary");
    for (ActorEntry e : dictionary.entries(ActorEntry.Kind.PERSON)) {
      persons.add(e.actor());
    }
    this.referenceNouns = Map.copyOf(referenceNouns);
    this.sides = List.copyOf(sides);
  }

  public static Map<String, String> loadReferences(Path file) {
    List<String> problems = new ArrayList<>();
    Map<String, String> nouns = new HashMap<>();
    Set<String> kinds = Set.of("person", "organisation", "government", "military", "any");
    for (CsvTable.Row row : CsvTable.read(file, REFERENCES_HEADER, problems)) {
      String kind = row.fields()[1].strip();
      if (!kinds.contains(kind)) {
        problems.add(row.where() + ": refers_to must be one of " + kinds + ", got '" + kind + "'");
      }
      nouns.put(row.fields()[0].strip().toLowerCase(Locale.ROOT), kind);
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Bad references file:\n  " + String.join("\n  ", problems));
    }
    return nouns;
  }

  /** Whether the actor is a person (for "he"/"she" agreement). */
  public boolean isPerson(Mention m) {
    return persons.contains(m.actor()) || m.kind() == MentionKind.TITLE;
  }

  private boolean isPerson(Mention m, History history) {
    return isPerson(m) || history.localPersons.contains(m.actor());
  }

  /**
   * Mentions for the third-person pronouns and references of {@code sentence} that resolve
   * against {@code history}; tokens already inside {@code found} are left alone.
   */
  public List<Mention> resolve(Sentence sentence, List<Mention> found, History history) {
    List<Token> tokens = sentence.tokens();
    boolean[] taken = new boolean[tokens.size()];
    for (Mention m : found) {
      if (m.kind() == MentionKind.MODIFIER) {
        continue; // "the US media personality": a reference may hold a country modifier
      }
      for (int i = m.tokenStart(); i < m.tokenEnd(); i++) {
        taken[i] = true;
      }
    }
    List<Mention> resolved = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (taken[i]) {
        continue;
      }
      String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
      List<Mention> sameSentenceBefore = before(found, i);
      int nameEnd = localNameEnd(tokens, taken, i, history);
      if (nameEnd > i) {
        // "Pashayeva said ...": a name this document introduced earlier with its party.
        resolved.add(at(sentence, i, nameEnd, history.localNames.get(nameKey(tokens, i, nameEnd)), MentionKind.REFERENCE));
        for (int k = i; k < nameEnd; k++) {
          taken[k] = true;
        }
        i = nameEnd - 1;
        continue;
      }
      if (PERSON_PRONOUNS.contains(w)) {
        if (unknownNameBefore(tokens, taken, i)) {
          continue; // "Lara Hovsepian, a teacher, said she ...": the pronoun is someone we do not know
        }
        Mention a = latest(history, sameSentenceBefore, m -> isPerson(m, history));
        if (a != null) {
          resolved.add(at(sentence, i, i + 1, a.actor(), MentionKind.PRONOUN));
        }
      } else if (THING_PRONOUNS.contains(w)) {
        Mention a = latest(history, sameSentenceBefore,
            m -> !isPerson(m) && m.kind().canSpeak() && m.actor().role() != Role.CVL);
        if (a != null) {
          resolved.add(at(sentence, i, i + 1, a.actor(), MentionKind.PRONOUN));
        }
      } else if (GROUP_PRONOUNS.contains(w)) {
        List<Mention> pairBefore = latestPairBefore(resolved, i);
        if (pairBefore.isEmpty()) {
          pairBefore = coordinationBefore(tokens, sameSentenceBefore);
        }
        if (!pairBefore.isEmpty()) {
          // "Pompeo, who met the ministers of both countries in Washington, urged them": a pair
          // named earlier in the sentence, not the latest single name.
          for (Mention m : pairBefore) {
            resolved.add(at(sentence, i, i + 1, m.actor(), MentionKind.PRONOUN));
          }
        } else if (history.lastGroup.size() >= 2) {
          for (Actor actor : history.lastGroup) {
            resolved.add(at(sentence, i, i + 1, actor, MentionKind.PRONOUN));
          }
        } else {
          Mention a = latest(history, sameSentenceBefore, m -> !isPerson(m, history) && m.kind().canSpeak());
          if (a != null) {
            resolved.add(at(sentence, i, i + 1, a.actor(), MentionKind.PRONOUN));
          }
        }
      } else {
        // A pair phrase ("both sides", "the two countries") first; else, after a determiner, a
        // reference noun ("the ministry").
        int pairEnd = PAIR_MODIFIERS.contains(w) || w.equals("each") ? pairPhraseEnd(tokens, i) : -1;
        if (pairEnd > 0) {
          for (Actor side : sides) {
            resolved.add(at(sentence, i, pairEnd, side, MentionKind.REFERENCE));
          }
          for (int k = i; k < pairEnd; k++) {
            taken[k] = true;
          }
          i = pairEnd - 1;
        } else if (DETERMINERS.contains(w) || w.equals("both")) {
          int[] ref = referencePhrase(tokens, taken, i);
          List<Actor> group = ref == null ? List.of() : groupReferredTo(tokens, ref, history);
          if (!group.isEmpty()) {
            // "Putin and Macron spoke by phone. The two leaders called for ...": a plural
            // reference after a coordination of actors of its kind is all of them, as "they" is.
            for (Actor actor : group) {
              resolved.add(at(sentence, i, ref[1], actor, MentionKind.REFERENCE));
            }
            i = ref[1] - 1;
          } else if (ref != null && !w.equals("both")) {
            Mention a = resolveReference(tokens, ref, history, sameSentenceBefore, modifierCountry(found, ref));
            if (a != null) {
              resolved.add(at(sentence, i, ref[1], a.actor(), MentionKind.REFERENCE));
              i = ref[1] - 1;
            }
          }
        }
      }
    }
    registerLocalNames(sentence, found, history);
    return resolved;
  }

  /**
   * Remembers the names this sentence introduces with whom they speak for, so that later
   * sentences can use the surname alone: a title followed by a name the dictionary does not know
   * ("Azerbaijani lawmaker Ganira Pashayeva", "Armenian Deputy Foreign Minister Avet Adonts"), or a
   * name opening the sentence with an apposition ("Ganira Pashayeva, an Azerbaijani lawmaker,";
   * "Anahit Petrosyan, an Armenian teacher," is a civilian of that country).
   */
  private void registerLocalNames(Sentence sentence, List<Mention> found, History history) {
    List<Token> tokens = sentence.tokens();
    boolean[] inMention = new boolean[tokens.size()];
    for (Mention m : found) {
      for (int i = m.tokenStart(); i < m.tokenEnd(); i++) {
        inMention[i] = true;
      }
    }
    for (Mention m : found) {
      if (m.kind() != MentionKind.COMPOSED && m.kind() != MentionKind.TITLE) {
        continue;
      }
      int end = nameRun(tokens, inMention, m.tokenEnd());
      if (end > 0 && (end == tokens.size() || !isCapitalisedWord(tokens.get(end)))) {
        remember(history, tokens, m.tokenEnd(), end, m.actor());
      }
    }
    int nameEnd = nameRun(tokens, inMention, 0);
    if (nameEnd > 0 && nameEnd + 1 < tokens.size() && tokens.get(nameEnd).text().equals(",")) {
      int k = nameEnd + 1;
      if (k < tokens.size() && ARTICLES.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
        k++;
      }
      for (Mention m : found) {
        if (m.tokenStart() == k && m.kind() != MentionKind.PRONOUN && m.kind() != MentionKind.REFERENCE) {
          Actor a = m.kind() == MentionKind.MODIFIER
              ? new Actor(sentence.text().substring(tokens.get(0).charStart() - sentence.charStart(),
                  tokens.get(nameEnd - 1).charEnd() - sentence.charStart()), m.actor().country(), Role.CVL)
              : m.actor();
          remember(history, tokens, 0, nameEnd, a);
          break;
        }
      }
    }
  }

  /** The end of two or three capitalised words outside any mention starting at {@code from}; -1 when none. */
  private static int nameRun(List<Token> tokens, boolean[] inMention, int from) {
    int j = from;
    while (j < tokens.size() && j < from + 3 && !inMention[j] && isCapitalisedWord(tokens.get(j))
        && !CALENDAR_WORDS.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) {
      j++;
    }
    return j - from >= 2 ? j : -1;
  }

  private static final Set<String> ARTICLES = Set.of("a", "an", "the");

  private static final Set<String> CALENDAR_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december");

  private static void remember(History history, List<Token> tokens, int start, int end, Actor actor) {
    history.localNames.putIfAbsent(nameKey(tokens, start, end), actor);
    history.localNames.putIfAbsent(nameKey(tokens, end - 1, end), actor);
    history.localPersons.add(actor);
  }

  private static String nameKey(List<Token> tokens, int start, int end) {
    StringBuilder b = new StringBuilder();
    for (int i = start; i < end; i++) {
      b.append(i > start ? " " : "").append(tokens.get(i).text().toLowerCase(Locale.ROOT));
    }
    return b.toString();
  }

  /** The end of a name this document introduced, full or surname alone, at {@code i}; -1 when none. */
  private static int localNameEnd(List<Token> tokens, boolean[] taken, int i, History history) {
    if (history.localNames.isEmpty() || !isCapitalisedWord(tokens.get(i))) {
      return -1;
    }
    if (i + 1 < tokens.size() && !taken[i + 1] && history.localNames.containsKey(nameKey(tokens, i, i + 2))) {
      return i + 2;
    }
    return history.localNames.containsKey(nameKey(tokens, i, i + 1)) ? i + 1 : -1;
  }

  /**
   * Whether a name the dictionary does not know (two capitalised words in a row, outside any
   * mention, not at the start of the sentence) stands before {@code i}: then a person pronoun
   * likely refers to that unknown person, and resolving it to a known one would be wrong.
   */
  private static boolean unknownNameBefore(List<Token> tokens, boolean[] taken, int i) {
    for (int j = 1; j + 1 < i; j++) {
      if (!taken[j] && !taken[j + 1] && isCapitalisedWord(tokens.get(j)) && isCapitalisedWord(tokens.get(j + 1))
          && "PROPN".equals(tokens.get(j).pos()) && "PROPN".equals(tokens.get(j + 1).pos())) {
        return true;
      }
    }
    return !taken[0] && i > 2 && isCapitalisedWord(tokens.get(0)) && isCapitalisedWord(tokens.get(1)) && !taken[1]
        && "PROPN".equals(tokens.get(0).pos()) && "PROPN".equals(tokens.get(1).pos());
  }

  private static boolean isCapitalisedWord(Token t) {
    String s = t.text();
    return s.length() > 1 && Character.isUpperCase(s.charAt(0)) && s.chars().allMatch(Character::isLetter);
  }

  /**
   * "both sides", "all sides", "the two countries", "the warring parties", "our neighbours", and
   * "both" alone before "to".
   */
  private static int pairPhraseEnd(List<Token> tokens, int i) {
    int j = i;
    while (j < tokens.size() && j < i + 3 && PAIR_MODIFIERS.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) {
      j++;
    }
    if (j < tokens.size() && PAIR_HEADS.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) {
      if (tokens.get(i).text().equalsIgnoreCase("all")
          && !ALL_PARTIES_HEADS.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) {
        return -1;
      }
      boolean plural = j > i || tokens.get(j).text().toLowerCase(Locale.ROOT).startsWith("neighb");
      return plural ? j + 1 : -1;
    }
    String first = tokens.get(i).text().toLowerCase(Locale.ROOT);
    if (first.equals("each") && i + 1 < tokens.size()
        && EACH_HEADS.contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT))) {
      return i + 2; // "each side accused the other"
    }
    if (first.equals("both") && i + 1 < tokens.size()) {
      String next = tokens.get(i + 1).text().toLowerCase(Locale.ROOT);
      if (next.equals("to") || next.equals(".") || next.equals(",")) {
        return i + 1;
      }
    }
    return -1;
  }

  /** "the [modifiers] NOUN" where NOUN is a reference noun: {start of noun phrase, end}. */
  private int[] referencePhrase(List<Token> tokens, boolean[] taken, int i) {
    int j = i + 1;
    int end = -1;
    while (j < tokens.size() && j <= i + 4 && !taken[j]) {
      Token t = tokens.get(j);
      String pos = t.pos();
      String w = t.text().toLowerCase(Locale.ROOT);
      if (referenceNouns.containsKey(w)) {
        end = j + 1;
      }
      if (!("ADJ".equals(pos) || "NOUN".equals(pos) || "PROPN".equals(pos) || "NUM".equals(pos))) {
        break;
      }
      j++;
    }
    // The head is the last reference noun of the phrase: "the US media personality".
    return end > 0 ? new int[] {i, end} : null;
  }

  /**
   * The last coordination of two or more actors when {@code ref} is a plural reference ("the two
   * leaders", "both ministers", "the senators") whose kind every one of them fits; else none.
   */
  private List<Actor> groupReferredTo(List<Token> tokens, int[] ref, History history) {
    String head = tokens.get(ref[1] - 1).text().toLowerCase(Locale.ROOT);
    if (!head.endsWith("s") || history.lastGroup.size() < 2) {
      return List.of();
    }
    String kind = referenceNouns.get(head);
    for (Actor a : history.lastGroup) {
      boolean person = persons.contains(a) || history.localPersons.contains(a);
      boolean fits = kind.equals("person") ? person
          : kind.equals("military") ? a.role() == Role.MIL
          : kind.equals("any") || !person && a.role() != Role.CVL;
      if (!fits) {
        return List.of();
      }
    }
    return history.lastGroup;
  }

  /** The country of a modifier inside a reference phrase ("the US media personality"), or null. */
  private static String modifierCountry(List<Mention> found, int[] ref) {
    for (Mention m : found) {
      if (m.kind() == MentionKind.MODIFIER && m.tokenStart() >= ref[0] && m.tokenEnd() <= ref[1]) {
        return m.actor().country();
      }
    }
    return null;
  }

  private Mention resolveReference(List<Token> tokens, int[] ref, History history, List<Mention> sameSentenceBefore,
      String country) {
    String head = tokens.get(ref[1] - 1).text().toLowerCase(Locale.ROOT);
    String kind = referenceNouns.get(head);
    return latest(history, sameSentenceBefore, m -> {
      if (!m.kind().canSpeak() || country != null && !country.equals(m.actor().country())) {
        return false;
      }
      String words = (m.surface() + " " + m.actor().name()).toLowerCase(Locale.ROOT);
      if (words.contains(head)) {
        return true;
      }
      switch (kind) {
        case "person":
          return isPerson(m);
        case "government":
          return m.actor().role() == Role.GOV && !isPerson(m);
        case "military":
          return m.actor().role() == Role.MIL;
        case "organisation":
          return !isPerson(m) && m.actor().role() != Role.CVL && m.kind() != MentionKind.COMPOSED
              || words.contains("ministry") && head.equals("ministry");
        default:
          return true;
      }
    });
  }

  private static List<Mention> before(List<Mention> found, int token) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : found) {
      if (m.tokenEnd() <= token) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * "Armenia and Azerbaijan had agreed to a truce, but they ...": the latest coordination of two
   * or more parties named earlier in the sentence ("X and Y", "X, Y and Z"); empty when none.
   */
  private static List<Mention> coordinationBefore(List<Token> tokens, List<Mention> before) {
    List<Mention> latest = List.of();
    List<Mention> group = new ArrayList<>();
    for (Mention m : before) {
      if (m.kind() == MentionKind.MODIFIER) {
        continue;
      }
      boolean joined = !group.isEmpty();
      Mention last = joined ? group.get(group.size() - 1) : null;
      for (int k = joined ? last.tokenEnd() : 0; joined && k < m.tokenStart(); k++) {
        String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
        joined = w.equals("and") || w.equals(",") || w.equals("the");
      }
      if (joined && !last.actor().equals(m.actor())) {
        group.add(m);
      } else {
        group = new ArrayList<>(List.of(m));
      }
      if (group.size() >= 2) {
        latest = List.copyOf(group);
      }
    }
    return latest;
  }

  /** The latest span before {@code token} that this sentence resolved to two or more actors ("both countries"). */
  private static List<Mention> latestPairBefore(List<Mention> resolved, int token) {
    List<Mention> pair = new ArrayList<>();
    for (Mention m : resolved) {
      if (m.tokenEnd() > token) {
        continue;
      }
      if (!pair.isEmpty() && pair.get(0).tokenStart() == m.tokenStart() && pair.get(0).tokenEnd() == m.tokenEnd()) {
        pair.add(m);
      } else if (pair.size() < 2 || m.tokenStart() >= pair.get(0).tokenEnd()) {
        pair = new ArrayList<>(List.of(m));
      }
    }
    return pair.size() >= 2 ? pair : List.of();
  }

  /**
   * The antecedent: the first fitting mention of the nearest sentence that has one (the current
   * sentence first). Preferring the leftmost mention of a sentence prefers its subject over
   * the objects and appositions that follow it.
   */
  private static Mention latest(History history, List<Mention> sameSentenceBefore, java.util.function.Predicate<Mention> fits) {
    for (Mention m : sameSentenceBefore) {
      if (fits.test(m)) {
        return m;
      }
    }
    List<Mention> all = history.mentions();
    for (int k = all.size() - 1; k >= 0; k--) {
      if (fits.test(all.get(k))) {
        int sentence = all.get(k).sentenceIndex();
        int first = k;
        while (first > 0 && all.get(first - 1).sentenceIndex() == sentence) {
          first--;
        }
        for (int j = first; j <= k; j++) {
          if (fits.test(all.get(j))) {
            return all.get(j);
          }
        }
      }
    }
    return null;
  }

  private static Mention at(Sentence s, int start, int end, Actor actor, MentionKind kind) {
    List<Token> tokens = s.tokens();
    int cs = tokens.get(start).charStart();
    int ce = tokens.get(end - 1).charEnd();
    return new Mention(s.index(), start, end, cs, ce, s.text().substring(cs - s.charStart(), ce - s.charStart()), actor, kind);
  }
}
