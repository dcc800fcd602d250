package io.framing.ingest;

import io.framing.model.Corpus;
import io.framing.model.Document;

/** The article mapping shared by the JSON Lines and CSV readers: same columns, same rules. */
final class ArticleFields {
  private ArticleFields() {}

  static Document toDocument(
      String id, String url, String source, String publishedAt, String title, String text,
      String lang, String author, String inputFile, long recordNumber, long lineNumber)
      throws RecordException {
    if (id == null || id.isBlank()) {
      throw new RecordException(RejectReason.MISSING_FIELD, "'id' is missing or empty");
    }
    String body = JsonFields.requiredText(text, "text");
    return Document.builder()
        .corpus(Corpus.ARTICLE)
        .nativeId(id.trim())
        .url(blankToNull(url))
        .source(blankToNull(source))
        .publishedAt(JsonFields.date(publishedAt, "published_at"))
        .title(blankToNull(title))
        .text(body)
        .lang(Languages.normalize(lang))
        .author(blankToNull(author))
        .inputFile(inputFile)
        .recordNumber(recordNumber)
        .lineNumber(lineNumber)
        .embeddedTweets(EmbeddedTweetFinder.find(body))
        .hashtags(Hashtags.extract(body))
        .build();
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
