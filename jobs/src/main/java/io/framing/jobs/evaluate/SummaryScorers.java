package io.framing.jobs.evaluate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.framing.actors.Actor;
import io.framing.actors.AuthorResolver;
import io.framing.evaluation.Counts;
import io.framing.evaluation.FrameKey;
import io.framing.evaluation.FrameScores;
import io.framing.evaluation.PolarityScores;
import io.framing.evaluation.StanceKey;
import io.framing.evaluation.StanceScores;
import io.framing.model.Corpus;
import io.framing.model.Document;
import io.framing.relations.RelationType;
import io.framing.stance.StanceAggregator;
import io.framing.stance.StanceRow;
import io.framing.stance.StanceRules;
import io.framing.stance.StanceVote;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;

/**
 * The scores of the summarize stage's outputs against a gold file: polarity macro-F1 (from
 * {@code documents.sentiment} for tweets and the {@code sentiment} table for gold sentences; and
 * {@code vader_macro_f1} the same from the plain-VADER {@code vader_compound} columns),
 * stance F-average per document as SemEval-2016 Task 6 scores it (from the document's
 * relations, and for a tweet its author's hashtags and flags, with the same rules as the stance
 * table), and frame F1 (from {@code relations.frames}).
 */
public final class SummaryScorers {
  private SummaryScorers() {}

  /** Polarity: compound at least 0.05 is positive, at most -0.05 negative, else neutral. */
  public static final class Polarity implements Scorer {
    @Override
    public String name() {
      return "polarity";
    }

    @Override
    public List<String> requiredTables() {
      return List.of("documents", "sentiment");
    }

    @Override
    public ScoreSection score(EvaluationInput input) {
      PolarityScores adjusted = score(input, "sentiment", "compound");
      Map<String, Double> metrics = new LinkedHashMap<>();
      if (!adjusted.scored()) {
        // A set without polarity items (seed) has no macro-F1: 1.000 from empty classes would read as a score.
        return new Section(name(), metrics, new LinkedHashMap<>(), adjusted.errors(),
            "polarity: no gold items in this set, not scored");
      }
      metrics.put("macro_f1", adjusted.macroF1());
      Map<String, Counts> byClass = new LinkedHashMap<>(adjusted.byClass());
      // A run written before the plain-VADER columns existed is still scored, on its adjusted score.
      boolean havePlain = java.util.Arrays.asList(input.table("documents").columns()).contains("vader_compound")
          && java.util.Arrays.asList(input.table("sentiment").columns()).contains("vader_compound");
      String plainText = "no vader_compound columns in this run";
      if (havePlain) {
        PolarityScores plain = score(input, "vader_compound", "vader_compound");
        metrics.put("vader_macro_f1", plain.macroF1());
        plain.byClass().forEach((k, c) -> byClass.put("vader " + k, c));
        plainText = String.format("%.3f (plain VADER)", plain.macroF1());
      }
      return new Section(name(), metrics, byClass, adjusted.errors(),
          String.format("polarity: %d gold items, macro-F1 %.3f (adjusted sentiment), %s",
              adjusted.items(), adjusted.macroF1(), plainText));
    }

    /**
     * The gold items scored with one pair of columns: {@code documentColumn} of {@code
     * documents} and {@code sentenceColumn} of {@code sentiment} (the adjusted score or plain
     * VADER).
     */
    private static PolarityScores score(EvaluationInput input, String documentColumn, String sentenceColumn) {
      Map<String, Double> documents = new HashMap<>();
      for (Row r : input.goldRows("documents", documentColumn)) {
        Object s = r.getAs(documentColumn);
        if (s != null) {
          documents.put(r.getAs(EvaluationInput.GOLD_KEY), ((Number) s).doubleValue());
        }
      }
      Map<String, Map<String, Double>> sentences = new HashMap<>();
      for (Row r : input.goldRows("sentiment", "text", sentenceColumn)) {
        sentences.computeIfAbsent(r.getAs(EvaluationInput.GOLD_KEY), k -> new HashMap<>())
            .put(((String) r.getAs("text")).strip(), ((Number) r.getAs(sentenceColumn)).doubleValue());
      }
      return PolarityScores.score(PolarityScores.items(input.gold()), new PolarityScores.Predictions() {
        @Override
        public Double document(String key) {
          return documents.get(key);
        }

        @Override
        public Double sentence(String key, String sentence) {
          return sentences.getOrDefault(key, Map.of()).get(sentence.strip());
        }
      });
    }
  }

  /** Stance per document: (source_country, target_country, stance), FAVOR and AGAINST scored. */
  public static final class Stance implements Scorer {
    private final Path dataDir;

    public Stance(Path dataDir) {
      this.dataDir = dataDir;
    }

    @Override
    public String name() {
      return "stance";
    }

