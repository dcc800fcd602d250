package io.framing.jobs.schema;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The {@code relations} table: one row per (document, source actor, relation, target actor). */
public final class RelationsTable {
  private RelationsTable() {}

  public static final String NAME = "relations";

  public static final StructType SCHEMA = createStructType(new StructField[] {
      createStructField("relation_id", StringType, false),
      createStructField("doc_id", StringType, false),
      createStructField("corpus", StringType, false),
      createStructField("day", DateType, true),
      createStructField("sentence_idx", IntegerType, false),
      createStructField("char_start", IntegerType, false),
      createStructField("char_end", IntegerType, false),
      createStructField("evidence", StringType, false),
      createStructField("source_actor", StringType, false),
      createStructField("source_country", StringType, false),
      createStructField("source_role", StringType, false),
      createStructField("relation", StringType, false),
      createStructField("cameo", StringType, false),
      createStructField("target_actor", StringType, true),
      createStructField("target_country", StringType, true),
      createStructField("target_role", StringType, true),
      createStructField("about_country", StringType, true),
      createStructField("quote", StringType, true),
      createStructField("sentiment", DoubleType, true),
      createStructField("frames", createArrayType(StringType, false), false),
      createStructField("confidence", DoubleType, false),
      createStructField("rule", StringType, false)});
}
