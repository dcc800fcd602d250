package io.framing.evaluation;

import io.framing.actors.Actor;
import io.framing.frames.Frame;
import io.framing.frames.FrameTagger;
import io.framing.ingest.Corpus;
import io.framing.ingest.Document;
import io.framing.ingest.InputFileReader;
import io.framing.ingest.ReaderOptions;
import io.framing.ingest.RecordIterator;
import io.framing.relations.DocumentExtractor;
import io.framing.relations.Relation;
import io.framing.sentiment.LevelSentiment;
import io.framing.sentiment.SentenceSentiment;
import io.framing.sentiment.ConflictLexicon;
import io.framing.stance.StanceAggregator;
import io.framing.stance.StanceRow;
import io.framing.stance.StanceRules;
import io.framing.stance.StanceVote;
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
 * Development aid, not a test: runs the core (no Spark) over a gold set — relations from {@link
 * DocumentExtractor}, then sentiment, stance and frames — and prints polarity macro-F1, stance
 * F-average and frame F1. Usage: {@code SummaryHarness DATA_DIR GOLD_DIR [verbose]}.
 */
public final class SummaryHarness {
  public static void main(String[] args) throws IOException {
    Path dataDir = Path.of(args[0]);
    Path goldDir = Path.of(args[1]);
    boolean verbose = args.length > 2;
    DocumentExtractor extractor = DocumentExtractor.load(dataDir);
    LevelSentiment sentiment = new LevelSentiment(ConflictLexicon.analyzer(dataDir));
    FrameTagger frames = FrameTagger.fromDataDir(dataDir);
    StanceRules stance = StanceRules.fromDataDir(dataDir);
    Map<String, Document> docs = io.framing.relations.GoldHarness.readDocuments(goldDir.resolve("input"));
    List<GoldDocument> gold = GoldDocument.readAll(goldDir.resolve("gold.jsonl"));

    Map<String, Double> docScores = new HashMap<>();
    Map<String, List<SentenceSentiment>> sentences = new HashMap<>();
    Map<String, Set<StanceKey>> stances = new HashMap<>();
    Map<String, Set<FrameKey>> framed = new HashMap<>();
    for (GoldDocument g : gold) {
      Document d = docs.get(g.key());
      if (d == null) {
        System.out.println("MISSING DOC " + g.key());
        continue;
      }
      boolean tweet = d.corpus() == Corpus.TWEET;
      List<SentenceSentiment> ss = sentiment.sentences(d.text());
      sentences.put(g.key(), ss);
      docScores.put(g.key(), sentiment.document(tweet, d.text(), ss));

      List<Relation> rels = extractor.extract(d).relations();
      List<StanceVote> votes = new ArrayList<>();
      Set<FrameKey> fk = new TreeSet<>();
      for (Relation r : rels) {
        votes.addAll(stance.votesOf(g.key(), r));
        for (Frame f : frames.tag(r.evidence(), r.type())) {
          fk.add(new FrameKey(r.source().country(), r.source().role().name(), f.name()));
        }
      }
      Actor author = extractor.authorOf(d);
      // Per-document scoring follows the gold: a retweet's document carries no stance of its own
      // (the retweeter's endorsement goes to the corpus-level stance table only).
      if (author != null && d.retweetOf() == null) {
        votes.addAll(stance.votesOfTweet(g.key(), author.name(), author.country(), author.role().name(), d.text(),
            d.hashtags()));
      }
      Set<StanceKey> sk = new TreeSet<>();
      for (StanceRow row : StanceAggregator.aggregate(votes)) {
        sk.add(new StanceKey(row.sourceCountry(), row.targetCountry(), row.stance().name()));
      }
      stances.put(g.key(), sk);
      framed.put(g.key(), fk);
    }

    PolarityScores polarity = PolarityScores.score(PolarityScores.items(gold), new PolarityScores.Predictions() {
      @Override
      public Double document(String key) {
        return docScores.get(key);
      }

      @Override
      public Double sentence(String key, String sentence) {
        for (SentenceSentiment s : sentences.getOrDefault(key, List.of())) {
          if (s.text().strip().equals(sentence.strip())) {
            return s.scores().compound();
          }
        }
        return sentiment.relation(sentence); // not split the same way: score the gold sentence
      }
    });
    StanceScores st = StanceScores.score(gold, stances);
    FrameScores fr = FrameScores.score(gold, framed);
    if (verbose) {
      System.out.println("-- polarity errors");
      polarity.errors().forEach(e -> System.out.println("  " + e));
      System.out.println("-- stance differences");
      st.differences().forEach(e -> System.out.println("  " + e));
      System.out.println("-- frame differences");
      fr.differences().forEach(e -> System.out.println("  " + e));
    }
    System.out.printf("polarity macro-F1 %.3f over %d items %s%n", polarity.macroF1(), polarity.items(), polarity.byClass());
    System.out.printf("stance F-average %.3f  FAVOR %s  AGAINST %s%n", st.fAverage(), st.favor(), st.against());
    System.out.printf("frames F1 %.3f  %s%n", fr.micro().f1(), fr.micro());
    fr.byFrame().forEach((k, v) -> System.out.printf("  %-22s %s%n", k, v));
  }
}
