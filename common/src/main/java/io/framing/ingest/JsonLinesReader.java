package io.framing.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;

/**
 * Base of the line-delimited JSON formats: one JSON value a line. Blank lines are not records.
 * Oversized lines, invalid UTF-8, NUL bytes, a gzip tail cut short and broken JSON are
 * rejected here, once for every format; subclasses map a parsed object to one or more record
 * outcomes.
 *
 * <p>Exporters sometimes glue two objects onto one line ({@code {...}{...}}); each object is
 * then a record of its own, so none is silently dropped. Text after the last object that is
 * not an object is one {@code trailing_garbage} reject (a broken object there is
 * {@code broken_json}), never ignored.
 */
abstract class JsonLinesReader implements DocumentReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Where the current line is, and the count of records numbered so far in the file. */
  static final class Cursor {
    final String inputFile;
    final long lineNumber;
    final String rawLine;
    private final long[] recordCounter;

    Cursor(String inputFile, long lineNumber, String rawLine, long[] recordCounter) {
      this.inputFile = inputFile;
      this.lineNumber = lineNumber;
      this.rawLine = rawLine;
      this.recordCounter = recordCounter;
    }

    long nextRecordNumber() {
      return ++recordCounter[0];
    }

    Reject reject(long recordNumber, RecordException e, String raw) {
      return new Reject(inputFile, recordNumber, lineNumber, Reject.STAGE_INGEST, e.reason(), e.getMessage(), raw);
    }
  }

  /** Maps one parsed line; emits one outcome per record it holds. */
  abstract void mapLine(JsonNode line, Cursor cursor, java.util.function.Consumer<RecordOutcome> out);

  /**
   * How many records the parsed object holds as the format defines them (counted apart from
   * the outcomes {@link #mapLine} emits, so that a record mapped to nothing shows as a loss).
   */
  long recordsIn(JsonNode object) {
    return 1;
  }

  @Override
  public RecordIterator read(String inputFile, InputStream in, ReaderOptions options) {
    BoundedLineReader lines = new BoundedLineReader(in, options.maxRecordBytes());
    long[] records = {0};
    return new RecordIterator() {
      @Override
      protected boolean advance() throws IOException {
        BoundedLineReader.Line line = lines.next();
        if (line == null) {
          return false;
        }
        if (line.text.isBlank() && !line.oversized && !line.truncated) {
          return true;
        }
        Cursor cursor = new Cursor(inputFile, line.number, line.text, records);
        if (line.truncated) {
          emitReject(cursor, RejectReason.TRUNCATED_GZIP, "the gzip stream ends inside line " + line.number
              + " (an interrupted download?); the complete lines before it are kept", line.text);
        } else if (line.oversized) {
          emitReject(cursor, RejectReason.TOO_LARGE,
              line.byteLength + " bytes, limit " + options.maxRecordBytes(), line.text);
        } else if (!line.validUtf8) {
          emitReject(cursor, RejectReason.INVALID_UTF8, "line " + line.number, line.text);
        } else if (line.hasNul) {
          emitReject(cursor, RejectReason.NUL_BYTE, "a NUL byte in line " + line.number, line.text.replace("\0", ""));
        } else {
          readValues(cursor, line.text);
        }
        return true;
      }

      /** Each JSON object on the line is a record; what follows the last one is rejected. */
      private void readValues(Cursor cursor, String text) throws IOException {
        int values = 0;
        int end = 0;
        try (JsonParser parser = JSON.getFactory().createParser(text)) {
          while (true) {
            JsonToken token;
            try {
              token = parser.nextToken();
              if (token == null) {
                return;
              }
              if (token != JsonToken.START_OBJECT) {
                rejectRest(cursor, values, text, end, "expected a JSON object, found " + token);
                return;
              }
              JsonNode node = JSON.readTree(parser);
              values++;
              end = (int) Math.min(text.length(), parser.currentLocation().getCharOffset());
              counted(recordsIn(node));
              mapLine(node, cursor, this::emit);
            } catch (JsonProcessingException e) {
              rejectRest(cursor, values, text, end, firstLine(e.getOriginalMessage()));
              return;
            }
          }
        }
      }

      private void rejectRest(Cursor cursor, int valuesBefore, String text, int end, String detail) {
        if (valuesBefore == 0) {
          emitReject(cursor, RejectReason.BROKEN_JSON, detail, text);
          return;
        }
        String rest = text.substring(end).strip();
        RejectReason reason = rest.startsWith("{") ? RejectReason.BROKEN_JSON : RejectReason.TRAILING_GARBAGE;
        emitReject(cursor, reason, "after " + valuesBefore + " JSON object(s) on line " + cursor.lineNumber
            + ": " + detail, rest);
      }

      private void emitReject(Cursor cursor, RejectReason reason, String detail, String raw) {
        counted(1);
        emit(RecordOutcome.rejected(new Reject(inputFile, cursor.nextRecordNumber(), cursor.lineNumber,
            Reject.STAGE_INGEST, reason, detail, raw)));
      }

      @Override
      public void close() throws IOException {
        lines.close();
      }
    };
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unparseable JSON";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
