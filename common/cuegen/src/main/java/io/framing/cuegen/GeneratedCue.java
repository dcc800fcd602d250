package io.framing.cuegen;

import io.framing.frames.Frame;
import java.util.Comparator;
import java.util.List;

/**
 * One row of {@code data/frames/wordnet_cues.csv}: a cue as {@code FrameTagger} reads it
 * ({@code frame,cue,kind}), then where it came from: the concept, and the provenance (the seed
 * itself, or the WordNet 3.1 synset and relation that gave the lemma, and the inflection rule).
 */
public record GeneratedCue(Frame frame, String cue, String kind, String concept, String provenance) {
  public static final List<String> HEADER = List.of("frame", "cue", "kind", "concept", "provenance");

  /** The file's order: by frame (the enum's), then cue. */
  public static final Comparator<GeneratedCue> ORDER =
      Comparator.comparing(GeneratedCue::frame).thenComparing(GeneratedCue::cue);

  /** The CSV line (RFC 4180: every field quoted when it holds a comma or a quote). */
  public String csv() {
    return String.join(",", frame.name(), quote(cue), kind, quote(concept), quote(provenance));
  }

  static String quote(String s) {
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
