package io.framing.bench;

import io.framing.model.Document;
import io.framing.relations.DocumentExtractor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Development aid: single-thread extraction speed over a gold set's documents, repeated.
 * Usage: {@code jobs/bin/dev-tool ExtractionSpeedProbe DATA_DIR GOLD_DIR ROUNDS}.
 */
public final class ExtractionSpeedProbe {
  public static void main(String[] args) throws Exception {
    DocumentExtractor extractor = DocumentExtractor.load(Path.of(args[0]));
    Map<String, Document> docs = GoldHarness.readDocuments(Path.of(args[1]).resolve("input"));
    List<Document> all = new ArrayList<>(docs.values());
    int rounds = Integer.parseInt(args[2]);
    long sentences = 0;
    for (int warm = 0; warm < 3; warm++) {
      for (Document d : all) {
        extractor.extract(d);
      }
    }
    long start = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      for (Document d : all) {
        sentences += extractor.extract(d).document().sentences().size();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("%d sentences in %.2f s: %.0f sentences/s on one thread%n", sentences, seconds, sentences / seconds);
  }
}
