package io.framing.jobs.io;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Writes the output tables as Parquet, one directory per table under the output root, with a
 * deterministic layout: the same rows land in the same files in the same order on every run.
 *
 * <p>During a command the stages' output root is the run's staging directory
 * ({@code OUTPUT/_staging/<run-id>}, see {@link Publisher}): every table a stage writes lands
 * there and is published only when the whole command succeeded. {@link #path} of a table that
 * the run has not written (yet) resolves to the published table, so a stage run on its own
 * ({@code extract}) reads the tables of the last published run.
 */
public final class Tables {
  /** The file beside a partitioned table's partitions naming its partition column. */
  public static final String PARTITIONED_BY = "_partitioned_by";

  private Tables() {}

  /** Where to read {@code table}: the run's own (staged) table if it wrote one, else the published one. */
  public static String path(String outputRoot, String table) {
    Path staged = new Path(outputRoot, table);
    Path published = Publisher.publishedRootOf(new Path(outputRoot));
    if (published != null && !existsAt(staged, hadoopConf())) {
      return new Path(published, table).toString();
    }
    return staged.toString();
  }

  /**
   * A table partitioned by {@code day}: one task per day, rows sorted by {@code doc_id}, then by
   * {@code thenBy} (for tables with several rows per document).
   */
  public static void writeByDay(Dataset<Row> rows, String outputRoot, String table, String... thenBy) {
    String[] order = new String[1 + thenBy.length];
    order[0] = "doc_id";
    System.arraycopy(thenBy, 0, order, 1, thenBy.length);
    writePartitioned(rows, outputRoot, table, "day", order);
  }

  /**
   * A table partitioned by {@code column}: one task per partition value, rows sorted by
   * {@code sortBy}. A run replaces only the partitions in its scope when it is published.
   */
  public static void writePartitioned(Dataset<Row> rows, String outputRoot, String table, String column,
      String... sortBy) {
    Column[] order = new Column[1 + sortBy.length];
    order[0] = col(column);
    for (int i = 0; i < sortBy.length; i++) {
      order[1 + i] = col(sortBy[i]);
    }
    Path dir = new Path(outputRoot, table);
    rows.repartition(col(column))
        .sortWithinPartitions(order)
        .write()
        .mode(SaveMode.Overwrite)
        .partitionBy(column)
        .parquet(dir.toString());
    Configuration conf = rows.sparkSession().sparkContext().hadoopConfiguration();
    try {
      FileSystem fs = dir.getFileSystem(conf);
      try (OutputStream out = fs.create(new Path(dir, PARTITIONED_BY), true)) {
        out.write(column.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("Cannot mark " + dir + " as partitioned by " + column, e);
    }
  }

  /** Whether the table exists under the output root (this run wrote it, or a published run did). */
  public static boolean exists(String outputRoot, String table, Configuration conf) {
    return existsAt(new Path(path(outputRoot, table)), conf);
  }

  /**
   * Replaces {@code outputRoot/table} by {@code fromRoot/table} (a delete and a rename on one file
   * system), for a stage that rewrites a table it reads: Spark cannot overwrite the path it reads,
   * so the new table is written under {@code fromRoot} first. Both roots are inside the run's own
   * staging directory, so nothing published is touched.
   */
  public static void replace(String outputRoot, String table, String fromRoot, Configuration conf) throws IOException {
    Path fresh = new Path(fromRoot, table);
    Path old = new Path(outputRoot, table);
    FileSystem fs = old.getFileSystem(conf);
    if (fs.exists(old) && !fs.delete(old, true)) {
      throw new IOException("cannot delete " + old);
    }
    if (!fs.rename(fresh, old)) {
      throw new IOException("cannot rename " + fresh + " to " + old);
    }
  }

  /** An unpartitioned table, written in the order of {@code rows}; a run replaces it whole. */
  public static void write(Dataset<Row> rows, String outputRoot, String table) {
    rows.write().mode(SaveMode.Overwrite).parquet(new Path(outputRoot, table).toString());
  }

  /**
   * Rows whose {@code day} is in the window [{@code since}, {@code until}] (either may be null:
   * no bound); with neither bound, every row, a null day included.
   */
  public static Column dayInWindow(java.time.LocalDate since, java.time.LocalDate until) {
    if (since == null && until == null) {
      return org.apache.spark.sql.functions.lit(true);
    }
    Column c = col("day").isNotNull();
    if (since != null) {
      c = c.and(col("day").geq(org.apache.spark.sql.functions.lit(java.sql.Date.valueOf(since))));
    }
    if (until != null) {
      c = c.and(col("day").leq(org.apache.spark.sql.functions.lit(java.sql.Date.valueOf(until))));
    }
    return c;
  }

  private static boolean existsAt(Path path, Configuration conf) {
    try {
      return path.getFileSystem(conf).exists(path);
    } catch (IOException e) {
      return false;
    }
  }

  private static Configuration hadoopConf() {
    return SparkSession.getActiveSession().isDefined()
        ? SparkSession.getActiveSession().get().sparkContext().hadoopConfiguration()
        : SparkSession.getDefaultSession().isDefined()
            ? SparkSession.getDefaultSession().get().sparkContext().hadoopConfiguration()
            : new Configuration();
  }
}
