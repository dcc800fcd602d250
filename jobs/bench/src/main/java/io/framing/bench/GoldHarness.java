package io.framing.bench;

import io.framing.evaluation.GoldDocument;
import io.framing.evaluation.RelationKey;
import io.framing.evaluation.RelationScores;
import io.framing.ingest.InputFileReader;
import io.framing.ingest.ReaderOptions;
import io.framing.ingest.RecordIterator;
import io.framing.model.Document;
import io.framing.relations.DocumentExtractor;
import io.framing.relations.Relation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Development aid, not a test: runs the core extractor (no Spark) over a gold set's inputs and
 * prints relation scores with every miss and false hit. Usage: {@code jobs/bin/dev-tool GoldHarness DATA_DIR GOLD_DIR [verbose]}
 * ({@code verbose} prints texts: never on the validation set).
 */
public final class GoldHarness {
  public static void main(String[] args) throws IOException {
    Path dataDir = Path.of(args[0]);
    Path goldDir = Path.of(args[1]);
    boolean verbose = args.length > 2;
    DocumentExtractor extractor = DocumentExtractor.load(dataDir);
    Map<String, Document> docs = readDocuments(goldDir.resolve("input"));
    List<GoldDocument> gold = GoldDocument.readAll(goldDir.resolve("gold.jsonl"));
    Map<String, Set<RelationKey>> predicted = new HashMap<>();
    Map<String, List<Relation>> details = new HashMap<>();
    for (GoldDocument g : gold) {
      Document d = docs.get(g.key());
      if (d == null) {
        System.out.println("MISSING DOC " + g.key());
        continue;
      }
      List<Relation> rels = extractor.extract(d).relations();
      details.put(g.key(), rels);
      predicted.put(g.key(), rels.stream().map(r -> new RelationKey(r.source().country(), r.source().role().name(),
          r.type().name(), r.target() == null ? null : r.target().country())).collect(Collectors.toCollection(TreeSet::new)));
    }
    RelationScores scores = RelationScores.score(gold, predicted);
    if (verbose) {
      for (GoldDocument g : gold) {
        List<Relation> rels = details.getOrDefault(g.key(), List.of());
        boolean anyDiff = scores.misses().stream().anyMatch(m -> m.documentKey().equals(g.key()))
            || scores.falseHits().stream().anyMatch(m -> m.documentKey().equals(g.key()));
        if (!anyDiff) {
          continue;
        }
        System.out.println("== " + g.key() + " (author " + extractor.authorOf(docs.get(g.key())) + ")");
        scores.misses().stream().filter(m -> m.documentKey().equals(g.key())).forEach(m -> System.out.println("  MISS " + m.relation()));
        for (Relation r : rels) {
          RelationKey k = new RelationKey(r.source().country(), r.source().role().name(), r.type().name(),
              r.target() == null ? null : r.target().country());
          boolean fp = !g.relations().contains(k);
          System.out.println("  " + (fp ? "FALSE " : "ok    ") + r + "  <- " + abbreviate(r.evidence()));
        }
      }
    }
    System.out.println("micro " + scores.micro());
    scores.byRelation().forEach((k, v) -> System.out.println(String.format("  %-12s %s", k, v)));
  }

  private static String abbreviate(String s) {
    return s.length() > 140 ? s.substring(0, 140) + "..." : s;
  }

  /** Every document of a gold set's input folder (own and carried), by gold key. */
  public static Map<String, Document> readDocuments(Path inputDir) throws IOException {
    Map<String, Document> docs = new HashMap<>();
    InputFileReader reader = new InputFileReader(ReaderOptions.defaults(), null);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(inputDir)) {
      files = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    }
    for (Path f : files) {
      InputStream in = Files.newInputStream(f);
      try (RecordIterator it = reader.read(f.toString(), in)) {
        it.forEachRemaining(o -> o.documents().forEach(d -> docs.putIfAbsent(d.corpus().code() + ":" + d.nativeId(), d)));
      }
    }
    return docs;
  }
}
