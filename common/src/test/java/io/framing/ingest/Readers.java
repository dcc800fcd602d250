package io.framing.ingest;

import io.framing.model.Document;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Test helpers: read a whole input given as a string or bytes into its outcomes. */
final class Readers {
  private Readers() {}

  static List<RecordOutcome> read(String fileName, String content) {
    return read(fileName, content.getBytes(StandardCharsets.UTF_8), ReaderOptions.defaults(), null);
  }

  static List<RecordOutcome> read(String fileName, byte[] content, ReaderOptions options, InputFormat forced) {
    List<RecordOutcome> all = new ArrayList<>();
    try (RecordIterator it = new InputFileReader(options, forced).read(fileName, new ByteArrayInputStream(content))) {
      while (true) {
        try {
          if (!it.hasNext()) {
            break;
          }
        } catch (java.io.UncheckedIOException e) {
          // As the Spark job does: a file that breaks mid-way ends in one unreadable reject.
          all.add(RecordOutcome.rejected(new Reject(fileName, 0, 0, Reject.STAGE_INGEST, RejectReason.UNREADABLE,
              e.getCause().getMessage(), "")));
          break;
        }
        all.add(it.next());
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return all;
  }

  static List<Document> documents(List<RecordOutcome> outcomes) {
    List<Document> docs = new ArrayList<>();
    outcomes.forEach(o -> docs.addAll(o.documents()));
    return docs;
  }

  static List<Reject> rejects(List<RecordOutcome> outcomes) {
    List<Reject> rejects = new ArrayList<>();
    outcomes.stream().filter(RecordOutcome::isRejected).forEach(o -> rejects.add(o.reject()));
    return rejects;
  }

  static byte[] gzip(String content) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(content.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return bytes.toByteArray();
  }
}
