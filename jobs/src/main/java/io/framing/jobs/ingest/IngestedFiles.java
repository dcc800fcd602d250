package io.framing.jobs.ingest;

import io.framing.ingest.InputFileStamp;
import io.framing.jobs.ExitCode;
import io.framing.jobs.FramingException;
import io.framing.jobs.io.Tables;
import io.framing.jobs.schema.IngestedFilesTable;
import java.io.IOException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The {@code ingested_files} table of an output: the stamps of the input files it holds, read
 * on the driver (one row per file, never per record) and rewritten by each ingest.
 */
final class IngestedFiles {
  private final SparkSession spark;
  private final String output;

  IngestedFiles(SparkSession spark, String output) {
    this.spark = spark;
    this.output = output;
  }

  /** Whether the output has published an {@code ingested_files} table (runs before it did not). */
  boolean published() {
    return Tables.exists(output, IngestedFilesTable.NAME, spark.sparkContext().hadoopConfiguration());
  }

  /** The recorded stamps; empty when nothing is published. */
  List<InputFileStamp> recorded() {
    List<InputFileStamp> stamps = new ArrayList<>();
    if (published()) {
      for (Row r : read().collectAsList()) {
        stamps.add(IngestedFilesTable.stamp(r));
      }
    }
    return stamps;
  }

  /**
   * Writes the table: the recorded rows of files this run did not parse (their records stay
   * published), then a row for each file of {@code recordNow}.
   */
  long write(Collection<String> parsed, List<InputFileStamp> recordNow, String runId) {
    Timestamp now = Timestamp.from(java.time.Instant.now());
    List<Row> rows = new ArrayList<>();
    for (InputFileStamp stamp : recordNow) {
      rows.add(IngestedFilesTable.row(stamp, runId, now));
    }
    Dataset<Row> fresh = spark.createDataFrame(rows, IngestedFilesTable.SCHEMA);
    Dataset<Row> kept = published()
        ? read().join(spark.createDataset(new ArrayList<>(parsed), Encoders.STRING()).toDF("input_file"),
            "input_file", "left_anti").select(columns())
        : spark.createDataFrame(List.of(), IngestedFilesTable.SCHEMA);
    Dataset<Row> all = kept.unionByName(fresh).orderBy("input_file").persist();
    try {
      Tables.write(all, output, IngestedFilesTable.NAME);
      return all.count();
    } finally {
      all.unpersist();
    }
  }

  private Dataset<Row> read() {
    return spark.read().schema(IngestedFilesTable.SCHEMA).parquet(Tables.path(output, IngestedFilesTable.NAME));
  }

  private static org.apache.spark.sql.Column[] columns() {
    return java.util.Arrays.stream(IngestedFilesTable.SCHEMA.fieldNames()).map(org.apache.spark.sql.functions::col)
        .toArray(org.apache.spark.sql.Column[]::new);
  }

  /** The stamp of each listed file, from its file system's status (one call per file, on the driver). */
  static List<InputFileStamp> stamp(List<String> files, Configuration conf) {
    List<InputFileStamp> stamps = new ArrayList<>();
    for (String file : files) {
      try {
        Path path = InputListing.toPath(file);
        FileSystem fs = path.getFileSystem(conf);
        if (fs instanceof org.apache.hadoop.fs.LocalFileSystem) {
          // As ParseInputFiles: the checksummed local file system fails on a colon in the name.
          fs = ((org.apache.hadoop.fs.LocalFileSystem) fs).getRaw();
        }
        FileStatus status = fs.getFileStatus(path);
        stamps.add(new InputFileStamp(file, status.getLen(), status.getModificationTime()));
      } catch (IOException e) {
        throw new FramingException(ExitCode.UNREADABLE_INPUT, "Cannot read the size and time of input " + file
            + ": " + e.getMessage(), e);
      }
    }
    return stamps;
  }
}
