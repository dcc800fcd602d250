package io.framing.bench;

import io.framing.jobs.FramingMain;
import io.framing.jobs.PipelineOptions;
import io.framing.jobs.Sessions;
import io.framing.jobs.Stage;
import io.framing.jobs.report.RunReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * The scale test's driver ({@code jobs/bin/scale-test}): runs every stage of the pipeline
 * ({@link FramingMain#pipeline()}, the same list {@code run} runs) on one Spark session, in
 * order, and prints each stage's wall time and the driver JVM's heap: its live heap after a full
 * collection forced at the stage's end, and its peak during the stage (stages are sequential, so
 * the samples of a stage are that stage's). With {@code -Dframing.scale.histograms=DIR} each
 * stage's class histogram at its end is written there. Exits 1 when a stage fails and 3
 * when an {@link OutOfMemoryError} is seen anywhere in the failure; Spark itself ends the JVM
 * with 52 when a task thread runs out of memory.
 *
 * <pre>ScaleTestMain run --input DIR --output DIR [--data-dir data]</pre>
 */
public final class ScaleTestMain {
  /** System property: a folder for each stage's class histogram at its end (none when unset). */
  static final String HISTOGRAM_DIR_PROPERTY = "framing.scale.histograms";

  private ScaleTestMain() {}

  public static void main(String[] args) {
    PipelineOptions options = PipelineOptions.parse(args);
    SparkSession spark = Sessions.create("framing scale test");
    System.out.printf("scale-test: master %s, driver heap max %d MB, spark.driver.memory=%s, spark.executor.memory=%s%n",
        spark.sparkContext().master(), Runtime.getRuntime().maxMemory() >> 20,
        spark.conf().get("spark.driver.memory", "(unset)"), spark.conf().get("spark.executor.memory", "(unset)"));
    List<PhaseMonitor.Phase> phases = new ArrayList<>();
    int code = 0;
    String histograms = System.getProperty(HISTOGRAM_DIR_PROPERTY, "");
    try (PhaseMonitor monitor = new PhaseMonitor(spark.sparkContext(), histograms.isEmpty() ? null : Path.of(histograms))) {
      RunReport report = new RunReport("run", new LinkedHashMap<>());
      for (Stage stage : FramingMain.pipeline()) {
        monitor.begin();
        String summary;
        try {
          summary = stage.run(spark, options, report);
        } catch (Throwable e) {
          PhaseMonitor.Phase failed = monitor.end(stage.name());
          phases.add(failed);
          boolean oom = causedByOom(e);
          System.out.println("scale-test: stage " + stage.name() + " FAILED" + (oom ? " (OutOfMemoryError)" : "")
              + " after " + String.format("%.1f s", failed.seconds()) + ": " + e);
          e.printStackTrace();
          code = oom ? 3 : 1;
          break;
        }
        PhaseMonitor.Phase done = monitor.end(stage.name());
        phases.add(done);
        report.stage(stage.name(), Math.round(done.seconds() * 1000), "done");
        System.out.println("scale-test: " + stage.name() + ": " + summary);
        System.out.println("scale-test:   " + done.describe());
      }
      if (code == 0) {
        report.write(options.output(), spark.sparkContext().hadoopConfiguration());
      }
    } catch (Throwable e) {
      System.out.println("scale-test: FAILED: " + e);
      e.printStackTrace();
      code = causedByOom(e) ? 3 : 1;
    } finally {
      System.out.println();
      System.out.println("stage         wall time   heap of the driver JVM (local mode: driver = executor): live after a"
          + " forced full GC at the stage's end; peak sampled every " + PhaseMonitor.PERIOD_MS + " ms"
          + (histograms.isEmpty() ? "" : "; class histograms in " + histograms));
      for (PhaseMonitor.Phase p : phases) {
        System.out.println("  " + p.describe());
      }
      spark.stop();
    }
    System.exit(code);
  }

  static boolean causedByOom(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError || String.valueOf(t.getMessage()).contains("OutOfMemoryError")) {
        return true;
      }
    }
    return false;
  }
}
