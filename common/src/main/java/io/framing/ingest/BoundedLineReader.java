package io.framing.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a byte stream line by line without ever holding more than a bounded number of bytes
 * of one line, and decodes each line as strict UTF-8. A line over the limit is reported as
 * oversized (with its first bytes kept for the reject's raw text) instead of being loaded
 * whole, so one multi-gigabyte line cannot exhaust a task's memory.
 *
 * <p>Lines end at {@code \n}, {@code \r\n} or a lone {@code \r} (old Mac exports), so a file
 * with CR-only endings still has one line per record. A UTF-8 byte-order mark before the first
 * line is dropped: it belongs to the file, not to the first record. A stream that ends with an
 * {@link EOFException} (a gzip cut short) ends in a line marked {@code truncated}: the bytes
 * after the last complete line, possibly none, are the lost tail. Not thread-safe.
 */
final class BoundedLineReader implements AutoCloseable {

  /** One physical line. {@code text} is decoded leniently when {@code validUtf8} is false. */
  static final class Line {
    final long number;
    final String text;
    final boolean validUtf8;
    final boolean oversized;
    final long byteLength;
    /** The line holds a NUL byte (text is otherwise fine; a stray NUL is not a binary file). */
    final boolean hasNul;
    /**
     * CSV quoting over the whole line, kept bytes or not: bit {@link Csv#OPEN} says a quoted
     * field is still open at the line's end, bit {@link Csv#MALFORMED} that a closing quote was
     * followed by something other than a comma; the low byte for a line that starts outside
     * quotes, the next byte for one that starts inside a quoted field.
     */
    final int csv;
    /** The stream broke off here: this is the cut tail of the file, not a whole line. */
    final boolean truncated;

    Line(long number, String text, boolean validUtf8, boolean oversized, long byteLength) {
      this(number, text, validUtf8, oversized, byteLength, false, 0, false);
    }

    Line(long number, String text, boolean validUtf8, boolean oversized, long byteLength, boolean hasNul,
        int csv, boolean truncated) {
      this.number = number;
      this.text = text;
      this.validUtf8 = validUtf8;
      this.oversized = oversized;
      this.byteLength = byteLength;
      this.hasNul = hasNul;
      this.csv = csv;
      this.truncated = truncated;
    }
  }

  private static final int KEEP_OF_OVERSIZED = Reject.MAX_RAW_CHARS * 4;

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buffer = new byte[64 * 1024];
  private int bufferPos;
  private int bufferLen;
  private long lineNumber;
  private boolean eof;
  private boolean skipLf;
  private boolean firstLine = true;
  private boolean truncatedAt;
  private boolean truncatedReported;
  private byte[] line = new byte[1024];

  BoundedLineReader(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /**
   * The next line without its terminator ({@code \n}, {@code \r\n} or {@code \r}), or null
   * at the end.
   */
  Line next() throws IOException {
    if (eof && bufferPos >= bufferLen) {
      if (truncatedAt && !truncatedReported) {
        // The cut fell exactly on a line end: still say the tail was lost.
        truncatedReported = true;
        return new Line(++lineNumber, "", true, false, 0, false, 0, true);
      }
      return null;
    }
    int kept = 0;
    long total = 0;
    boolean sawAny = false;
    boolean nul = false;
    int fromOutside = Csv.FIELD_START;
    int fromInside = Csv.QUOTED;
    boolean terminated = false;
    while (true) {
      if (bufferPos >= bufferLen) {
        fill();
        if (bufferLen <= 0) {
          if (!sawAny) {
            return next();
          }
          break;
        }
        if (skipLf) {
          skipLf = false;
          if (buffer[0] == '\n') {
            bufferPos = 1;
            continue;
          }
        }
      }
      if (skipLf) {
        skipLf = false;
        if (buffer[bufferPos] == '\n') {
          bufferPos++;
          continue;
        }
      }
      if (firstLine && bufferPos == 0 && bufferLen - bufferPos >= 3 && (buffer[0] & 0xff) == 0xEF
          && (buffer[1] & 0xff) == 0xBB && (buffer[2] & 0xff) == 0xBF) {
        bufferPos = 3;
      }
      firstLine = false;
      sawAny = true;
      int start = bufferPos;
      int newline = -1;
      for (int i = start; i < bufferLen; i++) {
        byte b = buffer[i];
        if (b == '\n' || b == '\r') {
          newline = i;
          break;
        } else if (b == 0) {
          nul = true;
        }
        fromOutside = Csv.step(fromOutside, b);
        fromInside = Csv.step(fromInside, b);
      }
      int end = newline >= 0 ? newline : bufferLen;
      int chunk = end - start;
      total += chunk;
      int room = (total <= maxLineBytes ? maxLineBytes : KEEP_OF_OVERSIZED) - kept;
      int copy = Math.max(0, Math.min(chunk, room));
      if (copy > 0) {
        ensureCapacity(kept + copy);
        System.arraycopy(buffer, start, line, kept, copy);
        kept += copy;
      }
      bufferPos = newline >= 0 ? newline + 1 : bufferLen;
      if (newline >= 0) {
        // A CR may be followed by the LF of a CRLF pair, possibly in the next buffer.
        skipLf = buffer[newline] == '\r';
        terminated = true;
        break;
      }
    }
    lineNumber++;
    boolean oversized = total > maxLineBytes;
    boolean cut = !terminated && truncatedAt;
    if (cut) {
      truncatedReported = true;
    }
    Line decoded = decode(lineNumber, line, kept, oversized, total);
    return new Line(decoded.number, decoded.text, decoded.validUtf8, decoded.oversized, decoded.byteLength, nul,
        Csv.summary(fromOutside) | (Csv.summary(fromInside) << 8), cut);
  }

  /** Refills the buffer; an {@link EOFException} (a cut gzip) ends the stream as truncated. */
  private void fill() throws IOException {
    bufferPos = 0;
    if (eof) {
      bufferLen = 0;
      return;
    }
    try {
      bufferLen = in.read(buffer, 0, buffer.length);
    } catch (EOFException e) {
      bufferLen = -1;
      truncatedAt = true;
    }
    if (bufferLen <= 0) {
      bufferLen = 0;
      eof = true;
    }
  }

  /**
   * RFC 4180 quoting as a state machine over bytes ({@code "} and {@code ,} are single bytes in
   * UTF-8): a quote opens a field only at its start, a doubled quote inside is a literal quote,
   * and a quote elsewhere is text. Run over every byte of a line, also those of a line too long
   * to keep, so a quoted field over the size limit still ends where the file ends it.
   */
  static final class Csv {
    static final int FIELD_START = 0;
    static final int UNQUOTED = 1;
    static final int QUOTED = 2;
    static final int QUOTE_SEEN = 3;
    /** Summary bits (see {@link Line#csv}). */
    static final int OPEN = 1;
    static final int MALFORMED = 2;
    private static final int MALFORMED_FLAG = 4;

    private Csv() {}

    static int step(int state, byte b) {
      int flags = state & MALFORMED_FLAG;
      switch (state & 3) {
        case FIELD_START:
          return flags | (b == '"' ? QUOTED : b == ',' ? FIELD_START : UNQUOTED);
        case UNQUOTED:
          return flags | (b == ',' ? FIELD_START : UNQUOTED);
        case QUOTED:
          return flags | (b == '"' ? QUOTE_SEEN : QUOTED);
        default:
          if (b == '"') {
            return flags | QUOTED;
          }
          return b == ',' ? flags | FIELD_START : MALFORMED_FLAG | UNQUOTED;
      }
    }

    static int summary(int state) {
      return ((state & 3) == QUOTED ? OPEN : 0) | ((state & MALFORMED_FLAG) != 0 ? MALFORMED : 0);
    }
  }

  long linesRead() {
    return lineNumber;
  }

  private void ensureCapacity(int needed) {
    if (needed > line.length) {
      byte[] bigger = new byte[Math.max(needed, line.length * 2)];
      System.arraycopy(line, 0, bigger, 0, line.length);
      line = bigger;
    }
  }

  private static Line decode(long number, byte[] bytes, int length, boolean oversized, long total) {
    CharsetDecoder strict =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = strict.decode(ByteBuffer.wrap(bytes, 0, length));
      return new Line(number, chars.toString(), true, oversized, total);
    } catch (CharacterCodingException e) {
      // An oversized line cut mid-character is not an encoding error of the input.
      String lenient = new String(bytes, 0, length, StandardCharsets.UTF_8);
      boolean cutOnly = oversized && isValidPrefix(bytes, length);
      return new Line(number, lenient, cutOnly, oversized, total);
    }
  }

  private static boolean isValidPrefix(byte[] bytes, int length) {
    for (int drop = 1; drop <= 3 && drop < length; drop++) {
      CharsetDecoder strict =
          StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
      try {
        strict.decode(ByteBuffer.wrap(bytes, 0, length - drop));
        return true;
      } catch (CharacterCodingException ignored) {
        // try a shorter prefix
      }
    }
    return false;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
