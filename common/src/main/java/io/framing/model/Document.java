package io.framing.model;

import io.framing.Args;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * One accepted article or tweet, as the ingest stage produces it. Immutable; build with
 * {@link #builder()}.
 *
 * <p>{@code duplicateOf} and the detected language are not set here: they need the whole
 * corpus or a model, and are added by later steps of the ingest job.
 */
public final class Document {
  private final String docId;
  private final String nativeId;
  private final Corpus corpus;
  private final String source;
  private final String author;
  private final String authorName;
  private final Instant publishedAt;
  private final String lang;
  private final String title;
  private final String text;
  private final String url;
  private final String inputFile;
  private final long recordNumber;
  private final long lineNumber;
  private final String retweetOf;
  private final String quoteOf;
  private final String replyTo;
  private final boolean carried;
  private final List<String> hashtags;
  private final List<EmbeddedTweet> embeddedTweets;

  private Document(Builder b) {
    this.nativeId = Args.notBlank(b.nativeId, "nativeId");
    this.corpus = Args.notNull(b.corpus, "corpus");
    this.docId = DocIds.of(corpus, nativeId);
    this.source = b.source;
    this.author = b.author;
    this.authorName = b.authorName;
    this.publishedAt = b.publishedAt;
    this.lang = b.lang;
    this.title = b.title;
    this.text = Args.notNull(b.text, "text");
    Args.check(!text.isBlank(), "document %s has no text", nativeId);
    this.url = b.url;
    this.inputFile = Args.notNull(b.inputFile, "inputFile");
    this.recordNumber = b.recordNumber;
    this.lineNumber = b.lineNumber;
    this.retweetOf = b.retweetOf;
    this.quoteOf = b.quoteOf;
    this.replyTo = b.replyTo;
    this.carried = b.carried;
    this.hashtags = List.copyOf(b.hashtags);
    this.embeddedTweets = List.copyOf(b.embeddedTweets);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this document's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.nativeId = nativeId;
    b.corpus = corpus;
    b.source = source;
    b.author = author;
    b.authorName = authorName;
    b.publishedAt = publishedAt;
    b.lang = lang;
    b.title = title;
    b.text = text;
    b.url = url;
    b.inputFile = inputFile;
    b.recordNumber = recordNumber;
    b.lineNumber = lineNumber;
    b.retweetOf = retweetOf;
    b.quoteOf = quoteOf;
    b.replyTo = replyTo;
    b.carried = carried;
    b.hashtags = hashtags;
    b.embeddedTweets = embeddedTweets;
    return b;
  }

  /** Stable id: a function of corpus and native id only (see {@link DocIds}). */
  public String docId() {
    return docId;
  }

  public String nativeId() {
    return nativeId;
  }

  public Corpus corpus() {
    return corpus;
  }

  /** The outlet for an article; for a tweet, the platform ("twitter"). */
  public String source() {
    return source;
  }

  /** The byline for an article; the account's handle (without {@code @}) for a tweet. */
  public String author() {
    return author;
  }

  /** The account's display name for a tweet; null for articles. */
  public String authorName() {
    return authorName;
  }

  /** Publication time in UTC, or null when the input has none (plain-text articles). */
  public Instant publishedAt() {
    return publishedAt;
  }

  /** The UTC date of {@link #publishedAt()}, or null. */
  public LocalDate day() {
    return publishedAt == null ? null : LocalDate.ofInstant(publishedAt, ZoneOffset.UTC);
  }

  /** Language as the input gave it (ISO 639-1 where possible), or null. */
  public String lang() {
    return lang;
  }

  public String title() {
    return title;
  }

  public String text() {
    return text;
  }

  public String url() {
    return url;
  }

  public String inputFile() {
    return inputFile;
  }

  /** 1-based record number within the input file. */
  public long recordNumber() {
    return recordNumber;
  }

  /** 1-based line where the record starts, or 0 when the format is not line-based. */
  public long lineNumber() {
    return lineNumber;
  }

  /** The {@code doc_id} of the retweeted original, or null. */
  public String retweetOf() {
    return retweetOf;
  }

  /** The {@code doc_id} of the quoted tweet, or null. */
  public String quoteOf() {
    return quoteOf;
  }

  /** The {@code doc_id} of the tweet this one replies to, or null. */
  public String replyTo() {
    return replyTo;
  }

  /**
   * True when this document was not a record of its own but travelled inside another one (the
   * original of a retweet, a quoted tweet). Such copies do not count as records read, and a
   * record of its own wins over them when the same id is seen twice.
   */
  public boolean carried() {
    return carried;
  }

  /** Hashtags without {@code #}, in order of appearance. */
  public List<String> hashtags() {
    return hashtags;
  }

  public List<EmbeddedTweet> embeddedTweets() {
    return embeddedTweets;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Document)) {
      return false;
    }
    Document d = (Document) o;
    return recordNumber == d.recordNumber
        && lineNumber == d.lineNumber
        && carried == d.carried
        && docId.equals(d.docId)
        && corpus == d.corpus
        && Objects.equals(source, d.source)
        && Objects.equals(author, d.author)
        && Objects.equals(authorName, d.authorName)
        && Objects.equals(publishedAt, d.publishedAt)
        && Objects.equals(lang, d.lang)
        && Objects.equals(title, d.title)
        && text.equals(d.text)
        && Objects.equals(url, d.url)
        && inputFile.equals(d.inputFile)
        && Objects.equals(retweetOf, d.retweetOf)
        && Objects.equals(quoteOf, d.quoteOf)
        && Objects.equals(replyTo, d.replyTo)
        && hashtags.equals(d.hashtags)
        && embeddedTweets.equals(d.embeddedTweets);
  }

  @Override
  public int hashCode() {
    return Objects.hash(docId, inputFile, recordNumber, carried, text);
  }

  @Override
  public String toString() {
    return "Document{" + corpus.code() + " " + nativeId + " by " + author + " at " + publishedAt + "}";
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private String nativeId;
    private Corpus corpus;
    private String source;
    private String author;
    private String authorName;
    private Instant publishedAt;
    private String lang;
    private String title;
    private String text;
    private String url;
    private String inputFile;
    private long recordNumber;
    private long lineNumber;
    private String retweetOf;
    private String quoteOf;
    private String replyTo;
    private boolean carried;
    private List<String> hashtags = List.of();
    private List<EmbeddedTweet> embeddedTweets = List.of();

    private Builder() {}

    public Builder nativeId(String v) { this.nativeId = v; return this; }
    public Builder corpus(Corpus v) { this.corpus = v; return this; }
    public Builder source(String v) { this.source = v; return this; }
    public Builder author(String v) { this.author = v; return this; }
    public Builder authorName(String v) { this.authorName = v; return this; }
    public Builder publishedAt(Instant v) { this.publishedAt = v; return this; }
    public Builder lang(String v) { this.lang = v; return this; }
    public Builder title(String v) { this.title = v; return this; }
    public Builder text(String v) { this.text = v; return this; }
    public Builder url(String v) { this.url = v; return this; }
    public Builder inputFile(String v) { this.inputFile = v; return this; }
    public Builder recordNumber(long v) { this.recordNumber = v; return this; }
    public Builder lineNumber(long v) { this.lineNumber = v; return this; }
    public Builder retweetOf(String v) { this.retweetOf = v; return this; }
    public Builder quoteOf(String v) { this.quoteOf = v; return this; }
    public Builder replyTo(String v) { this.replyTo = v; return this; }
    public Builder carried(boolean v) { this.carried = v; return this; }
    public Builder hashtags(List<String> v) { this.hashtags = Args.notNull(v, "hashtags"); return this; }
    public Builder embeddedTweets(List<EmbeddedTweet> v) { this.embeddedTweets = Args.notNull(v, "embeddedTweets"); return this; }

    public Document build() {
      return new Document(this);
    }
  }
}
