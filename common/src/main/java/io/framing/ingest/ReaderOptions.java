package io.framing.ingest;

import io.framing.Args;

/** Limits that protect the readers from pathological input. Immutable. */
public final class ReaderOptions implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** 1 MiB: far above any real article or tweet, far below what would strain a task. */
  public static final int DEFAULT_MAX_RECORD_BYTES = 1 << 20;

  /** Lines a quoted CSV field may span before the row is taken as broken. */
  public static final int DEFAULT_MAX_CSV_RECORD_LINES = 5_000;

  private final int maxRecordBytes;
  private final int maxCsvRecordLines;

  public ReaderOptions(int maxRecordBytes, int maxCsvRecordLines) {
    Args.check(maxRecordBytes >= 1024, "maxRecordBytes must be at least 1024, got %s", maxRecordBytes);
    Args.check(maxCsvRecordLines >= 1, "maxCsvRecordLines must be positive, got %s", maxCsvRecordLines);
    this.maxRecordBytes = maxRecordBytes;
    this.maxCsvRecordLines = maxCsvRecordLines;
  }

  public static ReaderOptions defaults() {
    return new ReaderOptions(DEFAULT_MAX_RECORD_BYTES, DEFAULT_MAX_CSV_RECORD_LINES);
  }

  public ReaderOptions withMaxRecordBytes(int bytes) {
    return new ReaderOptions(bytes, maxCsvRecordLines);
  }

  public int maxRecordBytes() {
    return maxRecordBytes;
  }

  public int maxCsvRecordLines() {
    return maxCsvRecordLines;
  }
}
