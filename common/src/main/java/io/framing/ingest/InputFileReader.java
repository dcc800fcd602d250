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
 *
 * <p>A file is binary ({@code not_a_text_file}) when its head has many control bytes, not
 * when it has one NUL: a stray NUL in a text file costs only the line that holds it (the
 * readers reject that line as {@code nul_byte}). UTF-16 text is told apart and rejected as
 * {@code utf16} so that the user knows to re-encode it. A file of nothing but whitespace is
 * one {@code empty_file} reject, never a made-up record.
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
      return wholeFile(inputFile, headError instanceof java.io.EOFException ? RejectReason.TRUNCATED_GZIP
          : RejectReason.UNREADABLE, String.valueOf(headError.getMessage()), "");
    }
    in = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head),
        headError == null ? in : failing(headError, in));
    String utf16 = utf16(head);
    if (utf16 != null) {
      closeQuietly(in);
      return wholeFile(inputFile, RejectReason.UTF16, utf16 + "; re-encode the file as UTF-8", "");
    }
    if (!looksLikeText(head)) {
      closeQuietly(in);
      return wholeFile(inputFile, RejectReason.NOT_TEXT, "binary content (control bytes such as NUL) in the first "
          + head.length + " bytes", "");
    }
    if (head.length < HEAD_BYTES && headError == null && isBlank(head)) {
      closeQuietly(in);
      return wholeFile(inputFile, RejectReason.EMPTY_FILE,
          head.length == 0 ? "the file holds no bytes" : "the file holds only whitespace (" + head.length + " bytes)", "");
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
      // No buffer on top: a BufferedInputStream drops the bytes of a read that ends in the
      // EOFException of a cut gzip, and those are the complete records before the cut.
      return new GZIPInputStream(buffered, 64 * 1024);
    }
    return buffered;
  }

  /** Control bytes that never occur in text (tab, newlines, form feed and escape do). */
  private static boolean isControl(byte b) {
    return (b >= 0 && b < 9) || (b >= 14 && b < 32 && b != 27);
  }

  /**
   * Binary formats have control bytes all over (random bytes: one in ten); text has none, or a
   * stray one that the readers reject with its line. Two such bytes that are over 1% of the
   * head tell binary apart (a zip header has six in its first eight bytes).
   */
  static boolean looksLikeText(byte[] head) {
    int controls = 0;
    for (byte b : head) {
      if (isControl(b)) {
        controls++;
      }
    }
    return controls < 2 || controls * 100L <= head.length;
  }

  /**
   * A description when the head is UTF-16 (a UTF-16 byte-order mark, or NUL in every other
   * byte as ASCII text in UTF-16 has), else null.
   */
  static String utf16(byte[] head) {
    if (head.length >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
      return "UTF-16 little-endian text (byte-order mark FF FE)";
    }
    if (head.length >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
      return "UTF-16 big-endian text (byte-order mark FE FF)";
    }
    int pairs = Math.min(head.length / 2, 512);
    if (pairs < 4) {
      return null;
    }
    int evenNul = 0;
    int oddNul = 0;
    for (int i = 0; i < pairs; i++) {
      evenNul += head[2 * i] == 0 ? 1 : 0;
      oddNul += head[2 * i + 1] == 0 ? 1 : 0;
    }
    if (oddNul * 10 >= pairs * 9 && evenNul * 10 < pairs) {
      return "UTF-16 little-endian text without a byte-order mark (NUL in every other byte)";
    }
    if (evenNul * 10 >= pairs * 9 && oddNul * 10 < pairs) {
      return "UTF-16 big-endian text without a byte-order mark (NUL in every other byte)";
    }
    return null;
  }

  private static boolean isBlank(byte[] head) {
    int start = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB
        && (head[2] & 0xff) == 0xBF ? 3 : 0;
    for (int i = start; i < head.length; i++) {
      byte b = head[i];
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
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
