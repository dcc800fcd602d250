package io.framing.ingest;

import io.framing.Args;
import java.util.Objects;

/**
 * A record that could not be read, with where it came from and why. Immutable.
 *
 * <p>{@code raw} is cut to {@link #MAX_RAW_CHARS} characters, as {@code formats.md} asks, so
 * that one pathological record cannot blow up the {@code rejects} table.
 */
public final class Reject {
  public static final int MAX_RAW_CHARS = 2000;
  public static final String STAGE_INGEST = "ingest";

  private final String inputFile;
  private final long recordNumber;
  private final long lineNumber;
  private final String stage;
  private final RejectReason reason;
  private final String detail;
  private final String raw;

  public Reject(
      String inputFile,
      long recordNumber,
      long lineNumber,
      String stage,
      RejectReason reason,
      String detail,
      String raw) {
    this.inputFile = Args.notNull(inputFile, "inputFile");
    Args.check(recordNumber >= 0, "recordNumber must be >= 0, got %s", recordNumber);
    this.recordNumber = recordNumber;
    this.lineNumber = lineNumber;
    this.stage = Args.notBlank(stage, "stage");
    this.reason = Args.notNull(reason, "reason");
    this.detail = detail;
    this.raw = raw == null ? "" : truncate(raw);
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

  public String inputFile() {
    return inputFile;
  }

  /** 1-based number of the record in its file (0 when the whole file is rejected). */
  public long recordNumber() {
    return recordNumber;
  }

  /** 1-based line where the record starts, or 0 when not line-based. */
  public long lineNumber() {
    return lineNumber;
  }

  public String stage() {
    return stage;
  }

  public RejectReason reason() {
    return reason;
  }

  public String detail() {
    return detail;
  }

  /** The {@code reason} column: the reason code, then the detail when there is one. */
  public String reasonText() {
    return detail == null || detail.isEmpty() ? reason.code() : reason.code() + ": " + detail;
  }

  public String raw() {
    return raw;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Reject)) {
      return false;
    }
    Reject other = (Reject) o;
    return recordNumber == other.recordNumber
        && lineNumber == other.lineNumber
        && inputFile.equals(other.inputFile)
        && stage.equals(other.stage)
        && reason == other.reason
        && Objects.equals(detail, other.detail)
        && raw.equals(other.raw);
  }

  @Override
  public int hashCode() {
    return Objects.hash(inputFile, recordNumber, lineNumber, stage, reason, detail, raw);
  }

  @Override
  public String toString() {
    return "Reject{" + inputFile + "#" + recordNumber + " " + reasonText() + "}";
  }
}
