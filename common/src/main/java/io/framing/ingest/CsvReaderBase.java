package io.framing.ingest;

import io.framing.model.Document;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Base of the CSV formats: a header row, then RFC 4180 records (quoted fields may hold commas,
 * doubled quotes and newlines). This class frames and splits the records itself, line by line
 * from a {@link BoundedLineReader}, checks each record's field count, encoding and size, and
 * hands clean rows to the subclass by column name.
 *
 * <p>A record spans lines while a quoted field is open, told by {@link BoundedLineReader.Csv}
 * over every byte of each line (also those of a line too long to keep), so a quoted field over
 * the size limit ends where the file ends it and cannot swallow the rows after it. A quote that
 * is still open at the end of the file, or after {@link ReaderOptions#maxCsvRecordLines()}
 * lines, or that a later line closes only badly (a closing quote followed by text, as when the
 * opening quote of a later row's field closes it), is a broken line, not a huge record: its
 * first line is rejected as {@code unclosed_quote} and the lines after it are framed again, so
 * the rows there are kept.
 */
abstract class CsvReaderBase implements DocumentReader {

  /** Maps one clean row (columns by lower-case header name) to a document. */
  abstract Document toDocument(Map<String, String> row, String inputFile, long record, long line)
      throws RecordException;

  @Override
  public RecordIterator read(String inputFile, InputStream in, ReaderOptions options) {
    BoundedLineReader lines = new BoundedLineReader(in, options.maxRecordBytes());
    return new RecordIterator() {
      /** Lines to frame again after an unclosed quote, in file order. */
      private final ArrayDeque<BoundedLineReader.Line> replay = new ArrayDeque<>();
      private String[] header;
      private long record;

      private BoundedLineReader.Line nextLine() throws IOException {
        return replay.isEmpty() ? lines.next() : replay.poll();
      }

      @Override
      protected boolean advance() throws IOException {
        BoundedLineReader.Line first = nextLine();
        if (first == null) {
          return false;
        }
        List<BoundedLineReader.Line> span = new ArrayList<>();
        span.add(first);
        boolean open = (first.csv & BoundedLineReader.Csv.OPEN) != 0;
        boolean closedBadly = false;
        while (open && span.size() < options.maxCsvRecordLines()) {
          BoundedLineReader.Line next = nextLine();
          if (next == null) {
            break;
          }
          span.add(next);
          int fromInside = next.csv >> 8;
          open = (fromInside & BoundedLineReader.Csv.OPEN) != 0;
          closedBadly |= (fromInside & BoundedLineReader.Csv.MALFORMED) != 0;
        }
        if ((open || closedBadly) && !endsTruncated(span)) {
          for (int i = span.size() - 1; i >= 1; i--) {
            replay.addFirst(span.get(i));
          }
          reject(first.number, RejectReason.UNCLOSED_QUOTE, "a quote opened in line " + first.number
              + " is not closed " + (closedBadly && !open ? "properly (a later quote is followed by text)"
                  : span.size() >= options.maxCsvRecordLines()
                  ? "within " + options.maxCsvRecordLines() + " lines" : "before the end of the file")
              + "; the lines after it are read as rows", first.text);
          return true;
        }
        String raw = raw(span);
        RejectReason problem = problem(span);
        if (problem == null && span.size() == 1 && first.text.isBlank()) {
          return true; // a blank line is not a record
        }
        if (header == null && problem == null) {
          header = normalizeHeader(split(joined(span)));
          return true;
        }
        try {
          if (problem != null) {
            throw new RecordException(problem, describe(problem, span, options));
          }
          String[] fields = split(joined(span));
          if (fields.length != header.length) {
            throw new RecordException(RejectReason.WRONG_FIELD_COUNT,
                fields.length + " fields, header has " + header.length);
          }
          long size = 0;
          Map<String, String> row = new HashMap<>();
          for (int i = 0; i < header.length; i++) {
            row.put(header[i], fields[i]);
            size += fields[i].length();
          }
          if (size > options.maxRecordBytes()) {
            throw new RecordException(RejectReason.TOO_LARGE,
                size + " characters, limit " + options.maxRecordBytes());
          }
          Document doc = toDocument(row, inputFile, record + 1, first.number);
          record++;
          counted(1);
          emit(RecordOutcome.accepted(doc));
        } catch (RecordException e) {
          reject(first.number, e.reason(), e.getMessage(), raw);
        }
        return true;
      }

      private void reject(long line, RejectReason reason, String detail, String raw) {
        counted(1);
        emit(RecordOutcome.rejected(new Reject(inputFile, ++record, line, Reject.STAGE_INGEST, reason, detail, raw)));
      }

      @Override
      public void close() throws IOException {
        lines.close();
      }
    };
  }

  /** A quote left open by a cut gzip is the cut's fault, reported as such. */
  private static boolean endsTruncated(List<BoundedLineReader.Line> span) {
    return span.get(span.size() - 1).truncated;
  }

  /** The first problem of the record's lines, or null when they are clean. */
  private static RejectReason problem(List<BoundedLineReader.Line> span) {
    for (BoundedLineReader.Line line : span) {
      if (line.truncated) {
        return RejectReason.TRUNCATED_GZIP;
      }
      if (line.oversized) {
        return RejectReason.TOO_LARGE;
      }
      if (!line.validUtf8) {
        return RejectReason.INVALID_UTF8;
      }
      if (line.hasNul) {
        return RejectReason.NUL_BYTE;
      }
    }
    return null;
  }

  private static String describe(RejectReason problem, List<BoundedLineReader.Line> span, ReaderOptions options) {
    String lines = "lines " + span.get(0).number + "-" + span.get(span.size() - 1).number;
    switch (problem) {
      case TOO_LARGE:
        return "a line is over " + options.maxRecordBytes() + " bytes (" + lines + ")";
      case TRUNCATED_GZIP:
        return "the gzip stream ends inside this record (an interrupted download?); the records before it are kept";
      case NUL_BYTE:
        return "a NUL byte in " + lines;
      default:
        return lines;
    }
  }

  private static String joined(List<BoundedLineReader.Line> span) {
    StringBuilder sb = new StringBuilder();
    for (BoundedLineReader.Line line : span) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(line.text);
    }
    return sb.toString();
  }

  private static String raw(List<BoundedLineReader.Line> span) {
    StringBuilder sb = new StringBuilder();
    for (BoundedLineReader.Line line : span) {
      if (sb.length() > Reject.MAX_RAW_CHARS) {
        break;
      }
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(line.text.replace("\0", ""));
    }
    return sb.toString();
  }

  /**
   * Splits one framed record into fields by the rules the framing follows
   * ({@link BoundedLineReader.Csv}): a quote opens a field only at its start, a doubled quote
   * inside is a literal quote, other quotes are text; text after a closing quote is kept.
   */
  static String[] split(String record) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int state = BoundedLineReader.Csv.FIELD_START;
    for (int i = 0; i < record.length(); i++) {
      char c = record.charAt(i);
      if (c == ',' && state != BoundedLineReader.Csv.QUOTED) {
        fields.add(field.toString());
        field.setLength(0);
        state = BoundedLineReader.Csv.FIELD_START;
      } else if (c == '"' && state == BoundedLineReader.Csv.FIELD_START) {
        state = BoundedLineReader.Csv.QUOTED;
      } else if (c == '"' && state == BoundedLineReader.Csv.QUOTED) {
        state = BoundedLineReader.Csv.QUOTE_SEEN;
      } else if (c == '"' && state == BoundedLineReader.Csv.QUOTE_SEEN) {
        field.append('"');
        state = BoundedLineReader.Csv.QUOTED;
      } else {
        field.append(c);
        if (state != BoundedLineReader.Csv.QUOTED) {
          state = BoundedLineReader.Csv.UNQUOTED;
        }
      }
    }
    fields.add(field.toString());
    return fields.toArray(new String[0]);
  }

  private static String[] normalizeHeader(String[] fields) {
    String[] names = new String[fields.length];
    for (int i = 0; i < fields.length; i++) {
      String name = fields[i].replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
      names[i] = name;
    }
    return names;
  }

  static String column(Map<String, String> row, String... names) {
    for (String name : names) {
      String v = row.get(name);
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
