package io.framing.ingest;

import java.io.InputStream;

/**
 * Turns the records of one input file into documents or rejects. One implementation per input
 * format. Implementations are stateless and thread-safe; the iterators they return are not.
 */
public interface DocumentReader {

  /**
   * Streams the outcome of every record in {@code in}, in file order. The iterator owns the
   * stream and closes it when exhausted or closed. Every record read yields exactly one
   * outcome, so a file's counts always add up.
   *
   * @param inputFile the name recorded in {@code input_file} and in rejects
   * @param in the file's bytes, already decompressed
   */
  RecordIterator read(String inputFile, InputStream in, ReaderOptions options);

  static DocumentReader forFormat(InputFormat format) {
    switch (format) {
      case ARTICLES_JSONL:
        return new ArticleJsonLinesReader();
      case ARTICLES_CSV:
        return new ArticleCsvReader();
      case ARTICLES_TXT:
        return new ArticleTextReader();
      case TWEETS_V1:
        return new TweetV1Reader();
      case TWEETS_V2:
        return new TweetV2Reader();
      case TWEETS_CSV:
        return new TweetCsvReader();
      default:
        throw new IllegalArgumentException("No reader for format " + format);
    }
  }
}
