package io.framing.jobs.report;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of the pipeline stage that runs, in the log: a Spark listener adds up the finished
 * tasks' metrics (rows read from Parquet and from shuffles, rows written) and a timer logs a
 * line every few seconds with the counts and their rates:
 *
 * <pre>progress: extract 20 s: 14 tasks done (1 failed), 2,310 rows read (115/s), 870 rows written (43/s)</pre>
 *
 * Counts are of finished task attempts, so a retried task counts twice; the rows written are
 * the staged tables' rows, which the run report states exactly.
 */
public final class ProgressLog extends SparkListener implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ProgressLog.class);

  private final SparkSession spark;
  private final ScheduledExecutorService timer;
  private final AtomicLong tasks = new AtomicLong();
  private final AtomicLong failedTasks = new AtomicLong();
  private final AtomicLong rowsRead = new AtomicLong();
  private final AtomicLong rowsWritten = new AtomicLong();
  private volatile String stage;
  private volatile long stageStart;

  private ProgressLog(SparkSession spark, int seconds) {
    this.spark = spark;
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "framing-progress");
      t.setDaemon(true);
      return t;
    });
    timer.scheduleAtFixedRate(this::logProgress, seconds, seconds, TimeUnit.SECONDS);
  }

  /** Listens to {@code spark}'s tasks and logs every {@code seconds} seconds until closed. */
  public static ProgressLog start(SparkSession spark, int seconds) {
    ProgressLog log = new ProgressLog(spark, seconds);
    spark.sparkContext().addSparkListener(log);
    return log;
  }

  /** A pipeline stage begins: the counts start again from zero. */
  public void stage(String name) {
    tasks.set(0);
    failedTasks.set(0);
    rowsRead.set(0);
    rowsWritten.set(0);
    stageStart = System.nanoTime();
    stage = name;
    spark.sparkContext().setJobDescription("framing " + name);
  }

  /** The stage's counts and rates so far, as the progress line says them. */
  public String summary() {
    double seconds = Math.max(1e-3, (System.nanoTime() - stageStart) / 1e9);
    long failed = failedTasks.get();
    return String.format("%,d tasks done%s, %,d rows read (%,.0f/s), %,d rows written (%,.0f/s)",
        tasks.get(), failed == 0 ? "" : " (" + failed + " failed)", rowsRead.get(), rowsRead.get() / seconds,
        rowsWritten.get(), rowsWritten.get() / seconds);
  }

  /** Rows read and written by the current stage so far. */
  public long rowsRead() {
    return rowsRead.get();
  }

  public long rowsWritten() {
    return rowsWritten.get();
  }

  private void logProgress() {
    String current = stage;
    if (current != null) {
      LOG.info("progress: {} {} s: {}", current, Math.round((System.nanoTime() - stageStart) / 1e9), summary());
    }
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd end) {
    tasks.incrementAndGet();
    if (end.taskInfo() != null && end.taskInfo().failed()) {
      failedTasks.incrementAndGet();
    }
    TaskMetrics m = end.taskMetrics();
    if (m == null) {
      return;
    }
    rowsRead.addAndGet(m.inputMetrics().recordsRead() + m.shuffleReadMetrics().recordsRead());
    rowsWritten.addAndGet(m.outputMetrics().recordsWritten());
  }

  @Override
  public void close() {
    stage = null;
    timer.shutdownNow();
    spark.sparkContext().removeSparkListener(this);
  }
}
