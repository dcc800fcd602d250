package io.framing.relations;

import io.framing.CsvTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The relation cues of {@code data/relations/cues.csv} (columns {@code relation, cameo, cue,
 * kind, forms, target}), compiled for matching over a sentence's lower-cased tokens. Verb cues
 * are inflected here ("accuse" matches "accused"); irregular forms are listed in {@code forms}.
 * A {@code *} in a cue stands for up to three words ("launch * strike" matches "launched air
 * and artillery strikes"; a hyphenated word the tokenizer splits, "full - scale", is one). Immutable and thread-safe.
 *
 * <p>Several files can be loaded as one dictionary ({@link #load(List)}): the project loads the
 * hand-written {@code cues.csv} first and then {@code cameo-cues.csv}, converted from CAMEO with
 * an extra {@code provenance} column. A cue already given by an earlier file (same words, same
 * kind) is skipped in a later one, so a hand-written decision always wins over a generated one.
 */
public final class CueDictionary {
  public static final List<String> HEADER = List.of("relation", "cameo", "cue", "kind", "forms", "target");
  /** The header of a generated cue file: {@link #HEADER} plus where each row came from. */
  public static final List<String> HEADER_WITH_PROVENANCE = List.of("relation", "cameo", "cue", "kind", "forms",
      "target", "provenance");
  /** The cue files of {@code data/relations/}, in precedence order. */
  public static final List<String> FILES = List.of("cues.csv", "cameo-cues.csv");
  static final String GAP = "*";
  private static final int MAX_GAP = 3;

  private final List<Cue> cues;
  private final Map<String, List<Compiled>> byFirstToken = new HashMap<>();

  private static final class Compiled {
    final Cue cue;
    final List<String> tokens;

    Compiled(Cue cue, List<String> tokens) {
      this.cue = cue;
      this.tokens = tokens;
    }
  }

  private CueDictionary(List<Cue> cues) {
    this.cues = List.copyOf(cues);
    for (Cue cue : cues) {
      for (List<String> variant : cue.variants()) {
        byFirstToken.computeIfAbsent(variant.get(0), k -> new ArrayList<>()).add(new Compiled(cue, variant));
      }
    }
  }

  /** Loads the cue file; the error lists every bad line with its file, line and value. */
  public static CueDictionary load(Path file) {
    return load(List.of(file));
  }

  /** Loads {@link #FILES} of a relations directory ({@code data/relations}). */
  public static CueDictionary loadDirectory(Path relationsDir) {
    List<Path> files = new ArrayList<>();
    FILES.forEach(f -> files.add(relationsDir.resolve(f)));
    return load(files);
  }

  /**
   * Loads cue files in precedence order: a cue (same words and kind) already loaded from an
   * earlier file is skipped. Each file has {@link #HEADER} or {@link #HEADER_WITH_PROVENANCE}.
   * The error lists every bad line of every file with its file, line and value.
   */
  public static CueDictionary load(List<Path> files) {
    List<String> problems = new ArrayList<>();
    List<Cue> cues = new ArrayList<>();
    Set<String> earlier = new HashSet<>();
    for (Path file : files) {
      boolean withProvenance = hasProvenanceColumn(file);
      Set<String> here = new HashSet<>();
      for (CsvTable.Row row : CsvTable.read(file, withProvenance ? HEADER_WITH_PROVENANCE : HEADER, problems)) {
        String[] f = row.fields();
        try {
          RelationType relation = RelationType.parse(f[0]);
          Cue.Kind kind = Cue.Kind.valueOf(f[3].strip().toUpperCase(Locale.ROOT));
          Cue.Target target = Cue.Target.valueOf(f[5].strip().toUpperCase(Locale.ROOT).replace('-', '_'));
          String key = kind + ":" + String.join(" ", words(f[2]));
          here.add(key);
          if (earlier.contains(key)) {
            continue;
          }
          cues.add(new Cue(relation, f[1].strip(), f[2].strip(), kind, target, variants(f[2], kind, f[4]),
              withProvenance ? f[6] : ""));
        } catch (IllegalArgumentException e) {
          problems.add(row.where() + ": " + e.getMessage());
        }
      }
      earlier.addAll(here);
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Bad cue file " + (files.size() == 1 ? files.get(0) : files) + ":\n  "
          + String.join("\n  ", problems));
    }
    return new CueDictionary(cues);
  }

  /** Whether the file's header ends in the provenance column (a missing file is reported later). */
  private static boolean hasProvenanceColumn(Path file) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      return header != null && header.strip().endsWith(",provenance");
    } catch (IOException e) {
      return false;
    }
  }

  static List<List<String>> variants(String phrase, Cue.Kind kind, String forms) {
    List<String> words = words(phrase);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("empty cue");
    }
    List<List<String>> variants = new ArrayList<>();
    if (kind == Cue.Kind.VERB) {
      for (String form : Inflections.ofVerb(words.get(0))) {
        List<String> v = new ArrayList<>(words);
        v.set(0, form);
        variants.add(v);
      }
    } else if (kind == Cue.Kind.NOUN) {
      variants.add(words);
      // The head noun takes the plural: the last word, or the one before a closing preposition
      // ("condemnation of" matches "condemnations of").
      int head = words.size() - 1;
      if (head > 0 && AnnotatedSentence.PREPOSITIONS.contains(words.get(head))) {
        head--;
      }
      List<String> plural = new ArrayList<>(words);
      plural.set(head, Inflections.plural(words.get(head)));
      variants.add(plural);
    } else {
      variants.add(words);
    }
    if (forms != null && !forms.isBlank()) {
      for (String form : forms.split("\\|")) {
        List<String> v = words(form);
        if (!v.isEmpty()) {
          variants.add(v);
        }
      }
    }
    // A multi-word cue whose last word is a noun also matches its plural ("launch * strikes").
    if (kind == Cue.Kind.VERB && words.size() > 1 && words.contains(GAP)) {
      List<List<String>> plurals = new ArrayList<>();
      for (List<String> v : variants) {
        List<String> p = new ArrayList<>(v);
        p.set(p.size() - 1, Inflections.plural(v.get(v.size() - 1)));
        plurals.add(p);
      }
      variants.addAll(plurals);
    }
    return variants;
  }

  private static List<String> words(String phrase) {
    List<String> words = new ArrayList<>();
    for (String w : phrase.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  /** Whether any cue could start in these lower-cased tokens: a cheap test before tagging. */
  public boolean mayMatch(List<String> lowerTokens) {
    for (String t : lowerTokens) {
      if (byFirstToken.containsKey(t)) {
        return true;
      }
    }
    return false;
  }

  public List<Cue> cues() {
    return cues;
  }

  /**
   * The cues in {@code lowerTokens}, left to right; where two overlap, the longer wins, so
   * "call on" is one APPEAL and not also something else.
   */
  public List<CueMatch> find(List<String> lowerTokens) {
    List<CueMatch> found = new ArrayList<>();
    int i = 0;
    while (i < lowerTokens.size()) {
      List<CueMatch> best = new ArrayList<>();
      for (Compiled c : byFirstToken.getOrDefault(lowerTokens.get(i), List.of())) {
        int end = match(c.tokens, 0, lowerTokens, i);
        if (end <= 0) {
          continue;
        }
        if (best.isEmpty() || end > best.get(0).end()) {
          best.clear();
        }
        if (best.isEmpty() || end == best.get(0).end()) {
          boolean duplicate = false;
          for (CueMatch b : best) {
            duplicate |= b.cue() == c.cue;
          }
          if (!duplicate) {
            best.add(new CueMatch(c.cue, i, end));
          }
        }
      }
      if (!best.isEmpty()) {
        // Equally long cues of different kinds ("attack" the verb, "attack" the noun) are all
        // returned; the rules keep the one the sentence's grammar fits.
        found.addAll(best);
        i = best.get(0).end();
      } else {
        i++;
      }
    }
    return found;
  }

  /** The end of a match of {@code pattern[p..]} at {@code tokens[t..]}, or -1. */
  private static int match(List<String> pattern, int p, List<String> tokens, int t) {
    if (p == pattern.size()) {
      return t;
    }
    String want = pattern.get(p);
    if (want.equals(GAP)) {
      int words = 0;
      for (int skip = 0; t + skip <= tokens.size(); skip++) {
        if (skip > 0) {
          String skipped = tokens.get(t + skip - 1);
          if (BOUNDARIES.contains(skipped)) {
            break;
          }
          // The tokenizer splits a hyphenated word ("full - scale"); it fills one place of the gap.
          boolean hyphenPart = skipped.equals("-") || skip > 1 && tokens.get(t + skip - 2).equals("-");
          if (!hyphenPart && ++words > MAX_GAP) {
            break;
          }
        }
        int end = match(pattern, p + 1, tokens, t + skip);
        if (end > 0) {
          return end;
        }
      }
      return -1;
    }
    if (t < tokens.size() && tokens.get(t).equals(want)) {
      return match(pattern, p + 1, tokens, t + 1);
    }
    // Quotation marks inside a phrase do not break it: stands in “full solidarity” with.
    if (p > 0 && t < tokens.size() && QUOTES.contains(tokens.get(t))) {
      return match(pattern, p, tokens, t + 1);
    }
    return -1;
  }

  private static final Set<String> QUOTES = Set.of("\"", "“", "”", "'", "‘", "’", "``", "''");
  private static final Set<String> BOUNDARIES = Set.copyOf(Arrays.asList(".", ";", ":", ",", "\"", "“", "”"));
}
