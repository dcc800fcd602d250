package io.framing.jobs.schema;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code stance} table: one row per (source actor, target country) over the whole corpus,
 * and the vote counts behind it ({@code n_favor}, {@code n_against}, {@code n_none}: extra
 * columns).
 */
public final class StanceTable {
  private StanceTable() {}

  public static final String NAME = "stance";

  public static final StructType SCHEMA = createStructType(new StructField[] {
      createStructField("source_actor", StringType, false),
      createStructField("source_country", StringType, false),
      createStructField("source_role", StringType, false),
      createStructField("target_country", StringType, false),
      createStructField("stance", StringType, false),
      createStructField("score", DoubleType, false),
      createStructField("n_relations", LongType, false),
      createStructField("n_documents", LongType, false),
      createStructField("n_favor", LongType, false),
      createStructField("n_against", LongType, false),
      createStructField("n_none", LongType, false)});

  /** The intermediate vote rows (one per piece of evidence), before aggregation. */
  public static final StructType VOTES = createStructType(new StructField[] {
      createStructField("doc_id", StringType, false),
      createStructField("source_actor", StringType, false),
      createStructField("source_country", StringType, false),
      createStructField("source_role", StringType, false),
      createStructField("target_country", StringType, false),
      createStructField("vote", StringType, false),
      createStructField("origin", StringType, false)});
}
