package io.framing.jobs.schema;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code sentiment} table: one row per sentence of every document. {@code compound} and the
 * shares are the project's adjusted VADER (conflict supplement); {@code vader_compound} is plain
 * VADER with the authors' lexicons, for comparison with published VADER results.
 */
public final class SentimentTable {
  private SentimentTable() {}

  public static final String NAME = "sentiment";

  public static final StructType SCHEMA = createStructType(new StructField[] {
      createStructField("doc_id", StringType, false),
      createStructField("sentence_idx", IntegerType, false),
      createStructField("text", StringType, false),
      createStructField("compound", DoubleType, false),
      createStructField("positive", DoubleType, false),
      createStructField("negative", DoubleType, false),
      createStructField("neutral", DoubleType, false),
      createStructField("vader_compound", DoubleType, false)});
}
