package io.framing.jobs.schema;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import io.framing.ingest.Document;
import io.framing.ingest.EmbeddedTweet;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The {@code documents} table: its typed schema and the mapping from {@link Document}. */
public final class DocumentsTable {
  private DocumentsTable() {}

  public static final String NAME = "documents";

  public static final StructType EMBEDDED_TWEET =
      createStructType(new StructField[] {
          createStructField("handle", StringType, false),
          createStructField("name", StringType, true),
          createStructField("date", DateType, true),
          createStructField("text_start", IntegerType, false),
          createStructField("text_end", IntegerType, false)});

  /** The columns of a document as ingest parses it, before corpus-wide steps add theirs. */
  public static final StructField[] PARSED_FIELDS = {
      createStructField("doc_id", StringType, false),
      createStructField("native_id", StringType, false),
      createStructField("corpus", StringType, false),
      createStructField("source", StringType, true),
      createStructField("author", StringType, true),
      createStructField("author_name", StringType, true),
      createStructField("published_at", TimestampType, true),
      createStructField("day", DateType, true),
      createStructField("lang", StringType, true),
      createStructField("lang_detected", BooleanType, false),
      createStructField("title", StringType, true),
      createStructField("text", StringType, false),
      createStructField("url", StringType, true),
      createStructField("input_file", StringType, false),
      createStructField("record_number", LongType, false),
      createStructField("retweet_of", StringType, true),
      createStructField("quote_of", StringType, true),
      createStructField("reply_to", StringType, true),
      createStructField("hashtags", createArrayType(StringType, false), false),
      createStructField("embedded_tweets", createArrayType(EMBEDDED_TWEET, false), false)};

  /**
   * The published table: parsed columns, then {@code duplicate_of}, {@code sentiment} (the
   * project's adjusted score) and {@code vader_compound} (plain VADER over the whole text, the
   * authors' lexicons only, comparable with published VADER results); both filled by summarize.
   */
  public static final StructType SCHEMA = withExtra(PARSED_FIELDS,
      createStructField("duplicate_of", StringType, true),
      createStructField("sentiment", DoubleType, true),
      createStructField("vader_compound", DoubleType, true));

  /** The parsed columns' values for {@code doc}, in {@link #PARSED_FIELDS} order. */
  public static Object[] parsedValues(Document doc, String lang, boolean langDetected) {
    List<Row> embedded = new ArrayList<>();
    for (EmbeddedTweet t : doc.embeddedTweets()) {
      embedded.add(RowFactory.create(t.handle(), t.name(),
          t.date() == null ? null : Date.valueOf(t.date()), t.textStart(), t.textEnd()));
    }
    return new Object[] {
        doc.docId(), doc.nativeId(), doc.corpus().code(), doc.source(), doc.author(),
        doc.authorName(),
        doc.publishedAt() == null ? null : Timestamp.from(doc.publishedAt()),
        doc.day() == null ? null : Date.valueOf(doc.day()),
        lang, langDetected, doc.title(), doc.text(), doc.url(), doc.inputFile(),
        doc.recordNumber(), doc.retweetOf(), doc.quoteOf(), doc.replyTo(),
        seq(doc.hashtags()), seq(embedded)};
  }

  /** Spark's row encoder takes arrays as Scala sequences. */
  public static <T> scala.collection.immutable.Seq<T> seq(List<T> values) {
    return scala.jdk.javaapi.CollectionConverters.asScala(values).toList();
  }

  static StructType withExtra(StructField[] base, StructField... extra) {
    StructField[] all = new StructField[base.length + extra.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    return createStructType(all);
  }
}
