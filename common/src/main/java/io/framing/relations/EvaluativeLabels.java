package io.framing.relations;

import io.framing.Args;
import io.framing.CsvTable;
import io.framing.sentiment.VaderLexicon;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a label says of what it is given to ("called the move provocative", "branded the reports
 * lies"): hostile, a charge of falsehood, or nothing the relation rules count. Two resources
 * decide: {@code data/relations/labels.csv} (columns {@code word, class}; classes {@code hostile},
 * {@code falsity}, {@code neutral}), which names the domain's labels and the topic words that say
 * what happened rather than how the speaker judges it ("war" is negative in VADER but calling a
 * conflict a war condemns nobody); then the VADER authors' lexicon, where a valence at or below
 * {@link #HOSTILE_VALENCE} makes a word hostile. The file wins over VADER. Immutable and
 * thread-safe.
 */
public final class EvaluativeLabels {
  public static final List<String> HEADER = List.of("word", "class");

  /** A VADER valence at or below this is a hostile label ("unacceptable" -2.0, "criminal" -2.4). */
  public static final double HOSTILE_VALENCE = -1.5;

  /** What a label word says. */
  public enum Label {
    /** A hostile judgement of an act or party: the speaker condemns it. */
    HOSTILE,
    /** A charge that a claim is false: the speaker rejects it. */
    FALSITY
  }

  private final Map<String, Optional<Label>> listed;
  private final VaderLexicon vader;

  private EvaluativeLabels(Map<String, Optional<Label>> listed, VaderLexicon vader) {
    this.listed = Map.copyOf(listed);
    this.vader = vader;
  }

  /**
   * Loads the label file; {@code vader} (may be null) adds every strongly negative word of the
   * VADER lexicon. The error lists every bad line with its file and line.
   */
  public static EvaluativeLabels load(Path labelFile, VaderLexicon vader) {
    Args.notNull(labelFile, "label file");
    List<String> problems = new ArrayList<>();
    Map<String, Optional<Label>> listed = new HashMap<>();
    for (CsvTable.Row row : CsvTable.read(labelFile, HEADER, problems)) {
      String word = row.fields()[0].strip().toLowerCase(Locale.ROOT);
      String cls = row.fields()[1].strip().toLowerCase(Locale.ROOT);
      if (word.isEmpty() || word.contains(" ")) {
        problems.add(row.where() + ": a label is one word, got '" + row.fields()[0] + "'");
        continue;
      }
      switch (cls) {
        case "hostile":
          listed.put(word, Optional.of(Label.HOSTILE));
          break;
        case "falsity":
          listed.put(word, Optional.of(Label.FALSITY));
          break;
        case "neutral":
          listed.put(word, Optional.empty());
          break;
        default:
          problems.add(row.where() + ": class must be hostile, falsity or neutral, got '" + row.fields()[1] + "'");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Bad label file " + labelFile + ":\n  " + String.join("\n  ", problems));
    }
    return new EvaluativeLabels(listed, vader);
  }

  /** Labels from the given words alone (tests, and data directories without lexicons). */
  static EvaluativeLabels of(Map<String, Label> words) {
    Map<String, Optional<Label>> listed = new HashMap<>();
    words.forEach((w, l) -> listed.put(w, Optional.of(l)));
    return new EvaluativeLabels(listed, null);
  }

  /** What the lower-cased word says as a label, if anything. */
  public Optional<Label> of(String lowerWord) {
    Optional<Label> own = listed.get(lowerWord);
    if (own != null) {
      return own;
    }
    if (vader != null && vader.valence(lowerWord).orElse(0) <= HOSTILE_VALENCE) {
      return Optional.of(Label.HOSTILE);
    }
    return Optional.empty();
  }
}
