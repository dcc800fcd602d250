package io.framing.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;

/**
 * Base of the line-delimited JSON formats: one JSON value a line. Blank lines are not records.
 * Oversized lines, invalid UTF-8 and broken JSON are rejected here, once for every format;
 * subclasses map a parsed line to one or more record outcomes.
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
        if (line.text.isBlank() && !line.oversized) {
          return true;
        }
        Cursor cursor = new Cursor(inputFile, line.number, line.text, records);
        if (line.oversized) {
          emitReject(cursor, RejectReason.TOO_LARGE,
              line.byteLength + " bytes, limit " + options.maxRecordBytes());
        } else if (!line.validUtf8) {
          emitReject(cursor, RejectReason.INVALID_UTF8, "line " + line.number);
        } else {
          JsonNode node;
          try {
            node = JSON.readTree(line.text);
          } catch (JsonProcessingException e) {
            emitReject(cursor, RejectReason.BROKEN_JSON, firstLine(e.getOriginalMessage()));
            return true;
          }
          if (node == null || !node.isObject()) {
            emitReject(cursor, RejectReason.BROKEN_JSON, "expected a JSON object on each line");
            return true;
          }
          mapLine(node, cursor, this::emit);
        }
        return true;
      }

      private void emitReject(Cursor cursor, RejectReason reason, String detail) {
        emit(RecordOutcome.rejected(new Reject(inputFile, cursor.nextRecordNumber(), cursor.lineNumber,
            Reject.STAGE_INGEST, reason, detail, cursor.rawLine)));
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
