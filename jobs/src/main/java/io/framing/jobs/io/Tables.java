package io.framing.jobs.io;

import static org.apache.spark.sql.functions.col;

import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
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

  /**
   * A table partitioned by {@code day}: one task per day, rows sorted by {@code doc_id}, then by
   * {@code thenBy} (for tables with several rows per document).
   */
  public static void writeByDay(Dataset<Row> rows, String outputRoot, String table, String... thenBy) {
    Column[] order = new Column[2 + thenBy.length];
    order[0] = col("day");
    order[1] = col("doc_id");
    for (int i = 0; i < thenBy.length; i++) {
      order[2 + i] = col(thenBy[i]);
    }
    rows.repartition(col("day"))
        .sortWithinPartitions(order)
        .write()
        .mode(SaveMode.Overwrite)
        .partitionBy("day")
        .parquet(path(outputRoot, table));
  }

  /** Whether the table exists under the output root (a previous stage wrote it). */
  public static boolean exists(String outputRoot, String table, org.apache.hadoop.conf.Configuration conf) {
    Path path = new Path(outputRoot, table);
    try {
      return path.getFileSystem(conf).exists(path);
    } catch (java.io.IOException e) {
      return false;
    }
  }

  /** An unpartitioned table, written in the order of {@code rows}. */
  public static void write(Dataset<Row> rows, String outputRoot, String table) {
    rows.write().mode(SaveMode.Overwrite).parquet(path(outputRoot, table));
  }
}
