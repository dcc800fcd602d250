package io.framing.jobs.evaluate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.framing.evaluation.GoldDocument;
import io.framing.jobs.ExitCode;
import io.framing.jobs.FramingException;
import io.framing.jobs.PipelineOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code framing evaluate --gold FILE --output DIR}: scores the tables of the run in DIR
 * against a gold file with each of its {@link Scorer}s, prints the scores, and writes
 * {@code DIR/_evaluation/<gold set>.json} (the gold set is the gold file's folder name, e.g.
 * {@code dev}). Thresholds ({@code --min-relation-f1}) that a score misses make the command
 * exit with {@link ExitCode#BELOW_THRESHOLD}.
 */
public final class EvaluateCommand {
  private static final Logger LOG = LoggerFactory.getLogger(EvaluateCommand.class);
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public static final String REPORT_DIR = "_evaluation";

  private final List<Scorer> scorers;

  /** The scorers of the product, in report order; {@code dataDir} holds the stance cues. */
  public static List<Scorer> defaultScorers(java.nio.file.Path dataDir) {
    return List.of(new RelationScorer(), new SummaryScorers.Polarity(), new SummaryScorers.Stance(dataDir),
        new SummaryScorers.Frames());
  }

  public EvaluateCommand(List<Scorer> scorers) {
    this.scorers = List.copyOf(scorers);
  }

  /** What an evaluation found. */
  public static final class Outcome {
    private final ObjectNode report;
    private final String reportPath;
    private final List<ScoreSection> sections;
    private final List<String> failed;

    Outcome(ObjectNode report, String reportPath, List<ScoreSection> sections, List<String> failed) {
      this.report = report;
      this.reportPath = reportPath;
      this.sections = sections;
      this.failed = failed;
    }

    public ObjectNode report() {
      return report;
    }

    public String reportPath() {
      return reportPath;
    }

    public List<ScoreSection> sections() {
      return sections;
    }

    /** The thresholds missed, as "metric value < minimum"; empty when all pass. */
    public List<String> failedThresholds() {
      return failed;
    }

    public ExitCode exitCode() {
      return failed.isEmpty() ? ExitCode.OK : ExitCode.BELOW_THRESHOLD;
    }
  }

  public Outcome run(SparkSession spark, PipelineOptions options, PrintStream out) {
    Path goldFile = Path.of(options.gold()).toAbsolutePath().normalize();
    String set = goldSetName(goldFile);
    List<GoldDocument> gold = readGold(goldFile);
    LOG.info("evaluate: {} gold documents from {} (set {})", gold.size(), goldFile, set);
    EvaluationInput input = new EvaluationInput(spark, options.output(), gold);

    ObjectNode report = JSON.createObjectNode();
    report.put("gold_set", set);
    report.put("gold_file", goldFile.toString());
    report.put("output", options.output());
    report.put("evaluated_at", Instant.now().toString());
    ObjectNode docs = report.putObject("documents");
    docs.put("gold", gold.size());
    docs.put("found", input.docIdByKey().size());
    docs.put("summary_only", options.summaryOnly());
    if (!options.summaryOnly()) {
      ArrayNode missing = docs.putArray("missing");
      input.missingDocuments().forEach(missing::add);
    }

    out.println();
    out.printf("framing evaluate: gold set '%s' (%s) against %s%n", set, goldFile, options.output());
    out.printf("  %d gold documents, %d found in documents%n", gold.size(), input.docIdByKey().size());
    boolean details = !options.summaryOnly();
    if (details) {
      for (String m : input.missingDocuments()) {
        out.println("  MISSING from documents: " + m);
      }
    } else {
      out.println("  summary only: scores and per-type tables, no documents named");
    }

    List<ScoreSection> sections = new ArrayList<>();
    ObjectNode scores = report.putObject("scores");
    for (Scorer scorer : scorers) {
      if (!scorer.requiredTables().stream().allMatch(input::hasTable)) {
        out.printf("%n%s: skipped, the run has no %s table%n", scorer.name(), scorer.requiredTables());
        continue;
      }
      ScoreSection section = scorer.score(input);
      sections.add(section);
      ObjectNode node = scores.putObject(section.name());
      ObjectNode metrics = node.putObject("metrics");
      section.metrics().forEach(metrics::put);
      section.writeJson(node, details);
      out.println();
      section.print(out, details);
    }

    List<String> failed = new ArrayList<>();
    ArrayNode thresholds = report.putArray("thresholds");
    for (Threshold t : options.thresholds()) {
      Double value = metric(sections, t.metric());
      if (value == null) {
        ScoreSection section = sectionOf(sections, t.metric());
        throw new FramingException(ExitCode.BAD_ARGUMENTS, section == null
            ? "No scorer gives the metric " + t.metric()
            : "No metric " + t.metric() + " for this gold set: " + section.name() + " gives "
                + (section.metrics().isEmpty() ? "nothing here (nothing in the set to score)" : section.metrics().keySet()));
      }
      boolean passed = t.passes(value);
      ObjectNode node = thresholds.addObject();
      node.put("metric", t.metric());
      node.put("minimum", t.minimum());
      node.put("value", value);
      node.put("passed", passed);
      if (!passed) {
        failed.add(String.format("%s %.3f < %.3f", t.metric(), value, t.minimum()));
      }
    }
    report.put("passed", failed.isEmpty());

    String path = write(spark, options.output(), set, report);
    out.println();
    out.println("Report: " + path);
    for (String f : failed) {
      out.println("BELOW THRESHOLD: " + f);
    }
    return new Outcome(report, path, sections, failed);
  }

  /** The gold set's name: the gold file's folder ({@code ../gold/dev/gold.jsonl} is {@code dev}). */
  static String goldSetName(Path goldFile) {
    Path parent = goldFile.toAbsolutePath().normalize().getParent();
    return parent == null || parent.getFileName() == null ? "gold" : parent.getFileName().toString();
  }

  private static List<GoldDocument> readGold(Path goldFile) {
    if (!Files.isRegularFile(goldFile)) {
      throw new FramingException(ExitCode.UNREADABLE_INPUT, "The gold file " + goldFile + " does not exist.");
    }
    try {
      return GoldDocument.readAll(goldFile);
    } catch (UncheckedIOException e) {
      throw new FramingException(ExitCode.UNREADABLE_INPUT, e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new FramingException(ExitCode.BAD_ARGUMENTS, e.getMessage(), e);
    }
  }

  private static ScoreSection sectionOf(List<ScoreSection> sections, String name) {
    for (ScoreSection s : sections) {
      if (name.startsWith(s.name() + ".")) {
        return s;
      }
    }
    return null;
  }

  private static Double metric(List<ScoreSection> sections, String name) {
    ScoreSection s = sectionOf(sections, name);
    return s == null ? null : s.metrics().get(name.substring(s.name().length() + 1));
  }

  private static String write(SparkSession spark, String outputDir, String set, ObjectNode report) {
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(new org.apache.hadoop.fs.Path(outputDir, REPORT_DIR), set + ".json");
    try {
      FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      try (OutputStream os = fs.create(path, true)) {
        os.write(JSON.writeValueAsString(report).getBytes(StandardCharsets.UTF_8));
      }
      return path.toString();
    } catch (IOException e) {
      throw new FramingException(ExitCode.STAGE_FAILED, "Cannot write the evaluation report " + path + ": " + e.getMessage(), e);
    }
  }
}
