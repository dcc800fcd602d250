package io.framing.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Reads one input file whatever its format: undoes gzip (told by its magic bytes, not its
 * name), refuses files that are not text, detects the format unless one is forced, and streams
 * the records through the format's {@link DocumentReader}. A file that cannot be read at all
 * becomes one reject (record 0), so that it still shows in the counts. Thread-safe.
 */
public final class InputFileReader {
  static final int HEAD_BYTES = 64 * 1024;

  private final ReaderOptions options;
  private final InputFormat forcedFormat;

  /** @param forcedFormat the format every file is read as, or null to detect it per file */
  public InputFileReader(ReaderOptions options, InputFormat forcedFormat) {
    this.options = options;
    this.forcedFormat = forcedFormat;
  }

  /** The outcomes of {@code raw}'s records; the iterator owns and closes the stream. */
  public RecordIterator read(String inputFile, InputStream raw) {
    InputStream in;
    byte[] head;
    try {
      in = decompressed(raw);
    } catch (IOException e) {
      closeQuietly(raw);
      return wholeFile(inputFile, RejectReason.UNREADABLE, String.valueOf(e.getMessage()), "");
    }
    // Read the head by hand: a file that breaks inside its head (a truncated gzip) still yields
    // the records before the break, and the break itself surfaces when the reader gets there.
    java.io.ByteArrayOutputStream headBytes = new java.io.ByteArrayOutputStream();
    IOException headError = null;
    byte[] buffer = new byte[8192];
    try {
      int n;
      while (headBytes.size() < HEAD_BYTES
          && (n = in.read(buffer, 0, Math.min(buffer.length, HEAD_BYTES - headBytes.size()))) > 0) {
        headBytes.write(buffer, 0, n);
      }
    } catch (IOException e) {
      headError = e;
    }
    head = headBytes.toByteArray();
    if (headError != null && head.length == 0) {
      closeQuietly(in);
      return wholeFile(inputFile, RejectReason.UNREADABLE, String.valueOf(headError.getMessage()), "");
    }
    in = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head),
        headError == null ? in : failing(headError, in));
    if (!looksLikeText(head)) {
      closeQuietly(in);
      return wholeFile(inputFile, RejectReason.NOT_TEXT, "binary content (NUL bytes) in the first "
          + head.length + " bytes", "");
    }
    Optional<InputFormat> format =
        forcedFormat != null ? Optional.of(forcedFormat) : FormatDetector.detect(inputFile, head);
    if (format.isEmpty()) {
      closeQuietly(in);
      return wholeFile(inputFile, RejectReason.UNKNOWN_FORMAT,
          "neither the name nor the content tells the format; use --format ("
              + InputFormat.allFlags() + ")",
          new String(head, 0, Math.min(head.length, Reject.MAX_RAW_CHARS), java.nio.charset.StandardCharsets.UTF_8));
    }
    return DocumentReader.forFormat(format.get()).read(inputFile, in, options);
  }

  /** A stream that fails as the original did, and closes the original. */
  private static InputStream failing(IOException error, InputStream original) {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        throw error;
      }

      @Override
      public void close() throws IOException {
        original.close();
      }
    };
  }

  static InputStream decompressed(InputStream raw) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(raw, HEAD_BYTES);
    buffered.mark(2);
    int b1 = buffered.read();
    int b2 = buffered.read();
    buffered.reset();
    if (b1 == 0x1f && b2 == 0x8b) {
      return new BufferedInputStream(new GZIPInputStream(buffered, 64 * 1024), HEAD_BYTES + 1);
    }
    return buffered;
  }

  /** Text has no NUL bytes; UTF-16 and binary formats do within their first bytes. */
  static boolean looksLikeText(byte[] head) {
    for (byte b : head) {
      if (b == 0) {
        return false;
      }
    }
    return true;
  }

  private static RecordIterator wholeFile(String inputFile, RejectReason reason, String detail, String raw) {
    return RecordIterator.of(RecordOutcome.rejected(
        new Reject(inputFile, 0, 0, Reject.STAGE_INGEST, reason, detail, raw)));
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // nothing more to do for a file we are already rejecting
    }
  }
}
