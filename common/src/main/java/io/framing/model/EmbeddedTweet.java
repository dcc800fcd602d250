package io.framing.model;

import io.framing.Args;
import java.time.LocalDate;

/**
 * A tweet quoted inside an article: the tweet's text span in the article and the
 * "— Name (@handle) Month D, YYYY" signature that follows it. Later stages attribute the span
 * to the tweet's author rather than to the article's narrator. Immutable.
 *
 * @param handle the author's handle without the leading {@code @}
 * @param name the author's display name, or null
 * @param date the signature's date, or null
 * @param textStart start of the tweet's text in the article text (inclusive, in chars)
 * @param textEnd end of the tweet's text in the article text (exclusive, in chars)
 */
public record EmbeddedTweet(String handle, String name, LocalDate date, int textStart, int textEnd) {
  public EmbeddedTweet {
    Args.notBlank(handle, "handle");
    Args.check(0 <= textStart && textStart <= textEnd,
        "embedded tweet span must satisfy 0 <= start <= end, got [%s, %s)", textStart, textEnd);
  }

  @Override
  public String toString() {
    return "EmbeddedTweet{@" + handle + " " + date + " [" + textStart + "," + textEnd + ")}";
  }
}
