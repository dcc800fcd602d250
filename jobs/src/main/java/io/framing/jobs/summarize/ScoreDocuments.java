package io.framing.jobs.summarize;

import io.framing.jobs.io.DataBundle;
import org.apache.spark.broadcast.Broadcast;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import io.framing.sentiment.LevelSentiment;
import io.framing.sentiment.SentenceSentiment;
import io.framing.sentiment.SentimentAnalyzer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * One pass over a document ({@code doc_id}, {@code corpus}, {@code text}): a row per sentence
 * ({@code level} S) and one row with the document's score ({@code level} D, sentence_idx -1).
 * {@code compound} is the project's adjusted score; {@code vader_compound} is plain VADER over
 * the same text (the sentence, or the document's whole text), which users compare with
 * published VADER results, so it is not averaged over sentences nor adjusted for flags.
 */
final class ScoreDocuments implements FlatMapFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  static final StructType SCHEMA = createStructType(new StructField[] {
      createStructField("level", StringType, false),
      createStructField("doc_id", StringType, false),
      createStructField("sentence_idx", IntegerType, false),
      createStructField("text", StringType, true),
      createStructField("compound", DoubleType, false),
      createStructField("positive", DoubleType, false),
      createStructField("negative", DoubleType, false),
      createStructField("neutral", DoubleType, false),
      createStructField("vader_compound", DoubleType, false)});

  private final Broadcast<DataBundle> bundle;

  ScoreDocuments(Broadcast<DataBundle> bundle) {
    this.bundle = bundle;
  }

  @Override
  public Iterator<Row> call(Row doc) {
    Summarizers scorers = Summarizers.of(bundle.value());
    LevelSentiment sentiment = scorers.sentiment();
    SentimentAnalyzer plain = scorers.plainVader();
    String docId = doc.getString(0);
    boolean tweet = "tweet".equals(doc.getString(1));
    String text = doc.getString(2);
    List<Row> out = new ArrayList<>();
    List<SentenceSentiment> sentences = sentiment.sentences(text);
    for (SentenceSentiment s : sentences) {
      out.add(RowFactory.create("S", docId, s.index(), s.text(), s.scores().compound(), s.scores().positive(),
          s.scores().negative(), s.scores().neutral(), plain.score(s.text()).compound()));
    }
    out.add(RowFactory.create("D", docId, -1, null, sentiment.document(tweet, text, sentences), 0.0, 0.0, 0.0,
        plain.score(text).compound()));
    return out.iterator();
  }
}
