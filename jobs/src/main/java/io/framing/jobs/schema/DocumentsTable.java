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

import io.framing.model.Corpus;
import io.framing.model.Document;
import io.framing.model.EmbeddedTweet;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code documents} table: its typed schema and its codec, both directions ({@link
 * Document} to row for ingest, row to {@link Document} for extract), by column name.
 */
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

  /**
   * Sets the parsed columns of {@code doc} ({@link #PARSED_FIELDS}) by name, in a row of this
   * table or of one that extends it ({@code ParsedRecords}).
   */
  public static RowBuilder setParsed(RowBuilder row, Document doc, String lang, boolean langDetected) {
    List<Row> embedded = new ArrayList<>();
    for (EmbeddedTweet t : doc.embeddedTweets()) {
      embedded.add(new RowBuilder(EMBEDDED_TWEET)
          .set("handle", t.handle())
          .set("name", t.name())
          .set("date", t.date() == null ? null : Date.valueOf(t.date()))
          .set("text_start", t.textStart())
          .set("text_end", t.textEnd())
          .build());
    }
    return row
        .set("doc_id", doc.docId())
        .set("native_id", doc.nativeId())
        .set("corpus", doc.corpus().code())
        .set("source", doc.source())
        .set("author", doc.author())
        .set("author_name", doc.authorName())
        .set("published_at", doc.publishedAt() == null ? null : Timestamp.from(doc.publishedAt()))
        .set("day", doc.day() == null ? null : Date.valueOf(doc.day()))
        .set("lang", lang)
        .set("lang_detected", langDetected)
        .set("title", doc.title())
        .set("text", doc.text())
        .set("url", doc.url())
        .set("input_file", doc.inputFile())
        .set("record_number", doc.recordNumber())
        .set("retweet_of", doc.retweetOf())
        .set("quote_of", doc.quoteOf())
        .set("reply_to", doc.replyTo())
        .set("hashtags", seq(doc.hashtags()))
        .set("embedded_tweets", seq(embedded));
  }

  /** A {@link #SCHEMA} row of {@code doc} as ingest writes it: not a duplicate, not yet scored. */
  public static Row row(Document doc, String lang, boolean langDetected) {
    return setParsed(new RowBuilder(SCHEMA), doc, lang, langDetected).build();
  }

  /** The columns of {@code documents} {@link #toDocument} reads. */
  public static final String[] COLUMNS = {
      "doc_id", "native_id", "corpus", "source", "author", "author_name", "published_at", "lang",
      "title", "text", "url", "input_file", "record_number", "retweet_of", "quote_of", "reply_to",
      "hashtags", "embedded_tweets"};

  /**
   * Rebuilds the core's {@link Document} from a {@code documents} row, so that the extractor sees
   * what ingest saw: text, corpus, author and display name, retweet and quote links, hashtags and
   * embedded tweets. Reads columns by name, so the row may hold more columns than it needs (or be
   * a projection holding {@link #COLUMNS}).
   */
  public static Document toDocument(Row row) {
    Document doc = Document.builder()
        .nativeId(row.getAs("native_id"))
        .corpus(corpus(row.getAs("corpus")))
        .source(row.getAs("source"))
        .author(row.getAs("author"))
        .authorName(row.getAs("author_name"))
        .publishedAt(instant(row.getAs("published_at")))
        .lang(row.getAs("lang"))
        .title(row.getAs("title"))
        .text(row.getAs("text"))
        .url(row.getAs("url"))
        .inputFile(row.getAs("input_file"))
        .recordNumber(longOrZero(row.getAs("record_number")))
        .retweetOf(row.getAs("retweet_of"))
        .quoteOf(row.getAs("quote_of"))
        .replyTo(row.getAs("reply_to"))
        .hashtags(strings(row, "hashtags"))
        .embeddedTweets(embedded(row))
        .build();
    String docId = row.getAs("doc_id");
    if (!doc.docId().equals(docId)) {
      throw new IllegalStateException("documents row " + docId + " rebuilds as " + doc.docId()
          + ": the table was written with another id scheme; re-run ingest");
    }
    return doc;
  }

  private static Corpus corpus(String code) {
    for (Corpus c : Corpus.values()) {
      if (c.code().equals(code == null ? null : code.toLowerCase(Locale.ROOT))) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown corpus '" + code + "'");
  }

  private static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof java.sql.Timestamp) {
      return ((java.sql.Timestamp) value).toInstant();
    }
    if (value instanceof Instant) {
      return (Instant) value; // spark.sql.datetime.java8API.enabled
    }
    throw new IllegalArgumentException("published_at is a " + value.getClass().getName());
  }

  /** A nested row read from Parquet has a schema; one built by hand follows the table's. */
  private static int field(Row nested, String name) {
    return nested.schema() != null ? nested.fieldIndex(name) : EMBEDDED_TWEET.fieldIndex(name);
  }

  private static LocalDate date(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof java.sql.Date) {
      return ((java.sql.Date) value).toLocalDate();
    }
    if (value instanceof LocalDate) {
      return (LocalDate) value;
    }
    throw new IllegalArgumentException("an embedded tweet's date is a " + value.getClass().getName());
  }

  private static long longOrZero(Object value) {
    return value == null ? 0L : ((Number) value).longValue();
  }

  private static List<String> strings(Row row, String column) {
    int i = row.fieldIndex(column);
    if (row.isNullAt(i)) {
      return List.of();
    }
    List<String> values = row.getList(i);
    List<String> out = new ArrayList<>(values.size());
    for (String v : values) {
      if (v != null) {
        out.add(v);
      }
    }
    return out;
  }

  private static List<EmbeddedTweet> embedded(Row row) {
    int i = row.fieldIndex("embedded_tweets");
    if (row.isNullAt(i)) {
      return List.of();
    }
    List<Row> tweets = row.getList(i);
    List<EmbeddedTweet> out = new ArrayList<>(tweets.size());
    for (Row t : tweets) {
      out.add(new EmbeddedTweet(t.getString(field(t, "handle")), t.getString(field(t, "name")),
          date(t.get(field(t, "date"))), t.getInt(field(t, "text_start")), t.getInt(field(t, "text_end"))));
    }
    return out;
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
