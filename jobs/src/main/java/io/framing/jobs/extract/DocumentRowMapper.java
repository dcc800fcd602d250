package io.framing.jobs.extract;

import io.framing.ingest.Corpus;
import io.framing.ingest.Document;
import io.framing.ingest.EmbeddedTweet;
import io.framing.jobs.schema.DocumentsTable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;

/**
 * Rebuilds the core's {@link Document} from a row of the {@code documents} table, so that the
 * extractor sees what ingest saw: text, corpus, author and display name, retweet and quote
 * links, hashtags and embedded tweets. Reads columns by name, so the row may hold more columns
 * than it needs (or be a projection holding {@link #COLUMNS}).
 */
public final class DocumentRowMapper {
  private DocumentRowMapper() {}

  /** The columns of {@code documents} the mapper reads. */
  public static final String[] COLUMNS = {
      "doc_id", "native_id", "corpus", "source", "author", "author_name", "published_at", "lang",
      "title", "text", "url", "input_file", "record_number", "retweet_of", "quote_of", "reply_to",
      "hashtags", "embedded_tweets"};

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

  static Corpus corpus(String code) {
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
    return nested.schema() != null ? nested.fieldIndex(name) : DocumentsTable.EMBEDDED_TWEET.fieldIndex(name);
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
}
