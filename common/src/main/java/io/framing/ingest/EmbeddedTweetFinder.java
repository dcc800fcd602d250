package io.framing.ingest;

import io.framing.model.EmbeddedTweet;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds tweets embedded in article text. Publishers that embed a tweet and then strip the
 * markup leave the tweet's text followed by a signature line such as
 * {@code "— Kim Kardashian West (@KimKardashian) September 27, 2020"}; the tweet's text is the
 * paragraph just above that line. Thread-safe.
 */
public final class EmbeddedTweetFinder {
  private EmbeddedTweetFinder() {}

  // A dash (em, en, or one or two hyphens), a display name, "(@handle)", and a date such as
  // "September 27, 2020" or "Sep 27, 2020", alone on its line.
  private static final Pattern SIGNATURE =
      Pattern.compile(
          "(?m)^[ \\t]*(?:—|–|--?)[ \\t]*(?<name>[^()\\n]{1,80}?)[ \\t]*\\(@(?<handle>[A-Za-z0-9_]{1,50})\\)"
              + "[ \\t]*(?<date>[A-Z][a-z]{2,8}\\.?[ \\t]+\\d{1,2},?[ \\t]+\\d{4})?[ \\t]*$");

  private static final List<DateTimeFormatter> DATE_FORMATS =
      List.of(
          DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("MMMM d yyyy", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("MMM d yyyy", Locale.ENGLISH));

  /** The embedded tweets of {@code text}, in order; empty when there are none. */
  public static List<EmbeddedTweet> find(String text) {
    List<EmbeddedTweet> found = new ArrayList<>();
    if (text == null || text.indexOf('@') < 0) {
      return found;
    }
    Matcher m = SIGNATURE.matcher(text);
    while (m.find()) {
      int[] span = paragraphBefore(text, m.start());
      if (span == null) {
        continue;
      }
      found.add(
          new EmbeddedTweet(
              m.group("handle"), m.group("name").trim(), parseDate(m.group("date")), span[0], span[1]));
    }
    return found;
  }

  /** The span of the last non-blank line before {@code lineStart}, trimmed; null if none. */
  private static int[] paragraphBefore(String text, int lineStart) {
    int end = lineStart;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end == 0) {
      return null;
    }
    int start = text.lastIndexOf('\n', end - 1) + 1;
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    return start < end ? new int[] {start, end} : null;
  }

  private static LocalDate parseDate(String value) {
    if (value == null) {
      return null;
    }
    String v = value.replace(".", "").replaceAll("\\s+", " ").trim();
    for (DateTimeFormatter f : DATE_FORMATS) {
      try {
        return LocalDate.parse(v, f);
      } catch (DateTimeParseException ignored) {
        // next
      }
    }
    return null;
  }
}
