package io.framing.jobs;

import io.framing.jobs.evaluate.EvaluateCommand;
import io.framing.jobs.extract.ExtractStage;
import io.framing.jobs.ingest.IngestStage;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.framing.jobs.io.OutputGuard;
import io.framing.jobs.io.OutputLock;
import io.framing.jobs.io.Publisher;
import io.framing.jobs.report.ProgressLog;
import io.framing.jobs.report.RunReport;
import io.framing.jobs.summarize.SummarizeStage;
import java.time.LocalDate;
import org.apache.hadoop.conf.Configuration;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point: {@code framing COMMAND [OPTIONS]}, the same under {@code spark-submit}
 * with any master and through the local launcher {@code jobs/bin/framing}. A command is a list
 * of stages run in order on one Spark session; {@code run} is all of them.
 */
public final class FramingMain {
  private static final Logger LOG = LoggerFactory.getLogger(FramingMain.class);

  private FramingMain() {}

  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * The stages of the pipeline, in order. Public for drivers
   * that run every stage with their own instrumentation ({@code io.framing.bench.ScaleTestMain} in jobs/bench).
   */
  public static List<Stage> pipeline() {
    List<Stage> stages = new ArrayList<>();
    stages.add(new IngestStage());
    stages.add(new ExtractStage());
    stages.add(new SummarizeStage());
    return stages;
  }

  /** The stages a command runs: every stage for {@code run}, else the one of that name. */
  static List<Stage> stagesOf(PipelineOptions.Command command) {
    List<Stage> all = pipeline();
    if (command == PipelineOptions.Command.RUN) {
      return all;
    }
    List<Stage> one = new ArrayList<>();
    for (Stage s : all) {
      if (s.name().equals(command.word())) {
        one.add(s);
      }
    }
    return one;
  }

  /** Runs a command and returns its exit code; never calls {@code System.exit}. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    PipelineOptions options;
    try {
      options = PipelineOptions.parse(args);
    } catch (FramingException e) {
      err.println("framing: " + e.getMessage());
      return e.exitCode().code();
    }
    if (options.help()) {
      out.print(PipelineOptions.usage());
      return ExitCode.OK.code();
    }
    if (options.command() != PipelineOptions.Command.EVALUATE) {
      try {
        checkChain(options);
      } catch (FramingException e) {
        err.println("framing: " + e.getMessage());
        return e.exitCode().code();
      }
    }
    SparkSession spark = Sessions.create("framing " + options.command().word());
    try {
      if (options.command() == PipelineOptions.Command.EVALUATE) {
        return evaluate(spark, options, out, err);
      }
      return runStages(spark, options, out);
    } catch (FramingException e) {
      err.println("framing: " + e.getMessage());
      return e.exitCode().code();
    } catch (Exception e) {
      // Spark rethrows task failures as checked SparkExceptions from Scala code.
      LOG.error("framing: stage failed", e);
      err.println("framing: " + FailureMessages.describe(e));
      return ExitCode.STAGE_FAILED.code();
    } finally {
      spark.stop();
    }
  }

  /**
   * Checks, before a Spark session starts, that every table the command's stages read is
   * written by an earlier stage or published under {@code --output} (exit 2 otherwise).
   */
  static void checkChain(PipelineOptions options) {
    Configuration hadoop = new Configuration();
    StageChain.check(stagesOf(options.command()), pipeline(), options.output(),
        table -> io.framing.jobs.io.Tables.exists(options.output(), table, hadoop));
  }

  /** Runs {@code evaluate} on {@code spark}; the exit code says whether the thresholds were met. */
  static int evaluate(SparkSession spark, PipelineOptions options, PrintStream out, PrintStream err) {
    EvaluateCommand.Outcome outcome = new EvaluateCommand(EvaluateCommand.defaultScorers(java.nio.file.Path.of(options.dataDir()))).run(spark, options, out);
    for (String failed : outcome.failedThresholds()) {
      err.println("framing: evaluation below threshold: " + failed);
    }
    return outcome.exitCode().code();
  }

  /**
   * Runs the command's stages on {@code spark} into a staging directory of the run, then
   * publishes their tables and the run report atomically ({@link Publisher}) and prints a
   * summary. First completes or clears what a killed run left.
   */
  static int runStages(SparkSession spark, PipelineOptions options, PrintStream out) {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    // Before anything is moved, deleted or written: the output must be ours and not an input.
    OutputGuard.check(options.output(), options.inputs(), hadoop);
    String runId = Publisher.newRunId();
    try (OutputLock lock = lock(options.output(), runId, hadoop)) {
      return runStagesLocked(spark, options, runId, out);
    }
  }

