package io.framing.bench;

import io.framing.jobs.PipelineOptions;
import io.framing.jobs.Sessions;
import io.framing.jobs.extract.ExtractStage;
import io.framing.jobs.ingest.IngestStage;
import io.framing.jobs.report.RunReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Properties;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The benchmark driver ({@code jobs/bin/benchmark}): on a corpus written by {@link
 * CorpusGenerator}, runs the real ingest stage (untimed for the rate), then times the real
 * extract stage alone, then times a plain pass that reads the same input with Spark's own
 * readers (JSON Lines with {@code spark.read().json}, the CSV articles with {@code
 * spark.read().csv}) and writes it as Parquet. Both rates divide the same sentence count (the
 * generator's, which the sentence splitter agrees with) by the seconds and by the cores of the
 * master. The last two lines of the output are the two rates, as {@code key=value}.
 *
 * <pre>BenchmarkMain --corpus DIR --work DIR [--data-dir data]</pre>
 * The master comes from {@code -Dspark.master} (the script passes {@code local[2]}).
 */
public final class BenchmarkMain {
  static final double TARGET_PER_CORE = 2000;
  static final double TARGET_FRACTION_OF_PLAIN = 1.0 / 20;

  private BenchmarkMain() {}

  public static void main(String[] args) throws IOException {
    LinkedHashMap<String, String> opts = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    Path corpus = Path.of(opts.get("corpus")).toAbsolutePath();
    Path work = Path.of(opts.get("work")).toAbsolutePath();
    String dataDir = opts.getOrDefault("data-dir", "data");
    Properties written = new Properties();
    try (InputStream in = Files.newInputStream(corpus.resolve("_corpus.properties"))) {
      written.load(in);
    }
    long sentences = Long.parseLong(written.getProperty("sentences"));
    long documents = Long.parseLong(written.getProperty("documents"));
    String run = work.resolve("run").toString();

    SparkSession spark = Sessions.create("framing benchmark");
    int cores = spark.sparkContext().defaultParallelism();
    System.out.printf("benchmark: master %s (%d cores), driver heap max %d MB, corpus %s: %d sentences, %d documents, "
            + "%.1f MB%n", spark.sparkContext().master(), cores, Runtime.getRuntime().maxMemory() >> 20, corpus,
        sentences, documents, Long.parseLong(written.getProperty("bytes")) / 1e6);
    int code = 0;
    try (PhaseMonitor monitor = new PhaseMonitor(spark.sparkContext())) {
      RunReport report = new RunReport("benchmark", new LinkedHashMap<>());
      monitor.begin();
      String ingested = new IngestStage().run(spark,
          PipelineOptions.parse(new String[] {"ingest", "--input", corpus.toString(), "--output", run,
              "--data-dir", dataDir}), report);
      PhaseMonitor.Phase ingest = monitor.end("ingest");
      System.out.println("ingest: " + ingested);

      monitor.begin();
      String extracted = new ExtractStage().run(spark,
          PipelineOptions.parse(new String[] {"extract", "--output", run, "--data-dir", dataDir}), report);
      PhaseMonitor.Phase extract = monitor.end("extract");
      System.out.println("extract: " + extracted);

      monitor.begin();
      String plainOut = work.resolve("plain").toString();
      spark.read().json(files(corpus, ".jsonl")).write().mode(SaveMode.Overwrite).parquet(plainOut + "/json");
      String[] csvFiles = files(corpus, ".csv");
      boolean csv = csvFiles.length > 0;
      if (csv) {
        spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"")
            .csv(csvFiles).write().mode(SaveMode.Overwrite).parquet(plainOut + "/csv");
      }
      PhaseMonitor.Phase plain = monitor.end("plain");
      long plainRows = spark.read().parquet(plainOut + "/json").count()
          + (csv ? spark.read().parquet(plainOut + "/csv").count() : 0);
      System.out.printf("plain: spark.read().json(*.jsonl)%s.write().parquet(...): %d rows%n",
          csv ? " and spark.read().csv(*.csv, multiLine)" : "", plainRows);
      if (plainRows != documents) {
        System.out.printf("WARNING: the plain pass wrote %d rows, the generator wrote %d documents%n", plainRows,
            documents);
      }

      double extractRate = sentences / extract.seconds() / cores;
      double plainRate = sentences / plain.seconds() / cores;
      System.out.println();
      System.out.println("phase      wall time   heap: sampled every " + PhaseMonitor.PERIOD_MS
          + " ms in the driver JVM (local mode: driver = executor)");
      System.out.println("  " + ingest.describe());
      System.out.println("  " + extract.describe());
      System.out.println("  " + plain.describe());
      System.out.printf("sentences: %d (the generator's count, used for both rates), cores: %d%n", sentences, cores);
      System.out.printf("extract: %.0f sentences/s per core (%.1f s); plain: %.0f sentences/s per core (%.1f s); "
          + "extract is 1/%.1f of plain%n", extractRate, extract.seconds(), plainRate, plain.seconds(),
          plainRate / extractRate);
      System.out.printf("target extract >= %.0f sentences/s per core: %s%n", TARGET_PER_CORE,
          extractRate >= TARGET_PER_CORE ? "met" : "MISSED");
      System.out.printf("target extract >= 1/20 of plain (%.0f): %s%n", plainRate * TARGET_FRACTION_OF_PLAIN,
          extractRate >= plainRate * TARGET_FRACTION_OF_PLAIN ? "met" : "MISSED");
      System.out.printf("extract_sentences_per_s_per_core=%d%n", Math.round(extractRate));
      System.out.printf("plain_sentences_per_s_per_core=%d%n", Math.round(plainRate));
    } catch (RuntimeException e) {
      System.err.println("benchmark: failed: " + e);
      e.printStackTrace();
      code = 1;
    } finally {
      spark.stop();
    }
    System.exit(code);
  }

  private static String[] files(Path dir, String suffix) throws IOException {
    try (var files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(suffix)).map(Path::toString).sorted()
          .toArray(String[]::new);
    }
  }

}
