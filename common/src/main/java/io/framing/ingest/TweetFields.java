package io.framing.ingest;

import io.framing.model.Corpus;
import io.framing.model.Document;

/**
 * The fields every tweet has, whichever format it came in (v1.1 JSON, v2 JSON, CSV), as each
 * reader found them; {@link #builder} turns them into a document the same way for all three.
 *
 * @param id the tweet's native id (required)
 * @param text the tweet's text (required)
 * @param author the account's handle, without '@', or null
 * @param authorName the account's display name, or null
 * @param createdAt the creation time as written in the input, or null
 * @param lang the input's language code, or null
 */
record TweetFields(String id, String text, String author, String authorName, String createdAt, String lang) {

  /** A tweet document's builder at a position of an input file; the caller adds the links. */
  Document.Builder builder(String inputFile, long record, long line) throws RecordException {
    return Document.builder()
        .corpus(Corpus.TWEET)
        .nativeId(id)
        .source("twitter")
        .author(author)
        .authorName(authorName)
        .publishedAt(JsonFields.date(createdAt, "created_at"))
        .lang(Languages.normalize(lang))
        .text(text)
        .inputFile(inputFile)
        .recordNumber(record)
        .lineNumber(line)
        .hashtags(Hashtags.extract(text));
  }
}
