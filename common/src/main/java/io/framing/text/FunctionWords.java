package io.framing.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The negation and clause-break words that the relation rules, the frame tagger and the stance
 * cues share, in one place: {@code data/text/function_words.txt}, built into this jar so that
 * every JVM reads the same lists once, without a data directory. Lower-case words.
 */
public final class FunctionWords {
  /** The classes of {@code function_words.txt}. */
  enum WordClass {
    NEGATION, NEGATIVE_WORD, CLAUSE_BREAK, MINOR_CLAUSE_BREAK
  }

  static final String RESOURCE = "function_words.txt";
  private static final Map<WordClass, Set<String>> LISTS = load();

  /** Words that negate a cue a few words after them ("not", "n't", "never", "without" ...). */
  public static final Set<String> NEGATIONS = LISTS.get(WordClass.NEGATION);
  /** Further negators of the frame tagger ("nobody", "nothing", "cannot" ...). */
  public static final Set<String> NEGATIVE_WORDS = LISTS.get(WordClass.NEGATIVE_WORD);
  /** Words and marks that end a clause for every rule (";", "but", "whereas" ...). */
  public static final Set<String> CLAUSE_BREAKS = LISTS.get(WordClass.CLAUSE_BREAK);
  /**
   * Punctuation and joiners that also end a clause for the short windows of the frame tagger and
   * the stance cues (".", ",", "and", "which" ...); the relation rules read across them.
   */
  public static final Set<String> MINOR_CLAUSE_BREAKS = LISTS.get(WordClass.MINOR_CLAUSE_BREAK);

  private FunctionWords() {}

  /** The union of some lists, unmodifiable. */
  public static Set<String> union(Set<String> first, Set<String> second) {
    Set<String> all = new HashSet<>(first);
    all.addAll(second);
    return Set.copyOf(all);
  }

  private static Map<WordClass, Set<String>> load() {
    try (InputStream in = FunctionWords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath (built from data/text/ by common/pom.xml)");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> lines = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines.add(line);
      }
      return parse(RESOURCE, lines);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Parses "CLASS WORD" lines; every class must have at least one word. */
  static Map<WordClass, Set<String>> parse(String name, List<String> lines) {
    Map<WordClass, Set<String>> lists = new EnumMap<>(WordClass.class);
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\s+");
      WordClass wordClass = parts.length == 2 ? classOf(parts[0]) : null;
      if (wordClass == null) {
        problems.add(name + " line " + (i + 1) + ": expected 'CLASS WORD' with CLASS one of "
            + List.of(WordClass.values()).toString().toLowerCase(Locale.ROOT) + ", got '" + line + "'");
        continue;
      }
      lists.computeIfAbsent(wordClass, c -> new HashSet<>()).add(parts[1].toLowerCase(Locale.ROOT));
    }
    for (WordClass c : WordClass.values()) {
      if (!lists.containsKey(c)) {
        problems.add(name + ": no word of class " + c.name().toLowerCase(Locale.ROOT));
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Bad function word list:\n  " + String.join("\n  ", problems));
    }
    lists.replaceAll((c, words) -> Set.copyOf(words));
    return lists;
  }

  private static WordClass classOf(String name) {
    for (WordClass c : WordClass.values()) {
      if (c.name().equalsIgnoreCase(name)) {
        return c;
      }
    }
    return null;
  }
}