    @Override
    public ScoreSection score(EvaluationInput input) {
      StanceRules rules = StanceRules.fromDataDir(dataDir);
      Map<String, List<StanceVote>> votes = new HashMap<>();
      for (Row r : input.goldRows("relations", "source_actor", "source_country", "source_role", "relation",
          "target_country", "about_country", "evidence")) {
        String key = r.getAs(EvaluationInput.GOLD_KEY);
        votes.computeIfAbsent(key, k -> new ArrayList<>()).addAll(rules.votesOf(key, r.getAs("source_actor"),
            r.getAs("source_country"), r.getAs("source_role"), RelationType.parse(r.getAs("relation")),
            r.getAs("target_country"), r.getAs("about_country"), r.getAs("evidence")));
      }
      // A tweet's hashtags and flags are its author's; a retweet carries no stance of its own.
      AuthorResolver authors = AuthorResolver.load(dataDir);
      for (Row r : input.goldRows("documents", "corpus", "native_id", "author", "author_name", "text", "retweet_of")) {
        if (!Corpus.TWEET.code().equals(r.getAs("corpus")) || r.getAs("retweet_of") != null) {
          continue;
        }
        String key = r.getAs(EvaluationInput.GOLD_KEY);
        Document doc = Document.builder().corpus(Corpus.TWEET).nativeId(r.getAs("native_id"))
            .author(r.getAs("author")).authorName(r.getAs("author_name")).text(r.getAs("text")).inputFile("-").build();
        Actor author = authors.resolve(doc.author(), doc.authorName(), doc.text()).orElse(null);
        if (author != null) {
          votes.computeIfAbsent(key, k -> new ArrayList<>()).addAll(rules.votesOfTweet(key, author.name(),
              author.country(), author.role().name(), doc.text(), null));
        }
      }
      Map<String, Set<StanceKey>> predicted = new HashMap<>();
      votes.forEach((key, v) -> {
        Set<StanceKey> keys = new TreeSet<>();
        for (StanceRow row : StanceAggregator.aggregate(v)) {
          keys.add(new StanceKey(row.sourceCountry(), row.targetCountry(), row.stance().name()));
        }
        predicted.put(key, keys);
      });
      StanceScores scores = StanceScores.score(input.gold(), predicted);
      Map<String, Double> metrics = new LinkedHashMap<>();
      metrics.put("f_average", scores.fAverage());
      Map<String, Counts> byClass = new LinkedHashMap<>();
      byClass.put("FAVOR", scores.favor());
      byClass.put("AGAINST", scores.against());
      return new Section(name(), metrics, byClass, scores.differences(),
          String.format("stance: F-average %.3f (mean of FAVOR and AGAINST F1)", scores.fAverage()));
    }
  }

  /** Frames per document: (source_country, source_role, frame) from {@code relations.frames}. */
  public static final class Frames implements Scorer {
    @Override
    public String name() {
      return "frames";
    }

    @Override
    public ScoreSection score(EvaluationInput input) {
      Map<String, Set<FrameKey>> predicted = new HashMap<>();
      for (Row r : input.goldRows("relations", "source_country", "source_role", "frames")) {
        String key = r.getAs(EvaluationInput.GOLD_KEY);
        Set<FrameKey> keys = predicted.computeIfAbsent(key, k -> new TreeSet<>());
        List<String> frames = r.getList(r.fieldIndex("frames"));
        for (String f : frames) {
          keys.add(new FrameKey(r.getAs("source_country"), r.getAs("source_role"), f));
        }
      }
      FrameScores scores = FrameScores.score(input.gold(), predicted);
      Map<String, Double> metrics = new LinkedHashMap<>();
      metrics.put("micro_f1", scores.micro().f1());
      Map<String, Counts> byClass = new LinkedHashMap<>();
      byClass.put("micro", scores.micro());
      byClass.putAll(scores.byFrame());
      return new Section(name(), metrics, byClass, scores.differences(),
          String.format("frames: micro F1 %.3f", scores.micro().f1()));
    }
  }

  /** A section with headline metrics, counts per class and the differences listed. */
  static final class Section implements ScoreSection {
    private final String name;
    private final Map<String, Double> metrics;
    private final Map<String, Counts> byClass;
    private final List<String> differences;
    private final String headline;

    Section(String name, Map<String, Double> metrics, Map<String, Counts> byClass, List<String> differences,
        String headline) {
      this.name = name;
      this.metrics = metrics;
      this.byClass = byClass;
      this.differences = differences;
      this.headline = headline;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Map<String, Double> metrics() {
      return metrics;
    }

    @Override
    public void print(PrintStream out, boolean details) {
      out.println(headline);
      if (byClass.isEmpty() && metrics.isEmpty()) {
        return; // not scored: the headline says why
      }
      out.printf("  %-22s %5s %5s %5s %7s %7s %7s%n", "class", "tp", "fp", "fn", "P", "R", "F1");
      byClass.forEach((k, c) -> out.printf("  %-22s %5d %5d %5d %7.3f %7.3f %7.3f%n", k, c.truePositives(),
          c.falsePositives(), c.falseNegatives(), c.precision(), c.recall(), c.f1()));
      if (details) {
        out.printf("  differences (%d):%n", differences.size());
        differences.forEach(d -> out.println("    " + d));
      }
    }

    @Override
    public void writeJson(ObjectNode section, boolean details) {
      ObjectNode m = section.putObject("metrics");
      metrics.forEach(m::put);
      ObjectNode classes = section.putObject("by_class");
      byClass.forEach((k, c) -> {
        ObjectNode n = classes.putObject(k);
        n.put("tp", c.truePositives());
        n.put("fp", c.falsePositives());
        n.put("fn", c.falseNegatives());
        n.put("precision", c.precision());
        n.put("recall", c.recall());
        n.put("f1", c.f1());
      });
      if (details) {
        ArrayNode diffs = section.putArray("differences");
        differences.forEach(diffs::add);
      }
    }
  }
}
