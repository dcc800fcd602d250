package io.framing.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.framing.model.Corpus;
import io.framing.model.DocIds;
import io.framing.model.Document;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Twitter API v2 response pages, one a line: {@code {"data": [...], "includes": {"users":
 * [...], "tweets": [...]}}}. Each tweet in {@code data} is a record; authors are joined from
 * {@code includes.users}; referenced tweets found in {@code includes.tweets} are carried.
 */
final class TweetV2Reader extends JsonLinesReader {

  /** A page holds the tweets of its {@code data} (none when {@code data} is missing). */
  @Override
  long recordsIn(JsonNode page) {
    JsonNode data = page.get("data");
    if (data == null || data.isNull()) {
      return 0;
    }
    return data.isArray() ? data.size() : 1;
  }

  @Override
  void mapLine(JsonNode page, Cursor cursor, Consumer<RecordOutcome> out) {
    JsonNode data = page.get("data");
    if (data == null || data.isNull()) {
      // A page with no results ("meta": {"result_count": 0}) holds no record.
      return;
    }
    if (data.isObject()) {
      // A single-tweet lookup response has an object, not an array.
      data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add(data);
    }
    if (!data.isArray()) {
      out.accept(RecordOutcome.rejected(new Reject(cursor.inputFile, cursor.nextRecordNumber(),
          cursor.lineNumber, Reject.STAGE_INGEST, RejectReason.BROKEN_JSON,
          "'data' is neither an array nor an object", cursor.rawLine)));
      return;
    }
    Map<String, JsonNode> users = indexById(page.path("includes").path("users"));
    Map<String, JsonNode> included = indexById(page.path("includes").path("tweets"));
    for (JsonNode tweet : data) {
      long record = cursor.nextRecordNumber();
      try {
        Document own = toDocument(tweet, users, cursor, record, false);
        List<Document> carried = new ArrayList<>();
        for (JsonNode ref : tweet.path("referenced_tweets")) {
          JsonNode original = included.get(JsonFields.text(ref, "id"));
          if (original != null && !"replied_to".equals(JsonFields.text(ref, "type"))) {
            carried.add(toDocument(original, users, cursor, record, true));
          }
        }
        out.accept(RecordOutcome.accepted(own, carried));
      } catch (RecordException e) {
        out.accept(RecordOutcome.rejected(cursor.reject(record, e, tweet.toString())));
      }
    }
  }

  private static Document toDocument(
      JsonNode tweet, Map<String, JsonNode> users, Cursor cursor, long record, boolean isCarried)
      throws RecordException {
    if (!tweet.isObject()) {
      throw new RecordException(RejectReason.BROKEN_JSON, "a tweet in 'data' is not an object");
    }
    String id = JsonFields.required(tweet, "id");
    String text = JsonFields.requiredText(JsonFields.text(tweet, "text"), "text");
    JsonNode user = users.get(JsonFields.text(tweet, "author_id"));
    Document.Builder b = new TweetFields(id, text, user == null ? null : JsonFields.text(user, "username"),
        user == null ? null : JsonFields.text(user, "name"), JsonFields.text(tweet, "created_at"),
        JsonFields.text(tweet, "lang"))
        .builder(cursor.inputFile, record, cursor.lineNumber)
        .carried(isCarried);
    for (JsonNode ref : tweet.path("referenced_tweets")) {
      String refId = JsonFields.text(ref, "id");
      String type = JsonFields.text(ref, "type");
      if (refId == null || type == null) {
        continue;
      }
      String refDocId = DocIds.of(Corpus.TWEET, refId);
      switch (type) {
        case "retweeted":
          b.retweetOf(refDocId);
          break;
        case "quoted":
          b.quoteOf(refDocId);
          break;
        case "replied_to":
          b.replyTo(refDocId);
          break;
        default:
          break;
      }
    }
    return b.build();
  }

  private static Map<String, JsonNode> indexById(JsonNode array) {
    Map<String, JsonNode> byId = new HashMap<>();
    for (JsonNode n : array) {
      String id = JsonFields.text(n, "id");
      if (id != null) {
        byId.put(id, n);
      }
    }
    return byId;
  }
}
