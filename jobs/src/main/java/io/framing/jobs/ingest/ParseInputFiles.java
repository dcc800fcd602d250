package io.framing.jobs.ingest;

import io.framing.ingest.InputFileReader;
import io.framing.ingest.InputFormat;
import io.framing.ingest.ReaderOptions;
import io.framing.ingest.RecordIterator;
import io.framing.ingest.RecordOutcome;
import io.framing.ingest.Reject;
import io.framing.ingest.RejectReason;
import io.framing.ingest.TextFingerprint;
import io.framing.jobs.io.HadoopConf;
import io.framing.jobs.schema.ParsedRecords;
import io.framing.model.Corpus;
import io.framing.model.Document;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * Reads the input files of a partition, one at a time and record by record, into
 * {@link ParsedRecords} rows. Output is a lazy iterator: a task never holds more than one
 * record of a file in memory, whatever the file's size. After each file comes one
 * {@link ParsedRecords#HELD} row with the records its reader framed, the {@code read} of the
 * run report.
 */
public final class ParseInputFiles implements MapPartitionsFunction<String, Row> {
  private static final long serialVersionUID = 1L;

  private final HadoopConf conf;
  private final ReaderOptions options;
  private final InputFormat forcedFormat;
  private final LanguageFiller languages;

  public ParseInputFiles(HadoopConf conf, ReaderOptions options, InputFormat forcedFormat, LanguageFiller languages) {
    this.conf = conf;
    this.options = options;
    this.forcedFormat = forcedFormat;
    this.languages = languages;
  }

  @Override
  public Iterator<Row> call(Iterator<String> files) {
    InputFileReader reader = new InputFileReader(options, forcedFormat);
    return new Iterator<>() {
      private RecordIterator current;
      private String currentFile;
      /** The current file broke off and got one extra reject for its unread rest. */
      private boolean failedMidFile;

      private final ArrayDeque<Row> pending = new ArrayDeque<>();

      @Override
      public boolean hasNext() {
        while (pending.isEmpty()) {
          if (current != null && hasMore(current)) {
            toRows(current.next());
          } else if (current != null) {
            pending.add(ParsedRecords.held(currentFile, current.recordsHeld() + (failedMidFile ? 1 : 0)));
            current = null;
          } else if (files.hasNext()) {
            currentFile = files.next();
            current = open(reader, currentFile);
            failedMidFile = false;
          } else {
            return false;
          }
        }
        return true;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return pending.poll();
      }

      /** A file that breaks mid-way (a truncated gzip) ends in one reject, not a failed task. */
      private boolean hasMore(RecordIterator records) {
        if (failedMidFile) {
          return false;
        }
        try {
          return records.hasNext();
        } catch (java.io.UncheckedIOException e) {
          pending.add(ParsedRecords.reject(new Reject(currentFile, 0, 0, Reject.STAGE_INGEST,
              RejectReason.UNREADABLE, "read failed mid-file: " + e.getCause().getMessage(), "")));
          closeQuietly(records);
          failedMidFile = true;
          return false;
        }
      }

      private void toRows(RecordOutcome outcome) {
        if (outcome.isRejected()) {
          pending.add(ParsedRecords.reject(outcome.reject()));
          return;
        }
        long position = 0;
        for (Document doc : outcome.documents()) {
          LanguageFiller.Filled lang = languages.fill(doc);
          String fingerprint = doc.corpus() == Corpus.ARTICLE ? TextFingerprint.of(doc.text()) : null;
          pending.add(ParsedRecords.document(doc, lang.lang(), lang.detected(), fingerprint, position++));
        }
      }
    };
  }

  private static void closeQuietly(RecordIterator records) {
    try {
      records.close();
    } catch (IOException | RuntimeException ignored) {
      // the file is already reported as unreadable
    }
  }

  private RecordIterator open(InputFileReader reader, String file) {
    InputStream in;
    try {
      // Not new Path(file): a colon in the file name would be read as a URI scheme.
      Path path = InputListing.toPath(file);
      org.apache.hadoop.fs.FileSystem fs = path.getFileSystem(conf.get());
      if (fs instanceof org.apache.hadoop.fs.LocalFileSystem) {
        // The checksummed local file system builds the ".name.crc" path with new Path(parent,
        // child), which fails on a colon in the name; input files have no checksum files anyway.
        fs = ((org.apache.hadoop.fs.LocalFileSystem) fs).getRaw();
      }
      in = fs.open(path);
    } catch (IOException e) {
      return RecordIterator.of(RecordOutcome.rejected(new Reject(file, 0, 0, Reject.STAGE_INGEST,
          RejectReason.UNREADABLE, e.getMessage(), "")));
    }
    return reader.read(file, in);
  }
}
