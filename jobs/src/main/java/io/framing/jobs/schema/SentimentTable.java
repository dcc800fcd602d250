package io.framing.jobs.schema;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import io.framing.sentiment.SentenceSentiment;
import io.framing.sentiment.SentimentScores;
import org.apache.spark.sql.Row;
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

  /**
   * What one pass of the sentiment scorer gives per document: the table's columns plus {@code
   * level}, {@link #SENTENCE} for a row of the table and {@link #DOCUMENT} for the document's own
   * score (sentence_idx -1, no text, zero shares), which goes to {@code documents} instead.
   */
  public static final StructType SCORED = scored();

  public static final String SENTENCE = "S";
  public static final String DOCUMENT = "D";

  /** A {@link #SCORED} row of one sentence: adjusted scores and plain VADER's compound. */
  public static Row sentenceRow(String docId, SentenceSentiment sentence, double vaderCompound) {
    SentimentScores scores = sentence.scores();
    return new RowBuilder(SCORED).set("level", SENTENCE).set("doc_id", docId).set("sentence_idx", sentence.index())
        .set("text", sentence.text()).set("compound", scores.compound()).set("positive", scores.positive())
        .set("negative", scores.negative()).set("neutral", scores.neutral()).set("vader_compound", vaderCompound)
        .build();
  }

  /** A {@link #SCORED} row of a whole document: its adjusted and its plain VADER compound. */
  public static Row documentRow(String docId, double compound, double vaderCompound) {
    return new RowBuilder(SCORED).set("level", DOCUMENT).set("doc_id", docId).set("sentence_idx", -1)
        .set("compound", compound).set("positive", 0.0).set("negative", 0.0).set("neutral", 0.0)
        .set("vader_compound", vaderCompound).build();
  }

  /** {@code level}, then the table's columns, {@code text} nullable (a document row has none). */
  private static StructType scored() {
    StructType scored = new StructType().add("level", StringType, false);
    for (StructField f : SCHEMA.fields()) {
      scored = scored.add(f.name().equals("text") ? f.copy(f.name(), f.dataType(), true, f.metadata()) : f);
    }
    return scored;
  }
}
