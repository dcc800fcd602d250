package io.framing.ingest;

/** Thrown by a format's field mapping when a record cannot become a document. */
final class RecordException extends Exception {
  private static final long serialVersionUID = 1L;

  private final RejectReason reason;

  RecordException(RejectReason reason, String detail) {
    super(detail, null, false, false);
    this.reason = reason;
  }

  RejectReason reason() {
    return reason;
  }
}
