package io.framing.jobs.summarize;

import io.framing.jobs.io.DataBundle;
import io.framing.jobs.schema.SentimentTable;
import io.framing.model.Corpus;
import io.framing.sentiment.LevelSentiment;
import io.framing.sentiment.SentenceSentiment;
import io.framing.sentiment.SentimentAnalyzer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;

/**
 * One pass over a document ({@code doc_id}, {@code corpus}, {@code text}): a row per sentence
 * and one row with the document's score, in {@link SentimentTable#SCORED}. {@code compound} is
 * the project's adjusted score; {@code vader_compound} is plain VADER over the same text (the
 * sentence, or the document's whole text), which users compare with published VADER results, so
 * it is not averaged over sentences nor adjusted for flags.
 */
final class ScoreDocuments implements FlatMapFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final Broadcast<DataBundle> bundle;

  ScoreDocuments(Broadcast<DataBundle> bundle) {
    this.bundle = bundle;
  }

  @Override
  public Iterator<Row> call(Row doc) {
    Summarizers scorers = Summarizers.of(bundle.value());
    LevelSentiment sentiment = scorers.sentiment();
    SentimentAnalyzer plain = scorers.plainVader();
    String docId = doc.getAs("doc_id");
    boolean tweet = Corpus.TWEET.code().equals(doc.getAs("corpus"));
    String text = doc.getAs("text");
    List<Row> out = new ArrayList<>();
    List<SentenceSentiment> sentences = sentiment.sentences(text);
    for (SentenceSentiment s : sentences) {
      out.add(SentimentTable.sentenceRow(docId, s, plain.score(s.text()).compound()));
    }
    out.add(SentimentTable.documentRow(docId, sentiment.document(tweet, text, sentences), plain.score(text).compound()));
    return out.iterator();
  }
}
