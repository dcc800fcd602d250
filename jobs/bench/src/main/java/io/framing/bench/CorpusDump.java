package io.framing.bench;

import io.framing.model.Document;
import io.framing.relations.DocumentExtractor;
import io.framing.relations.Relation;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Development aid: prints every relation the core finds in a folder of inputs, with evidence.
 * Usage: {@code jobs/bin/dev-tool CorpusDump DATA_DIR INPUT_DIR}.
 */
public final class CorpusDump {
  public static void main(String[] args) throws Exception {
    DocumentExtractor extractor = DocumentExtractor.load(Path.of(args[0]));
    Map<String, Document> docs = new TreeMap<>(GoldHarness.readDocuments(Path.of(args[1])));
    for (Document d : docs.values()) {
      for (Relation r : extractor.extract(d).relations()) {
        String ev = r.evidence().replace('\n', ' ');
        System.out.println(d.nativeId() + " | " + r + " | " + (ev.length() > 150 ? ev.substring(0, 150) : ev));
      }
    }
  }
}
