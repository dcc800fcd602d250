package io.framing.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;

/**
 * Parses the publication times the inputs use into UTC instants: ISO-8601 with an offset or
 * {@code Z}, ISO-8601 without a zone (taken as UTC, which is what feeds without a zone mean in
 * practice), a bare date, Twitter v1's {@code "Sun Sep 27 14:03:11 +0000 2020"}, and RFC 1123.
 * Thread-safe.
 */
public final class Timestamps {
  private Timestamps() {}

  /** Earliest and latest years accepted: anything outside is a typo, not news. */
  static final int MIN_YEAR = 1990;
  static final int MAX_YEAR = 2100;

  private static final DateTimeFormatter TWITTER_V1 =
      DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ENGLISH);

  private static final DateTimeFormatter LOCAL_WITH_SPACE =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .appendLiteral(' ')
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .toFormatter(Locale.ROOT);

  private static final DateTimeFormatter OFFSET_WITH_SPACE =
      new DateTimeFormatterBuilder()
          .append(LOCAL_WITH_SPACE)
          .optionalStart()
          .appendLiteral(' ')
          .optionalEnd()
          .appendOffset("+HH:MM", "Z")
          .toFormatter(Locale.ROOT);

  private static final List<DateTimeFormatter> ZONED =
      List.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME, OFFSET_WITH_SPACE, TWITTER_V1, DateTimeFormatter.RFC_1123_DATE_TIME);

  private static final List<DateTimeFormatter> LOCAL =
      List.of(DateTimeFormatter.ISO_LOCAL_DATE_TIME, LOCAL_WITH_SPACE);

  /**
   * The instant {@code value} denotes.
   *
   * @throws IllegalArgumentException naming the value when it is empty, unparseable or outside
   *     {@value #MIN_YEAR}..{@value #MAX_YEAR}
   */
  public static Instant parse(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("empty date");
    }
    String v = value.trim();
    Instant instant = tryParse(v);
    if (instant == null) {
      throw new IllegalArgumentException("cannot parse date '" + value + "'");
    }
    int year = LocalDate.ofInstant(instant, ZoneOffset.UTC).get(ChronoField.YEAR);
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException("date '" + value + "' is outside " + MIN_YEAR + ".." + MAX_YEAR);
    }
    return instant;
  }

  private static Instant tryParse(String v) {
    for (DateTimeFormatter f : ZONED) {
      try {
        return ZonedDateTime.parse(v, f).toInstant();
      } catch (DateTimeParseException ignored) {
        // next
      }
    }
    for (DateTimeFormatter f : LOCAL) {
      try {
        return LocalDateTime.parse(v, f).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException ignored) {
        // next
      }
    }
    try {
      return OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeParseException ignored) {
      // next
    }
    try {
      return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeException ignored) {
      return null;
    }
  }
}
