package io.framing.model;

import io.framing.Args;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A tweet quoted inside an article: the tweet's text span in the article and the
 * "— Name (@handle) Month D, YYYY" signature that follows it. Later stages attribute the span
 * to the tweet's author rather than to the article's narrator. Immutable.
 */
public final class EmbeddedTweet {
  private final String handle;
  private final String name;
  private final LocalDate date;
  private final int textStart;
  private final int textEnd;

  public EmbeddedTweet(String handle, String name, LocalDate date, int textStart, int textEnd) {
    this.handle = Args.notBlank(handle, "handle");
    this.name = name;
    this.date = date;
    Args.check(
        0 <= textStart && textStart <= textEnd,
        "embedded tweet span must satisfy 0 <= start <= end, got [%s, %s)",
        textStart,
        textEnd);
    this.textStart = textStart;
    this.textEnd = textEnd;
  }

  /** The author's handle without the leading {@code @}. */
  public String handle() {
    return handle;
  }

  public String name() {
    return name;
  }

  public LocalDate date() {
    return date;
  }

  /** Start of the tweet's text in the article text (inclusive, in chars). */
  public int textStart() {
    return textStart;
  }

  /** End of the tweet's text in the article text (exclusive, in chars). */
  public int textEnd() {
    return textEnd;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof EmbeddedTweet)) {
      return false;
    }
    EmbeddedTweet other = (EmbeddedTweet) o;
    return textStart == other.textStart
        && textEnd == other.textEnd
        && handle.equals(other.handle)
        && Objects.equals(name, other.name)
        && Objects.equals(date, other.date);
  }

  @Override
  public int hashCode() {
    return Objects.hash(handle, name, date, textStart, textEnd);
  }

  @Override
  public String toString() {
    return "EmbeddedTweet{@" + handle + " " + date + " [" + textStart + "," + textEnd + ")}";
  }
}
