package io.framing.ingest;

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
 * whole, so one multi-gigabyte line cannot exhaust a task's memory. Not thread-safe.
 */
final class BoundedLineReader implements AutoCloseable {

  /** One physical line. {@code text} is decoded leniently when {@code validUtf8} is false. */
  static final class Line {
    final long number;
    final String text;
    final boolean validUtf8;
    final boolean oversized;
    final long byteLength;

    Line(long number, String text, boolean validUtf8, boolean oversized, long byteLength) {
      this.number = number;
      this.text = text;
      this.validUtf8 = validUtf8;
      this.oversized = oversized;
      this.byteLength = byteLength;
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
  private byte[] line = new byte[1024];

  BoundedLineReader(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** The next line without its terminator ({@code \n} or {@code \r\n}), or null at the end. */
  Line next() throws IOException {
    if (eof && bufferPos >= bufferLen) {
      return null;
    }
    int kept = 0;
    long total = 0;
    boolean sawAny = false;
    while (true) {
      if (bufferPos >= bufferLen) {
        bufferLen = in.read(buffer, 0, buffer.length);
        bufferPos = 0;
        if (bufferLen <= 0) {
          bufferLen = 0;
          eof = true;
          if (!sawAny) {
            return null;
          }
          break;
        }
      }
      sawAny = true;
      int start = bufferPos;
      int newline = -1;
      for (int i = start; i < bufferLen; i++) {
        if (buffer[i] == '\n') {
          newline = i;
          break;
        }
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
        break;
      }
    }
    lineNumber++;
    boolean oversized = total > maxLineBytes;
    int length = kept;
    if (!oversized && length > 0 && line[length - 1] == '\r') {
      length--;
    }
    return decode(lineNumber, line, length, oversized, total);
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
