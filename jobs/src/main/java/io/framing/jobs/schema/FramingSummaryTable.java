package io.framing.jobs.schema;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code framing_summary} table: one row per (day, source party and role, target, relation,
 * frame). A relation with several frames counts once under each; one with none is counted under
 * a null {@code frame}, so that every relation is in the table. A null target is a null {@code
 * target_country}.
 */
public final class FramingSummaryTable {
  private FramingSummaryTable() {}

  public static final String NAME = "framing_summary";

  public static final StructType SCHEMA = createStructType(new StructField[] {
      createStructField("day", DateType, true),
      createStructField("source_country", StringType, false),
      createStructField("source_role", StringType, false),
      createStructField("target_country", StringType, true),
      createStructField("relation", StringType, false),
      createStructField("frame", StringType, true),
      createStructField("n_relations", LongType, false),
      createStructField("n_documents", LongType, false),
      createStructField("mean_sentiment", DoubleType, true)});
}
