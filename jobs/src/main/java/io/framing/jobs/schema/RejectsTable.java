package io.framing.jobs.schema;

import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import org.apache.spark.sql.types.StructType;

/** The {@code rejects} table: one row per record that could not be read. */
public final class RejectsTable {
  private RejectsTable() {}

  public static final String NAME = "rejects";

  public static final StructType SCHEMA = createStructType(new org.apache.spark.sql.types.StructField[] {
      createStructField("input_file", StringType, false),
      createStructField("record_number", LongType, false),
      createStructField("line_number", LongType, false),
      createStructField("stage", StringType, false),
      createStructField("reason", StringType, false),
      createStructField("reason_code", StringType, false),
      createStructField("raw", StringType, false)});
}