  /** Takes the output's lock (exit 2 when another run holds it). */
  private static OutputLock lock(String output, String runId, Configuration hadoop) {
    org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(output);
    try {
      return OutputLock.acquire(root.getFileSystem(hadoop), root, runId);
    } catch (IOException e) {
      throw new FramingException(ExitCode.STAGE_FAILED, "Cannot lock --output " + output + ": " + e.getMessage(), e);
    }
  }

  /** {@link #runStages} once the run holds the output's lock, so recovery cannot touch a live run. */
  private static int runStagesLocked(SparkSession spark, PipelineOptions options, String runId, PrintStream out) {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    Publisher publisher = new Publisher(options.output(), hadoop);
    try {
      for (String line : publisher.recover()) {
        LOG.info("recovery: {}", line);
      }
    } catch (IOException e) {
      throw new FramingException(ExitCode.STAGE_FAILED, "Cannot recover " + options.output()
          + " from an interrupted run: " + e.getMessage(), e);
    }
    PipelineOptions staged = options.withOutput(publisher.stagingDir(runId));
    RunReport report = new RunReport(options.command().word(), configuration(options));
    report.json().put("run_id", runId);
    report.json().put("window", options.windowLabel());
    LOG.info("run {}: {} over the window {}; tables are staged in {} until every stage is done", runId,
        options.command().word(), options.windowLabel(), staged.output());
    List<String> summaries = new ArrayList<>();
    try (ProgressLog progress = ProgressLog.start(spark, options.progressSeconds())) {
      for (Stage stage : stagesOf(options.command())) {
        long start = System.currentTimeMillis();
        LOG.info("stage {}: starting", stage.name());
        progress.stage(stage.name());
        String summary = stage.run(spark, staged, report);
        long millis = System.currentTimeMillis() - start;
        report.stage(stage.name(), millis, "done");
        LOG.info("stage {}: done in {} s: {}; {}", stage.name(), millis / 1000.0, summary, progress.summary());
        summaries.add(String.format("  %-10s %s (%.1f s)", stage.name(), summary, millis / 1000.0));
        if (report.daysWritten().map(java.util.Set::isEmpty).orElse(false)) {
          // An incremental ingest found no new documents: the published tables of later stages stand.
          LOG.info("run {}: no new documents; the later stages are skipped", runId);
          summaries.add("  (no new documents: the later stages were skipped, their tables stay as published)");
          break;
        }
      }
    }
    List<String> published;
    try {
      report.write(staged.output(), hadoop);
      ObjectNode current = report.json().objectNode();
      current.put("run_id", runId);
      current.put("command", options.command().word());
      current.put("window", options.windowLabel());
      current.put("published_at", java.time.Instant.now().toString());
      current.set("tables", report.json().get("tables").deepCopy());
      published = publisher.publish(runId, scope(options, report), List.of(RunReport.FILE_NAME), current);
    } catch (IOException e) {
      throw new FramingException(ExitCode.STAGE_FAILED, "Cannot publish run " + runId + ": " + e.getMessage(), e);
    }
    out.println();
    out.println("framing " + options.command().word() + ": done (run " + runId + ", window " + options.windowLabel() + ")");
    summaries.forEach(out::println);
    out.println("Tables under " + options.output() + ":");
    for (String table : published) {
      out.println("  " + options.output() + "/" + table);
    }
    out.println("  " + options.output() + "/" + RunReport.FILE_NAME);
    return ExitCode.OK.code();
  }

  /**
   * The partitions a run replaces: the days an incremental ingest wrote, else the window's days;
   * without a window every day, the null day included. Unpartitioned tables are replaced whole.
   */
  static Publisher.Scope scope(PipelineOptions options, RunReport report) {
    // An incremental ingest names the days it wrote (a subset of the window): only those are replaced.
    return report.daysWritten().map(days -> new Publisher.Scope(Map.of("day", days::contains)))
        .orElseGet(() -> scope(options));
  }

  /** The window's scope (see {@link #scope(PipelineOptions, RunReport)}). */
  static Publisher.Scope scope(PipelineOptions options) {
    return new Publisher.Scope(Map.of("day",
        value -> options.inWindow(Publisher.NULL_PARTITION.equals(value) ? null : LocalDate.parse(value))));
  }

  private static Map<String, String> configuration(PipelineOptions options) {
    Map<String, String> config = new LinkedHashMap<>();
    config.put("inputs", String.join(",", options.inputs()));
    config.put("output", options.output());
    config.put("format", options.format() == null ? "detect" : options.format().flag());
    config.put("max_record_bytes", String.valueOf(options.maxRecordBytes()));
    config.put("data_dir", options.dataDir());
    config.put("since", options.since() == null ? "" : options.since().toString());
    config.put("until", options.until() == null ? "" : options.until().toString());
    config.put("reingest", String.valueOf(options.reingest()));
    return config;
  }
}
