package io.framing.bench;

import io.framing.actors.ActorDictionary;
import io.framing.actors.MentionFinder;
import io.framing.ingest.InputFileReader;
import io.framing.ingest.ReaderOptions;
import io.framing.ingest.RecordIterator;
import io.framing.ingest.RecordOutcome;
import io.framing.jobs.extract.ExtractionRows;
import io.framing.model.Document;
import io.framing.relations.CueDictionary;
import io.framing.relations.DocumentExtractor;
import io.framing.relations.RelationExtractor;
import io.framing.text.AnalyzedDocument;
import io.framing.text.OpenNlpSentenceSplitter;
import io.framing.text.OpenNlpTokenizer;
import io.framing.text.Sentence;
import io.framing.text.TextAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Where extraction time goes, one thread, from outside the core (whose classes this does not
 * change): each step the core's {@code RelationExtractor.extract} performs is timed on its own
 * through the core's public components over the same documents, and the rest (coreference,
 * voices, relation rules) is the remainder of the full call. Plus the Spark layer's own work
 * per document (rows with their SHA-256 ids).
 *
 * <pre>ExtractionProfile CORPUS_DIR [--data-dir data] [--documents 3000] [--rounds 3]</pre>
 */
public final class ExtractionProfile {
  private ExtractionProfile() {}

