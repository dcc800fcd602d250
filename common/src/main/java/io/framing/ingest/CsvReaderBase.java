package io.framing.ingest;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvMalformedLineException;
import com.opencsv.exceptions.CsvMultilineLimitBrokenException;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Base of the CSV formats: a header row, then RFC 4180 records (quoted fields may hold commas,
 * doubled quotes and newlines). OpenCSV's RFC 4180 parser does the quoting; this class checks
 * each record's field count, encoding and size, and hands clean rows to the subclass by column
 * name.
 */
abstract class CsvReaderBase implements DocumentReader {

  /** Maps one clean row (columns by lower-case header name) to a document. */
  abstract Document toDocument(Map<String, String> row, String inputFile, long record, long line)
      throws RecordException;

  @Override
  public RecordIterator read(String inputFile, InputStream in, ReaderOptions options) {
    LineTrackingReader tracking =
        new LineTrackingReader(new BoundedLineReader(in, options.maxRecordBytes()));
    CSVReader csv =
        new CSVReaderBuilder(tracking)
            .withCSVParser(new RFC4180ParserBuilder().build())
            .withMultilineLimit(options.maxCsvRecordLines())
            .withKeepCarriageReturn(false)
            .build();
    return new RecordIterator() {
      private String[] header;
      private long record;
      private long linesBefore;

      @Override
      protected boolean advance() throws IOException {
        String[] fields;
        try {
          fields = csv.readNext();
        } catch (CsvMultilineLimitBrokenException | CsvMalformedLineException e) {
          long last = csv.getLinesRead();
          rejectSpan(RejectReason.WRONG_FIELD_COUNT, "malformed quoting: " + e.getMessage(), last);
          return !(e instanceof CsvMalformedLineException) || last > linesBefore;
        } catch (CsvValidationException e) {
          rejectSpan(RejectReason.WRONG_FIELD_COUNT, e.getMessage(), csv.getLinesRead());
          return true;
        }
        if (fields == null) {
          return false;
        }
        long first = linesBefore + 1;
        long last = csv.getLinesRead();
        if (fields.length == 1 && fields[0].isBlank() && tracking.problem(first, last) == null) {
          tracking.release(last);
          linesBefore = last;
          return true; // a blank line is not a record
        }
        if (header == null) {
          header = normalizeHeader(fields);
          tracking.release(last);
          linesBefore = last;
          return true;
        }
        record++;
        String raw = tracking.raw(first, last);
        RejectReason problem = tracking.problem(first, last);
        try {
          if (problem == RejectReason.TOO_LARGE) {
            throw new RecordException(problem, "a line is over " + options.maxRecordBytes() + " bytes");
          }
          if (problem != null) {
            throw new RecordException(problem, "lines " + first + "-" + last);
          }
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
          emit(RecordOutcome.accepted(toDocument(row, inputFile, record, first)));
        } catch (RecordException e) {
          emit(RecordOutcome.rejected(new Reject(inputFile, record, first, Reject.STAGE_INGEST,
              e.reason(), e.getMessage(), raw)));
        }
        tracking.release(last);
        linesBefore = last;
        return true;
      }

      private void rejectSpan(RejectReason reason, String detail, long last) {
        long first = linesBefore + 1;
        record++;
        emit(RecordOutcome.rejected(new Reject(inputFile, record, first, Reject.STAGE_INGEST,
            reason, detail, tracking.raw(first, Math.max(first, last)))));
        tracking.release(last);
        linesBefore = Math.max(linesBefore, last);
      }

      @Override
      public void close() throws IOException {
        csv.close();
      }
    };
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
