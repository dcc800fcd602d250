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
  UNREADABLE("unreadable_file");

  private final String code;

  RejectReason(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
