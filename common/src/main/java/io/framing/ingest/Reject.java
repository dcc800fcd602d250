package io.framing.ingest;

import io.framing.Args;

/**
 * A record that could not be read, with where it came from and why. Immutable.
 *
 * <p>{@code raw} is cut to {@link #MAX_RAW_CHARS} characters, as {@code formats.md} asks, so
 * that one pathological record cannot blow up the {@code rejects} table.
 */
public record Reject(String inputFile, long recordNumber, long lineNumber, String stage, RejectReason reason,
    String detail, String raw) {
  public static final int MAX_RAW_CHARS = 2000;
  public static final String STAGE_INGEST = "ingest";

  /**
   * @param recordNumber 1-based number of the record in its file (0 when the whole file is rejected)
   * @param lineNumber 1-based line where the record starts, or 0 when not line-based
   * @param raw the record as read, cut to {@link #MAX_RAW_CHARS} characters (null: empty)
   */
  public Reject {
    Args.notNull(inputFile, "inputFile");
    Args.check(recordNumber >= 0, "recordNumber must be >= 0, got %s", recordNumber);
    Args.notBlank(stage, "stage");
    Args.notNull(reason, "reason");
    raw = raw == null ? "" : truncate(raw);
  }

  static String truncate(String raw) {
    if (raw.length() <= MAX_RAW_CHARS) {
      return raw;
    }
    int end = MAX_RAW_CHARS;
    // Never cut a surrogate pair in half: Parquet writers reject lone surrogates.
    if (Character.isHighSurrogate(raw.charAt(end - 1))) {
      end--;
    }
    return raw.substring(0, end);
  }

  /** The {@code reason} column: the reason code, then the detail when there is one. */
  public String reasonText() {
    return detail == null || detail.isEmpty() ? reason.code() : reason.code() + ": " + detail;
  }

  @Override
  public String toString() {
    return "Reject{" + inputFile + "#" + recordNumber + " " + reasonText() + "}";
  }
}
