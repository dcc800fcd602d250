package io.framing.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.framing.model.Corpus;
import io.framing.model.DocIds;
import io.framing.model.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Twitter API v1.1 tweet objects, one a line. A retweet becomes a document of the retweeter
 * marked {@code retweet_of}, and the original it embeds becomes a carried document of its own
 * author; a quote tweet likewise carries the quoted tweet.
 */
final class TweetV1Reader extends JsonLinesReader {

  @Override
  void mapLine(JsonNode line, Cursor cursor, Consumer<RecordOutcome> out) {
    long record = cursor.nextRecordNumber();
    try {
      List<Document> carried = new ArrayList<>();
      Document own = toDocument(line, cursor, record, false, carried);
      out.accept(RecordOutcome.accepted(own, carried));
    } catch (RecordException e) {
      out.accept(RecordOutcome.rejected(cursor.reject(record, e, cursor.rawLine)));
    }
  }

  private static Document toDocument(
      JsonNode tweet, Cursor cursor, long record, boolean isCarried, List<Document> carried)
      throws RecordException {
    String id = JsonFields.text(tweet, "id_str");
    if (id == null) {
      // The numeric id loses precision above 2^53 in many JSON writers; use it only as a fallback.
      id = JsonFields.text(tweet, "id");
    }
    if (id == null) {
      throw new RecordException(RejectReason.MISSING_FIELD, "'id_str' is missing or empty");
    }
    String text = firstNonNull(
        JsonFields.text(tweet, "extended_tweet.full_text"),
        JsonFields.text(tweet, "full_text"),
        JsonFields.text(tweet, "text"));
    text = JsonFields.requiredText(text, "full_text");
    Document.Builder b = new TweetFields(id, text, JsonFields.text(tweet, "user.screen_name"),
        JsonFields.text(tweet, "user.name"), JsonFields.text(tweet, "created_at"), JsonFields.text(tweet, "lang"))
        .builder(cursor.inputFile, record, cursor.lineNumber)
        .carried(isCarried);
    String replyTo = JsonFields.text(tweet, "in_reply_to_status_id_str");
    if (replyTo != null) {
      b.replyTo(DocIds.of(Corpus.TWEET, replyTo));
    }
    JsonNode retweeted = tweet.get("retweeted_status");
    if (retweeted != null && retweeted.isObject()) {
      Document original = toDocument(retweeted, cursor, record, true, carried);
      carried.add(0, original);
      b.retweetOf(original.docId());
    }
    JsonNode quoted = tweet.get("quoted_status");
    if (quoted != null && quoted.isObject()) {
      Document q = toDocument(quoted, cursor, record, true, carried);
      carried.add(q);
      b.quoteOf(q.docId());
    } else {
      String quotedId = JsonFields.text(tweet, "quoted_status_id_str");
      if (quotedId != null) {
        b.quoteOf(DocIds.of(Corpus.TWEET, quotedId));
      }
    }
    return b.build();
  }

  private static String firstNonNull(String... values) {
    for (String v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
