package io.framing.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Map;

/**
 * Presents a {@link BoundedLineReader} as a character {@link Reader} for the CSV parser while
 * remembering, per physical line, its text and whether it was valid UTF-8 and within the size
 * limit. The CSV reader then checks the lines a record spans and rejects the record, not the
 * file. Only lines not yet released are kept, so memory stays bounded by the parser's
 * read-ahead. Not thread-safe.
 */
final class LineTrackingReader extends Reader {
  private final BoundedLineReader lines;
  private final Map<Long, BoundedLineReader.Line> unreleased = new HashMap<>();
  private String current = "";
  private int pos;
  private boolean eof;

  LineTrackingReader(BoundedLineReader lines) {
    this.lines = lines;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (pos >= current.length()) {
      if (eof) {
        return -1;
      }
      BoundedLineReader.Line line = lines.next();
      if (line == null) {
        eof = true;
        return -1;
      }
      unreleased.put(line.number, line);
      current = line.text + "\n";
      pos = 0;
    }
    int n = Math.min(len, current.length() - pos);
    current.getChars(pos, pos + n, cbuf, off);
    pos += n;
    return n;
  }

  /** The lines {@code first..last} (1-based, inclusive) joined, as the record's raw text. */
  String raw(long first, long last) {
    StringBuilder sb = new StringBuilder();
    for (long n = first; n <= last && sb.length() <= Reject.MAX_RAW_CHARS; n++) {
      BoundedLineReader.Line line = unreleased.get(n);
      if (line != null) {
        if (sb.length() > 0) {
          sb.append('\n');
        }
        sb.append(line.text);
      }
    }
    return sb.toString();
  }

  /** The first problem of the lines {@code first..last}, or null when they are clean. */
  RejectReason problem(long first, long last) {
    for (long n = first; n <= last; n++) {
      BoundedLineReader.Line line = unreleased.get(n);
      if (line != null && line.oversized) {
        return RejectReason.TOO_LARGE;
      }
      if (line != null && !line.validUtf8) {
        return RejectReason.INVALID_UTF8;
      }
    }
    return null;
  }

  /** Forgets lines up to {@code last}: the records that span them are done. */
  void release(long last) {
    unreleased.keySet().removeIf(n -> n <= last);
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
