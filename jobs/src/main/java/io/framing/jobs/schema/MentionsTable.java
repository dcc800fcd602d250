package io.framing.jobs.schema;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The {@code mentions} table: one row per actor mention, partitioned by {@code day}. */
public final class MentionsTable {
  private MentionsTable() {}

  public static final String NAME = "mentions";

  public static final StructType SCHEMA = createStructType(new StructField[] {
      createStructField("doc_id", StringType, false),
      createStructField("day", DateType, true),
      createStructField("sentence_idx", IntegerType, false),
      createStructField("char_start", IntegerType, false),
      createStructField("char_end", IntegerType, false),
      createStructField("surface", StringType, false),
      createStructField("actor", StringType, false),
      createStructField("country", StringType, false),
      createStructField("role", StringType, false),
      createStructField("kind", StringType, false),
      createStructField("speaker", StringType, true)});
}