  interface Step {
    long run(List<Document> docs);
  }

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args[0]);
    Path dataDir = Path.of("data");
    int maxDocs = 3000;
    int rounds = 3;
    for (int i = 1; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--data-dir" -> dataDir = Path.of(args[i + 1]);
        case "--documents" -> maxDocs = Integer.parseInt(args[i + 1]);
        case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException(args[i]);
      }
    }
    List<Document> docs = read(corpus, maxDocs);
    DocumentExtractor extractor = DocumentExtractor.load(dataDir);
    CueDictionary cues = CueDictionary.loadDirectory(dataDir.resolve("relations"));
    Set<String> speech = speechForms();
    MentionFinder finder = new MentionFinder(ActorDictionary.load(dataDir.resolve("actors")), new OpenNlpTokenizer());
    TextAnalyzer analyzer = TextAnalyzer.english();
    OpenNlpSentenceSplitter splitter = new OpenNlpSentenceSplitter();
    Predicate<List<String>> gate = lower -> cues.mayMatch(lower) || lower.stream().anyMatch(speech::contains);
    List<AnalyzedDocument> analyzed = new ArrayList<>();
    for (Document d : docs) {
      analyzed.add(analyzer.analyze(d.text(), gate));
    }
    long sentences = analyzed.stream().mapToLong(a -> a.sentences().size()).sum();
    long tokens = analyzed.stream().mapToLong(AnalyzedDocument::tokenCount).sum();

    Step full = ds -> {
      long n = 0;
      for (Document d : ds) {
        n += extractor.extract(d).relations().size();
      }
      return n;
    };
    Step split = ds -> {
      long n = 0;
      for (Document d : ds) {
        n += splitter.split(d.text()).size();
      }
      return n;
    };
    Step splitTokenize = ds -> {
      long n = 0;
      for (Document d : ds) {
        n += analyzer.analyze(d.text(), l -> false).tokenCount();
      }
      return n;
    };
    Step analyzeGated = ds -> {
      long n = 0;
      for (Document d : ds) {
        n += analyzer.analyze(d.text(), gate).tokenCount();
      }
      return n;
    };
    Step analyzeAll = ds -> {
      long n = 0;
      for (Document d : ds) {
        n += analyzer.analyze(d.text()).tokenCount();
      }
      return n;
    };
    Step mentions = ds -> {
      long n = 0;
      for (AnalyzedDocument a : analyzed) {
        for (Sentence s : a.sentences()) {
          n += finder.find(s).size();
        }
      }
      return n;
    };
    List<RelationExtractor.Result> results = new ArrayList<>();
    for (Document d : docs) {
      results.add(extractor.extract(d));
    }
    Step rows = ds -> {
      long n = 0;
      for (int i = 0; i < ds.size(); i++) {
        n += ExtractionRows.of(ds.get(i), null, results.get(i)).size();
      }
      return n;
    };
    long taggedSentences = 0;
    for (AnalyzedDocument a : analyzed) {
      for (Sentence s : a.sentences()) {
        List<String> lower = new ArrayList<>();
        s.tokens().forEach(t -> lower.add(t.text().toLowerCase(Locale.ROOT)));
        taggedSentences += gate.test(lower) ? 1 : 0;
      }
    }

    String[] names = {"full extract (DocumentExtractor.extract)", "sentence split only",
        "split + tokenize (no POS)", "split + tokenize + POS on gated sentences (as extract does)",
        "split + tokenize + POS on every sentence", "MentionFinder.find on every sentence",
        "Spark layer: ExtractionRows.of (rows, SHA-256 ids)"};
    Step[] steps = {full, split, splitTokenize, analyzeGated, analyzeAll, mentions, rows};
    for (int warm = 0; warm < 1; warm++) {
      for (Step s : steps) {
        s.run(docs);
      }
    }
    double[] seconds = new double[steps.length];
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < steps.length; i++) {
        long start = System.nanoTime();
        steps[i].run(docs);
        seconds[i] += (System.nanoTime() - start) / 1e9;
      }
    }
    System.out.printf("profile: %d documents, %d sentences (%d POS-tagged by the gate, %.0f %%), %d tokens, "
        + "%d rounds, one thread%n", docs.size(), sentences, taggedSentences, 100.0 * taggedSentences / sentences,
        tokens, rounds);
    for (int i = 0; i < steps.length; i++) {
      double perRound = seconds[i] / rounds;
      System.out.printf("  %-62s %8.3f s/round  %7.0f sentences/s  %5.1f %% of full%n", names[i], perRound,
          sentences / perRound, 100 * perRound / (seconds[0] / rounds));
    }
    double fullS = seconds[0] / rounds;
    double tok = seconds[2] / rounds;
    double tag = seconds[3] / rounds - tok;
    double men = seconds[5] / rounds;
    double rest = fullS - seconds[3] / rounds - men;
    System.out.printf("breakdown of full extract: split+tokenize %.1f %% (split alone %.1f %%), POS tagging %.1f %%, "
            + "mention finding %.1f %%, rest (coreference, voices, cue matching, relation rules) %.1f %%%n",
        100 * tok / fullS, 100 * seconds[1] / rounds / fullS, 100 * tag / fullS, 100 * men / fullS,
        100 * rest / fullS);
  }

  private static Set<String> speechForms() {
    Set<String> s = new HashSet<>();
    for (String v : List.of("say", "tell", "claim", "add", "state", "write", "tweet", "insist", "announce", "report",
        "assert", "allege", "declare", "stress", "note", "argue", "suggest", "warn", "accuse", "complain", "confirm",
        "explain", "reply", "respond", "maintain", "contend", "post", "acknowledge", "admit")) {
      s.add(v);
      s.add(v + "s");
      s.add(v.endsWith("e") ? v + "d" : v + "ed");
      s.add((v.endsWith("e") ? v.substring(0, v.length() - 1) : v) + "ing");
    }
    s.addAll(List.of("said", "says", "saying", "told", "tells", "telling", "wrote", "written", "writes", "writing",
        "replied", "replies"));
    return s;
  }

  private static List<Document> read(Path dir, int max) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("_") && !p.getFileName().toString().startsWith("."))
          .filter(p -> !p.getFileName().toString().toLowerCase(Locale.ROOT).matches("(readme|notes).*"))
          .sorted().toList();
    }
    List<Document> docs = new ArrayList<>();
    InputFileReader reader = new InputFileReader(ReaderOptions.defaults(), null);
    int perFile = Math.max(1, max / files.size());
    for (Path f : files) {
      int fromFile = 0;
      try (InputStream in = Files.newInputStream(f); RecordIterator records = reader.read(f.toString(), in)) {
        while (fromFile < perFile && records.hasNext()) {
          RecordOutcome o = records.next();
          if (!o.isRejected()) {
            docs.add(o.documents().get(0));
            fromFile++;
          }
        }
      }
    }
    return docs;
  }
}
