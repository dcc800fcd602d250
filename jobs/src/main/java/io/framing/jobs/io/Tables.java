package io.framing.jobs.io;

import static org.apache.spark.sql.functions.col;

import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * Writes the output tables as Parquet, one directory per table under the output root, with a
 * deterministic layout: the same rows land in the same files in the same order on every run.
 */
public final class Tables {
  private Tables() {}

  public static String path(String outputRoot, String table) {
    return new Path(outputRoot, table).toString();
  }

  /** A table partitioned by {@code day}: one task per day, rows sorted by {@code doc_id}. */
  public static void writeByDay(Dataset<Row> rows, String outputRoot, String table) {
    rows.repartition(col("day"))
        .sortWithinPartitions(col("day"), col("doc_id"))
        .write()
        .mode(SaveMode.Overwrite)
        .partitionBy("day")
        .parquet(path(outputRoot, table));
  }

  /** An unpartitioned table, written in the order of {@code rows}. */
  public static void write(Dataset<Row> rows, String outputRoot, String table) {
    rows.write().mode(SaveMode.Overwrite).parquet(path(outputRoot, table));
  }
}
