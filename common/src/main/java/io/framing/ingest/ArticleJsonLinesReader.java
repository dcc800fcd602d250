package io.framing.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Consumer;

/** Articles as JSON Lines: {@code id, url, source, published_at, title, text, lang, author}. */
final class ArticleJsonLinesReader extends JsonLinesReader {

  @Override
  void mapLine(JsonNode line, Cursor cursor, Consumer<RecordOutcome> out) {
    long record = cursor.nextRecordNumber();
    try {
      out.accept(RecordOutcome.accepted(ArticleFields.toDocument(
          JsonFields.text(line, "id"),
          JsonFields.text(line, "url"),
          JsonFields.text(line, "source"),
          JsonFields.text(line, "published_at"),
          JsonFields.text(line, "title"),
          JsonFields.text(line, "text"),
          JsonFields.text(line, "lang"),
          JsonFields.text(line, "author"),
          cursor.inputFile, record, cursor.lineNumber)));
    } catch (RecordException e) {
      out.accept(RecordOutcome.rejected(cursor.reject(record, e, cursor.rawLine)));
    }
  }
}
