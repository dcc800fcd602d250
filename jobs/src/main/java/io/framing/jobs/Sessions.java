package io.framing.jobs;

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
    return configure(builder).getOrCreate();
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
