package io.framing.jobs;

import io.framing.jobs.ingest.FileCounts;
import io.framing.jobs.ingest.IngestJob;
import io.framing.jobs.ingest.LanguageFiller;
import io.framing.jobs.report.RunReport;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point: {@code framing COMMAND [OPTIONS]}, the same under {@code spark-submit}
 * with any master and through the local launcher {@code jobs/bin/framing}.
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
    switch (options.command()) {
      case EXTRACT:
      case SUMMARIZE:
      case EVALUATE:
        err.println("framing: the " + options.command().word() + " stage is not built yet.");
        return ExitCode.NOT_BUILT.code();
      default:
        break;
    }
    SparkSession spark = Sessions.create("framing " + options.command().word());
    try {
      return runStages(spark, options, out);
    } catch (FramingException e) {
      err.println("framing: " + e.getMessage());
      return e.exitCode().code();
    } catch (Exception e) {
      // Spark rethrows task failures as checked SparkExceptions from Scala code.
      LOG.error("framing: stage failed", e);
      err.println("framing: stage failed: " + e);
      return ExitCode.STAGE_FAILED.code();
    } finally {
      spark.stop();
    }
  }

  static int runStages(SparkSession spark, PipelineOptions options, PrintStream out) throws FramingException {
    RunReport report = new RunReport(options.command().word(), configuration(options));
    long start = System.currentTimeMillis();
    LOG.info("stage ingest: reading {}", options.inputs());
    IngestJob.Result ingest = new IngestJob(spark, new LanguageFiller()).run(options, report);
    report.stage("ingest", System.currentTimeMillis() - start, "done");
    if (options.command() == PipelineOptions.Command.RUN) {
      report.stage("extract", 0, "not built yet");
      report.stage("summarize", 0, "not built yet");
    }
    try {
      report.write(options.output(), spark.sparkContext().hadoopConfiguration());
    } catch (java.io.IOException e) {
      throw new FramingException(ExitCode.STAGE_FAILED, "Cannot write the run report: " + e.getMessage(), e);
    }
    printSummary(out, options, ingest);
    return ExitCode.OK.code();
  }

  private static Map<String, String> configuration(PipelineOptions options) {
    Map<String, String> config = new LinkedHashMap<>();
    config.put("inputs", String.join(",", options.inputs()));
    config.put("output", options.output());
    config.put("format", options.format() == null ? "detect" : options.format().flag());
    config.put("max_record_bytes", String.valueOf(options.maxRecordBytes()));
    return config;
  }

  private static void printSummary(PrintStream out, PipelineOptions options, IngestJob.Result ingest) {
    long read = ingest.files.stream().mapToLong(FileCounts::read).sum();
    long folded = ingest.files.stream().mapToLong(FileCounts::folded).sum();
    out.println();
    out.println("framing " + options.command().word() + ": done");
    out.printf("  input files        %d%n", ingest.files.size());
    out.printf("  records read       %d%n", read);
    out.printf("  documents          %d (incl. originals carried by retweets and quotes)%n", ingest.documents);
    out.printf("  rejects            %d %s%n", ingest.rejects, ingest.rejectsByReason.isEmpty() ? "" : ingest.rejectsByReason);
    out.printf("  folded duplicates  %d%n", folded);
    if (options.command() == PipelineOptions.Command.RUN) {
      out.println("  extract, summarize: not built yet");
    }
    out.println("Tables under " + options.output() + ":");
    out.println("  " + options.output() + "/documents   (Parquet, partitioned by day)");
    out.println("  " + options.output() + "/rejects     (Parquet)");
    out.println("  " + options.output() + "/" + RunReport.FILE_NAME);
  }
}
