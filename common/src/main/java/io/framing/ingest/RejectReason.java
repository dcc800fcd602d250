package io.framing.ingest;

/**
 * Why a record could not be turned into a document. {@link #code()} is the value of the
 * {@code reason} column of {@code rejects} (a detail may follow after ": ").
 */
public enum RejectReason {
  BROKEN_JSON("broken_json"),
  WRONG_FIELD_COUNT("wrong_field_count"),
  MISSING_FIELD("missing_field"),
  NO_TEXT("no_text"),
  BAD_DATE("unparseable_date"),
  INVALID_UTF8("invalid_utf8"),
  TOO_LARGE("over_size_limit"),
  NOT_TEXT("not_a_text_file"),
  UNKNOWN_FORMAT("unknown_format"),
  UNREADABLE("unreadable_file"),
  /** JSON values beside the record on its line that are not JSON objects (trailing garbage). */
  TRAILING_GARBAGE("trailing_garbage"),
  /** A CSV quote opened and never closed before the end of the file or the line limit. */
  UNCLOSED_QUOTE("unclosed_quote"),
  /** A line holding a NUL byte in an otherwise text file. */
  NUL_BYTE("nul_byte"),
  /** A whole file in UTF-16: the formats are UTF-8. */
  UTF16("utf16"),
  /** A file of zero bytes or only whitespace: no record at all. */
  EMPTY_FILE("empty_file"),
  /** A gzip stream cut short: the tail after the last complete line is lost. */
  TRUNCATED_GZIP("truncated_gzip"),
  /** The same id as a kept record of another file or line, with different text. */
  CONFLICTING_DUPLICATE("conflicting_duplicate");

  private final String code;

  RejectReason(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
