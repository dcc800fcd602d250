package io.framing.relations.cameo;

import io.framing.Args;
import io.framing.relations.RelationType;
import io.framing.relations.cameo.CameoVerbDictionary.PatternLine;
import io.framing.relations.cameo.CameoVerbDictionary.Verb;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Converts a CAMEO verb dictionary into rows of the cue file format, keeping only what the
 * relation matcher can use and what keeps its meaning in news text:
 *
 * <ol>
 *   <li><b>Verbs</b> whose code (their own, else their block's) maps to a relation
 *       ({@link CameoRelations}) become {@code verb} cues with CAMEO's listed irregular forms in
 *       {@code forms}. Multi-word verbs ({@code +GUN_DOWN}) are kept only when the inflected
 *       word ({@code +}) is the first, as the matcher inflects the first word.</li>
 *   <li><b>Light-verb rule</b>: a single-word verb in {@link #LIGHT_VERBS} is dropped, and so
 *       are its patterns — such verbs (say, make, take, hold, ...) carry their meaning in their
 *       object, so alone they would fire on most news sentences, and with the matcher's gap
 *       their pattern reaches across clauses ("said Ankara would support").</li>
 *   <li><b>Redundancy rule</b>: no pattern is converted for a verb that is a cue by itself (a
 *       converted CAMEO verb, or a single-word verb of the hand-written {@code cues.csv}): it
 *       adds no act the verb does not find, and as the longer match it would take the verb's
 *       place and read its gap as the target ("accused each other").</li>
 *   <li><b>Patterns</b> {@code - * OBJECT (PREP NOUN) [code] # VERB} become {@code verb} cues
 *       "verb * object * prep noun": each noun phrase ({@code {...}}), prepositional phrase
 *       ({@code (...)}) or bare word is one contiguous group, and the matcher's gap {@code *}
 *       (up to three tokens) stands between groups, as the parser's constituents may be
 *       separated by modifiers. A {@code +} right after the verb marks the target, which then
 *       lies in the first gap, as the extractor reads it. The pattern is given to the verb its
 *       comment names (the verb it was written for), with that verb's irregular forms.</li>
 *   <li>Not converted: patterns with words before the verb ({@code &MILITARY *}: the matcher
 *       finds the source itself), with synonym sets ({@code &WEAPON}), with the source marker
 *       {@code $} or other markers ({@code ^ % | =}), with more than three groups, or without
 *       a verb comment found in their block.</li>
 *   <li><b>Measured groups</b>: only codes of {@link CameoRelations#ENABLED} are written.</li>
 *   <li><b>Ambiguity rule</b>: a cue that CAMEO codes for two relations, or for one relation
 *       and elsewhere for a code with no counterpart, is dropped; otherwise the first entry in
 *       file order gives the row its code and provenance.</li>
 * </ol>
 */
public final class CameoCueConverter {

  /**
   * Light and support verbs of English and the most frequent general verbs: each means what
   * its object says ("make an appeal", "take action", "hold talks"), so as a bare cue it would
   * code unrelated sentences.
   */
  public static final Set<String> LIGHT_VERBS = Set.of(
      "be", "have", "do", "say", "tell", "go", "come", "make", "take", "give", "get", "hold",
      "put", "set", "keep", "let", "see", "look", "seem", "appear", "show", "become", "turn", "run",
      "bring", "move", "carry", "call", "use", "find", "work", "play", "send", "reach", "raise",
      "stand", "open", "pass", "follow", "lead", "return", "receive", "speak", "talk", "meet",
      "leave", "place", "post", "offer", "provide", "express", "issue", "note", "state", "add",
      "continue", "begin", "start", "end", "remain", "release", "report", "mark", "cause", "deal");

  /** Auxiliaries: "+IS_DETERMINED" is an adjective after a copula, not an inflectable verb. */
  private static final Set<String> AUXILIARIES = Set.of("be", "is", "are", "am", "was", "were", "been", "being",
      "have", "has", "had", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might");

  /** A multi-word verb ending in one of these is a fragment ("+SHOT_AND"), not a phrase. */
  private static final Set<String> DANGLING = Set.of("and", "or", "but", "the", "a", "an", "of");

  private static final int MAX_GROUPS = 3;

  private CameoCueConverter() {}

  /** A candidate before the ambiguity rule: its relation (empty: a code with no counterpart). */
  private record Candidate(Optional<RelationType> relation, String code, List<String> forms, String provenance) {}

  /**
   * The sorted rows of a dictionary. {@code handWrittenVerbs}: the single-word verb cues of the
   * hand-written cue file, whose patterns are redundant (see the class comment).
   */
  public static List<CameoCueRow> convert(CameoVerbDictionary dictionary, Set<String> handWrittenVerbs) {
    return convert(dictionary, handWrittenVerbs, CameoRelations::enabled);
  }

  /** As {@link #convert(CameoVerbDictionary, Set)}, keeping rows whose code passes {@code keep}. */
  public static List<CameoCueRow> convert(CameoVerbDictionary dictionary, Set<String> handWrittenVerbs,
      java.util.function.Predicate<String> keep) {
    Args.notNull(keep, "code filter");
    java.util.function.Predicate<String> enabledOnly = keep;
    Args.notNull(dictionary, "CAMEO verb dictionary");
    Args.notNull(handWrittenVerbs, "hand-written verbs");
    Map<String, List<Candidate>> byCue = new LinkedHashMap<>();
    Map<String, Map<String, Verb>> blocks = new HashMap<>();
    for (Verb v : dictionary.verbs()) {
      blocks.computeIfAbsent(v.block(), k -> new HashMap<>()).putIfAbsent(v.words(), v);
      if (v.code().isEmpty() || !usableVerb(v)) {
        continue;
      }
      byCue.computeIfAbsent(v.words(), k -> new ArrayList<>()).add(new Candidate(
          CameoRelations.relationOf(v.code().get()), v.code().get(), v.forms(),
          (v.source() + ":" + v.line() + " " + v.block() + "/" + v.raw().replaceAll("\\s*\\[.*", "")
              + " [" + v.code().get() + "]").replaceAll("\\s+", " ")));
    }
    Set<String> bareVerbs = new HashSet<>();
    byCue.forEach((cue, candidates) -> {
      if (candidates.stream().allMatch(c -> c.relation().isPresent())) {
        bareVerbs.add(cue);
      }
    });
    for (PatternLine p : dictionary.patterns()) {
      if (p.code().isEmpty() || p.verb().isEmpty() || !p.before().isEmpty()) {
        continue;
      }
      Verb verb = blocks.getOrDefault(p.block(), Map.of()).get(CameoVerbDictionary.words(p.verb().get()));
      Optional<List<String>> groups = groups(p.after());
      if (verb == null || verb.words().contains(" ") || groups.isEmpty() || LIGHT_VERBS.contains(verb.words())
          || handWrittenVerbs.contains(verb.words()) || bareVerbs.contains(verb.words())) {
        continue;
      }
      String tail = " * " + String.join(" * ", groups.get());
      List<String> forms = new ArrayList<>();
      verb.forms().forEach(f -> forms.add(f + tail));
      byCue.computeIfAbsent(verb.words() + tail, k -> new ArrayList<>()).add(new Candidate(
          CameoRelations.relationOf(p.code().get()), p.code().get(), forms,
          p.source() + ":" + p.line() + " " + p.block() + "/" + p.verb().get() + " " + p.raw().replaceAll("\\s+", " ")));
    }
    TreeSet<CameoCueRow> rows = new TreeSet<>();
    byCue.forEach((cue, candidates) -> {
      Set<Optional<RelationType>> relations = new LinkedHashSet<>();
      candidates.forEach(c -> relations.add(c.relation()));
      if (relations.size() != 1 || relations.iterator().next().isEmpty()) {
        return;
      }
      RelationType relation = relations.iterator().next().get();
      Candidate first = candidates.get(0);
      if (!enabledOnly.test(first.code())) {
        return;
      }
      Set<String> forms = new LinkedHashSet<>();
      candidates.forEach(c -> forms.addAll(c.forms()));
      rows.add(new CameoCueRow(relation, first.code(), cue, "verb", List.copyOf(forms),
          relation == RelationType.MEDIATE ? "between" : "object", first.provenance()));
    });
    return List.copyOf(rows);
  }

  private static boolean usableVerb(Verb v) {
    String[] words = v.words().split(" ");
    for (String w : words) {
      if (!w.matches("[a-z][a-z'-]*")) {
        return false;
      }
    }
    if (words.length == 1) {
      return !LIGHT_VERBS.contains(words[0]) && !AUXILIARIES.contains(words[0]);
    }
    return v.inflectedFirst() && words.length <= 3 && !AUXILIARIES.contains(words[0])
        && !DANGLING.contains(words[words.length - 1]);
  }

  /**
   * The contiguous word groups after the verb marker ("{ARMS SHIPMENT}" → "arms shipment",
   * "(OF {BANNED PARTIES})" → "of banned parties"), or empty when the pattern uses anything
   * the matcher cannot express.
   */
  static Optional<List<String>> groups(List<String> after) {
    List<String> tokens = new ArrayList<>(after);
    if (!tokens.isEmpty() && tokens.get(0).equals("+")) {
      tokens.remove(0);
    }
    List<String> groups = new ArrayList<>();
    StringBuilder group = new StringBuilder();
    int depth = 0;
    for (String t : tokens) {
      String word = t;
      while (word.startsWith("{") || word.startsWith("(")) {
        depth++;
        word = word.substring(1);
      }
      int closing = 0;
      while (word.endsWith("}") || word.endsWith(")")) {
        closing++;
        word = word.substring(0, word.length() - 1);
      }
      if (!word.matches("[A-Z][A-Z'-]*")) {
        return Optional.empty();
      }
      group.append(group.length() == 0 ? "" : " ").append(word.toLowerCase(java.util.Locale.ROOT));
      depth -= closing;
      if (depth < 0) {
        return Optional.empty();
      }
      if (depth == 0) {
        groups.add(group.toString());
        group.setLength(0);
      }
    }
    if (depth != 0 || groups.isEmpty() || groups.size() > MAX_GROUPS) {
      return Optional.empty();
    }
    return Optional.of(groups);
  }

  /** Writes the rows as CSV with {@link CameoCueRow#HEADER}, quoting fields where needed. */
  public static void write(List<CameoCueRow> rows, Path out) throws IOException {
    StringBuilder csv = new StringBuilder(String.join(",", CameoCueRow.HEADER)).append('\n');
    for (CameoCueRow r : rows) {
      List<String> quoted = new ArrayList<>();
      r.fields().forEach(f -> quoted.add(quote(f)));
      csv.append(String.join(",", quoted)).append('\n');
    }
    Files.writeString(out, csv, StandardCharsets.UTF_8);
  }

  private static String quote(String field) {
    return field.contains(",") || field.contains("\"") || field.contains("\n")
        ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
  }

  /** The single-word verb cues of a hand-written cue file (column 3, kind verb). */
  public static Set<String> handWrittenVerbs(Path cueFile) throws IOException {
    Set<String> verbs = new TreeSet<>();
    List<String> problems = new ArrayList<>();
    for (io.framing.CsvTable.Row row : io.framing.CsvTable.read(cueFile, io.framing.relations.CueDictionary.HEADER, problems)) {
      String cue = row.fields()[2].strip().toLowerCase(java.util.Locale.ROOT);
      if (row.fields()[3].strip().equalsIgnoreCase("verb") && !cue.contains(" ")) {
        verbs.add(cue);
      }
    }
    Args.check(problems.isEmpty(), "Bad hand-written cue file %s: %s", cueFile, problems);
    return verbs;
  }

  /**
   * {@code CameoCueConverter CAMEO.2.0.txt data/relations/cues.csv data/relations/cameo-cues.csv}:
   * regenerates the file.
   */
  public static void main(String[] args) throws IOException {
    Args.check(args.length == 3, "usage: CameoCueConverter <CAMEO verb dictionary> <hand-written cues.csv> <output csv>, got %s args",
        args.length);
    List<CameoCueRow> rows = convert(CameoVerbDictionary.read(Path.of(args[0])), handWrittenVerbs(Path.of(args[1])));
    write(rows, Path.of(args[2]));
    Map<RelationType, Integer> counts = new java.util.EnumMap<>(RelationType.class);
    rows.forEach(r -> counts.merge(r.relation(), 1, Integer::sum));
    System.out.println("wrote " + rows.size() + " cues to " + args[2] + ": " + counts);
  }
}
