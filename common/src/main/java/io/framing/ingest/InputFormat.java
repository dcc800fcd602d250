package io.framing.ingest;

import io.framing.model.Corpus;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The input formats of {@code formats.md}. {@link #flag()} is the value accepted by
 * {@code --format}; {@link #corpus()} is the kind of document the format carries.
 */
public enum InputFormat {
  ARTICLES_JSONL("articles-jsonl", Corpus.ARTICLE),
  ARTICLES_CSV("articles-csv", Corpus.ARTICLE),
  ARTICLES_TXT("articles-txt", Corpus.ARTICLE),
  TWEETS_V1("tweets-v1", Corpus.TWEET),
  TWEETS_V2("tweets-v2", Corpus.TWEET),
  TWEETS_CSV("tweets-csv", Corpus.TWEET);

  private final String flag;
  private final Corpus corpus;

  InputFormat(String flag, Corpus corpus) {
    this.flag = flag;
    this.corpus = corpus;
  }

  public String flag() {
    return flag;
  }

  public Corpus corpus() {
    return corpus;
  }

  /** Parses a {@code --format} value; the error lists the accepted values. */
  public static InputFormat fromFlag(String value) {
    String wanted = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    for (InputFormat format : values()) {
      if (format.flag.equals(wanted)) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        "Unknown input format '" + value + "'; expected one of " + allFlags());
  }

  public static String allFlags() {
    return Arrays.stream(values()).map(InputFormat::flag).collect(Collectors.joining(", "));
  }
}
