package io.framing.cuegen;

import io.framing.CsvTable;
import io.framing.frames.Frame;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of {@code data/frames/concepts.csv}: a seed word of the concept a frame stands for
 * (coding guidelines, section 4), its WordNet part of speech ({@code n}, {@code v}, {@code a},
 * {@code r}) and how many of its WordNet senses, most frequent first, lend their synonyms and
 * derivations ({@code 0}: the seed and its inflections only, for a word whose first senses are
 * not the frame's, or a phrase WordNet lacks). {@code exclude}: words (space-separated) that
 * WordNet reaches from the seed in another sense and that stay out ("lie": "lay", "lain", the
 * forms of lying down). Seeds are general vocabulary of the concept, never words taken from an
 * annotated sentence. Immutable.
 */
public record ConceptSeed(Frame frame, String concept, String seed, char pos, int senses, java.util.Set<String> exclude) {
  public static final List<String> HEADER = List.of("frame", "concept", "seed", "pos", "senses", "exclude");

  public ConceptSeed {
    exclude = java.util.Set.copyOf(exclude);
    if (seed.isBlank() || concept.isBlank()) {
      throw new IllegalArgumentException("a concept seed needs a concept and a seed word");
    }
    if ("nvar".indexOf(pos) < 0) {
      throw new IllegalArgumentException("part of speech '" + pos + "' is not one of n, v, a, r");
    }
    if (senses < 0) {
      throw new IllegalArgumentException("senses must be 0 or more, got " + senses);
    }
  }

  /** Reads a concepts file; errors name the file and line of every bad row. */
  public static List<ConceptSeed> load(Path file) {
    List<String> problems = new ArrayList<>();
    List<ConceptSeed> seeds = new ArrayList<>();
    for (CsvTable.Row row : CsvTable.read(file, HEADER, problems)) {
      String[] f = row.fields();
      try {
        seeds.add(new ConceptSeed(Frame.parse(f[0]), f[1].strip(), f[2].strip().toLowerCase(java.util.Locale.ROOT),
            f[3].strip().isEmpty() ? '?' : f[3].strip().charAt(0), Integer.parseInt(f[4].strip()),
            f[5].isBlank() ? java.util.Set.of() : java.util.Set.of(f[5].strip().split("\\s+"))));
      } catch (IllegalArgumentException e) {
        problems.add(row.where() + ": " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Bad concepts file:\n  " + String.join("\n  ", problems));
    }
    return seeds;
  }
}
