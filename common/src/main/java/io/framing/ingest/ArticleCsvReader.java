package io.framing.ingest;

import io.framing.model.Document;
import java.util.Map;

/** Articles as CSV with the JSON Lines columns as its header. */
final class ArticleCsvReader extends CsvReaderBase {
  @Override
  Document toDocument(Map<String, String> row, String inputFile, long record, long line)
      throws RecordException {
    return ArticleFields.toDocument(
        column(row, "id"), column(row, "url"), column(row, "source"),
        column(row, "published_at"), column(row, "title"), column(row, "text"),
        column(row, "lang"), column(row, "author"), inputFile, record, line);
  }
}
