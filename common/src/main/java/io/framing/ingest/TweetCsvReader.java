package io.framing.ingest;

import io.framing.model.Corpus;
import io.framing.model.DocIds;
import io.framing.model.Document;
import java.util.Map;

/**
 * Tweets as CSV: at least {@code id, created_at, screen_name} (or {@code author}) and
 * {@code text}; {@code name}, {@code lang}, {@code retweet_of}, {@code quote_of} and
 * {@code reply_to} (native ids) are used when present.
 */
final class TweetCsvReader extends CsvReaderBase {
  @Override
  Document toDocument(Map<String, String> row, String inputFile, long record, long line)
      throws RecordException {
    String id = column(row, "id", "id_str", "tweet_id");
    if (id == null) {
      throw new RecordException(RejectReason.MISSING_FIELD, "'id' is missing or empty");
    }
    String text = JsonFields.requiredText(column(row, "text", "full_text"), "text");
    String handle = column(row, "screen_name", "author", "username", "user");
    Document.Builder b = new TweetFields(id.trim(), text, handle == null ? null : stripAt(handle.trim()),
        column(row, "name", "user_name", "author_name"), column(row, "created_at"), column(row, "lang"))
        .builder(inputFile, record, line);
    String retweetOf = column(row, "retweet_of", "retweeted_id", "retweeted_status_id");
    if (retweetOf != null) {
      b.retweetOf(DocIds.of(Corpus.TWEET, retweetOf.trim()));
    }
    String quoteOf = column(row, "quote_of", "quoted_id", "quoted_status_id");
    if (quoteOf != null) {
      b.quoteOf(DocIds.of(Corpus.TWEET, quoteOf.trim()));
    }
    String replyTo = column(row, "reply_to", "in_reply_to_status_id");
    if (replyTo != null) {
      b.replyTo(DocIds.of(Corpus.TWEET, replyTo.trim()));
    }
    return b.build();
  }

  private static String stripAt(String handle) {
    return handle.startsWith("@") ? handle.substring(1) : handle;
  }
}
