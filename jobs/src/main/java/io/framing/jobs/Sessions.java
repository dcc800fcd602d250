package io.framing.jobs;

import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Creates the Spark session for a command. Under {@code spark-submit} the master and resources
 * come from the submitter; run directly (the {@code jobs/bin/framing} launcher, tests) it is an
 * embedded {@code local[*]} Spark on the loopback interface.
 */
public final class Sessions {
  private Sessions() {}

  public static SparkSession create(String appName) {
    SparkConf conf = new SparkConf();
    SparkSession.Builder builder = SparkSession.builder().appName(appName);
    if (!conf.contains("spark.master")) {
      builder.master("local[*]")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.ui.enabled", "false");
    }
    return boundStatusStore(configure(builder), conf).getOrCreate();
  }

  /**
   * How much of finished work the driver's status store keeps (Spark's defaults, made for a
   * long-lived interactive UI: 1,000 jobs, 1,000 stages, 100,000 tasks per stage, 1,000 SQL
   * executions with their plans and metrics). A batch run reads none of it back, and in local mode
   * the driver's heap is the executors' too, so the product keeps only recent entries; the
   * history server, which replays the event log, is unaffected. A value the submitter gave
   * ({@code --conf}) wins.
   */
  static final Map<String, String> STATUS_STORE_LIMITS = Map.of(
      "spark.ui.retainedJobs", "100",
      "spark.ui.retainedStages", "100",
      "spark.ui.retainedTasks", "1000",
      "spark.ui.retainedDeadExecutors", "10",
      "spark.ui.dagGraph.retainedRootRDDs", "100",
      "spark.sql.ui.retainedExecutions", "20");

  /** {@link #statusStoreLimits} set on {@code builder}. */
  public static SparkSession.Builder boundStatusStore(SparkSession.Builder builder, SparkConf submitted) {
    statusStoreLimits(submitted).forEach(builder::config);
    return builder;
  }

  /** The {@link #STATUS_STORE_LIMITS} that {@code submitted} does not set, in key order. */
  static Map<String, String> statusStoreLimits(SparkConf submitted) {
    Map<String, String> limits = new TreeMap<>(STATUS_STORE_LIMITS);
    limits.keySet().removeIf(submitted::contains);
    return limits;
  }

  /** Settings every session of the product needs, whatever the master. */
  public static SparkSession.Builder configure(SparkSession.Builder builder) {
    return builder
        // Days and timestamps are UTC everywhere, whatever the machine's zone.
        .config("spark.sql.session.timeZone", "UTC")
        // Standard Parquet timestamps, which every reader (DuckDB, pandas) understands.
        .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
        .config("spark.sql.shuffle.partitions", "8")
        // Cached datasets are written to disk as a stream of column batches (up to 4 MB each)
        // through the Java serializer, whose stream keeps every object it wrote until a reset,
        // by default every 100 objects: 100 batches a task, which overran a 512 MB executor
        // on the 2 GB scale test. Resetting after each batch keeps one batch in memory.
        .config("spark.serializer.objectStreamReset", "1")
        .config("spark.sql.adaptive.enabled", "true");
  }
}
