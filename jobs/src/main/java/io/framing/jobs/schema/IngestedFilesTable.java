package io.framing.jobs.schema;

import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import io.framing.ingest.InputFileStamp;
import java.sql.Timestamp;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code ingested_files} table: one row per input file whose records the output holds, with
 * the stamp ({@link InputFileStamp}) it had when it was read, so that the next run parses only
 * files it has not seen. Not partitioned: one row per file, replaced whole by each run.
 */
public final class IngestedFilesTable {
  private IngestedFilesTable() {}

  public static final String NAME = "ingested_files";

  public static final StructType SCHEMA = createStructType(new StructField[] {
      createStructField("input_file", StringType, false),
      createStructField("size_bytes", LongType, false),
      createStructField("modified_at", TimestampType, false),
      createStructField("run_id", StringType, true),
      createStructField("ingested_at", TimestampType, false)});

  public static Row row(InputFileStamp stamp, String runId, Timestamp ingestedAt) {
    return RowFactory.create(stamp.path(), stamp.size(), new Timestamp(stamp.modifiedMillis()), runId, ingestedAt);
  }

  public static InputFileStamp stamp(Row row) {
    return new InputFileStamp(row.getString(0), row.getLong(1), row.getTimestamp(2).getTime());
  }
}
