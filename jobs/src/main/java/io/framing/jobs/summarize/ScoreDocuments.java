package io.framing.jobs.summarize;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.struct;

import io.framing.jobs.io.DataBundle;
import io.framing.jobs.schema.SentimentTable;
import io.framing.model.Corpus;
import io.framing.relations.RelationType;
import io.framing.sentiment.ActSigns;
import io.framing.sentiment.LevelSentiment;
import io.framing.sentiment.SentenceSentiment;
import io.framing.sentiment.SentimentAnalyzer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * One pass over a document ({@code doc_id}, {@code corpus}, {@code text}, and {@code acts}: its
 * relations' {@code sentence_idx} and {@code relation}, null when it has none): a row per sentence
 * and one row with the document's score, in {@link SentimentTable#SCORED}. {@code compound} is
 * the project's adjusted score, bounded by the sign of the acts each sentence (a tweet: the whole
 * text) carries ({@link ActSigns}); {@code vader_compound} is plain VADER over the same text (the
 * sentence, or the document's whole text), which users compare with published VADER results, so
 * it is not averaged over sentences nor adjusted for flags or acts.
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
    Map<Integer, Set<RelationType>> actsBySentence = new HashMap<>();
    Set<RelationType> allActs = EnumSet.noneOf(RelationType.class);
    List<Row> acts = doc.isNullAt(doc.fieldIndex(ACTS)) ? List.of() : doc.getList(doc.fieldIndex(ACTS));
    for (Row act : acts) {
      RelationType type = RelationType.parse(act.getAs("relation"));
      actsBySentence.computeIfAbsent(act.<Integer>getAs("sentence_idx"), k -> EnumSet.noneOf(RelationType.class)).add(type);
      allActs.add(type);
    }
    List<Row> out = new ArrayList<>();
    List<SentenceSentiment> sentences = new ArrayList<>();
    for (SentenceSentiment s : sentiment.sentences(text)) {
      SentenceSentiment bounded = ActSigns.bound(s, actsBySentence.getOrDefault(s.index(), Set.of()));
      sentences.add(bounded);
      out.add(SentimentTable.sentenceRow(docId, bounded, plain.score(s.text()).compound()));
    }
    out.add(SentimentTable.documentRow(docId, sentiment.document(tweet, text, sentences, allActs),
        plain.score(text).compound()));
    return out.iterator();
  }

  /** The input column of a document's relations: (sentence_idx, relation) structs, null when none. */
  static final String ACTS = "acts";

  /** What this function reads, as {@link #withActs} gives it. */
  static final StructType INPUT = DataTypes.createStructType(new StructField[] {
      DataTypes.createStructField("doc_id", DataTypes.StringType, false),
      DataTypes.createStructField("corpus", DataTypes.StringType, false),
      DataTypes.createStructField("text", DataTypes.StringType, false),
      DataTypes.createStructField(ACTS, DataTypes.createArrayType(DataTypes.createStructType(new StructField[] {
          DataTypes.createStructField("sentence_idx", DataTypes.IntegerType, false),
          DataTypes.createStructField("relation", DataTypes.StringType, false)}), false), true)});

  /** Each document with its relations' sentence and type beside it, the input this function reads. */
  static Dataset<Row> withActs(Dataset<Row> documents, Dataset<Row> relations) {
    Dataset<Row> acts = relations.groupBy(col("doc_id").as("acts_doc_id"))
        .agg(collect_list(struct(col("sentence_idx"), col("relation"))).as(ACTS));
    return documents.select("doc_id", "corpus", "text")
        .join(acts, col("doc_id").equalTo(col("acts_doc_id")), "left")
        .select(col("doc_id"), col("corpus"), col("text"), col(ACTS));
  }
}
