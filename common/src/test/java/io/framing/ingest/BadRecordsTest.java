package io.framing.ingest;

import io.framing.model.Document;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each kind of bad record becomes exactly one reject with its reason; good neighbours survive. */
class BadRecordsTest {
  private static final String GOOD =
      "{\"id\":\"good\",\"published_at\":\"2020-09-30T08:00:00Z\",\"text\":\"Fine.\"}\n";

  private static Reject onlyReject(List<RecordOutcome> out) {
    List<Reject> rejects = Readers.rejects(out);
    assertEquals(1, rejects.size(), "rejects: " + rejects);
    return rejects.get(0);
  }

  @Test
  void brokenJson() {
    List<RecordOutcome> out = Readers.read("a.jsonl", GOOD + "{\"id\":\"b\",\"text\":\"cut\n" + GOOD);
    Reject r = onlyReject(out);
    assertEquals(RejectReason.BROKEN_JSON, r.reason());
    assertEquals(2, r.recordNumber());
    assertEquals(2, r.lineNumber());
    assertEquals("{\"id\":\"b\",\"text\":\"cut", r.raw());
    assertEquals(2, Readers.documents(out).size());
  }

  @Test
  void noText() {
    List<RecordOutcome> out = Readers.read("a.jsonl",
        GOOD + "{\"id\":\"e\",\"published_at\":\"2020-09-30T08:00:00Z\",\"text\":\"  \"}\n");
    assertEquals(RejectReason.NO_TEXT, onlyReject(out).reason());
  }

  @Test
  void unparseableDate() {
    List<RecordOutcome> out = Readers.read("a.jsonl",
        "{\"id\":\"d\",\"published_at\":\"last Tuesday\",\"text\":\"Words.\"}\n" + GOOD);
    Reject r = onlyReject(out);
    assertEquals(RejectReason.BAD_DATE, r.reason());
    assertTrue(r.reasonText().contains("last Tuesday"), r.reasonText());
  }

  @Test
  void invalidUtf8RejectsTheLineNotTheFile() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(GOOD.getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes("{\"id\":\"u\",\"published_at\":\"2020-09-30T08:00:00Z\",\"text\":\"bad ".getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28});
    bytes.writeBytes("\"}\n".getBytes(StandardCharsets.UTF_8));
    List<RecordOutcome> out = Readers.read("a.jsonl", bytes.toByteArray(), ReaderOptions.defaults(), null);
    assertEquals(RejectReason.INVALID_UTF8, onlyReject(out).reason());
    assertEquals(1, Readers.documents(out).size());
  }

  @Test
  void invalidUtf8InsideAMultiLineCsvRecord() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("id,published_at,title,text\nok,2020-10-01T00:00:00Z,T,Fine.\nbad,2020-10-01T00:00:00Z,T,\"line one\nline ".getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(new byte[] {(byte) 0xFF});
    bytes.writeBytes(" two\"\nok2,2020-10-01T00:00:00Z,T,Fine too.\n".getBytes(StandardCharsets.UTF_8));
    List<RecordOutcome> out = Readers.read("a.csv", bytes.toByteArray(), ReaderOptions.defaults(), null);
    assertEquals(3, out.size());
    assertEquals(RejectReason.INVALID_UTF8, onlyReject(out).reason());
    assertEquals(List.of("ok", "ok2"), Readers.documents(out).stream().map(Document::nativeId).toList());
  }

  @Test
  void oversizedRecordIsRejectedWithoutLoadingItWhole() {
    char[] big = new char[5000];
    Arrays.fill(big, 'x');
    String line = "{\"id\":\"big\",\"published_at\":\"2020-09-30T08:00:00Z\",\"text\":\"" + new String(big) + "\"}\n";
    List<RecordOutcome> out = Readers.read("a.jsonl", (GOOD + line + GOOD).getBytes(StandardCharsets.UTF_8),
        ReaderOptions.defaults().withMaxRecordBytes(2048), null);
    Reject r = onlyReject(out);
    assertEquals(RejectReason.TOO_LARGE, r.reason());
    assertEquals(Reject.MAX_RAW_CHARS, r.raw().length(), "raw is cut to the limit of the rejects table");
    assertEquals(2, Readers.documents(out).size());
  }

  @Test
  void binaryFileIsOneRejectForTheWholeFile() {
    byte[] binary = {0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01, 0x02};
    List<RecordOutcome> out = Readers.read("archive.jsonl", binary, ReaderOptions.defaults(), null);
    Reject r = onlyReject(out);
    assertEquals(RejectReason.NOT_TEXT, r.reason());
    assertEquals(0, r.recordNumber());
  }

  @Test
  void aTruncatedGzipKeepsTheRecordsBeforeTheBreakAndRejectsTheRest() {
    StringBuilder lines = new StringBuilder();
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 2000; i++) {
      lines.append("{\"id\":\"g").append(i).append('-').append(Long.toHexString(random.nextLong())).append("\",\"published_at\":\"2020-09-30T08:00:00Z\",\"text\":\"Line number ")
          .append(i).append(" of a file that will be cut short by a failed copy.\"}\n");
    }
    byte[] gz = Readers.gzip(lines.toString());
    byte[] cut = java.util.Arrays.copyOf(gz, gz.length - 40);
    List<RecordOutcome> out = Readers.read("cut.jsonl.gz", cut, ReaderOptions.defaults(), null);
    List<Reject> rejects = Readers.rejects(out);
    int kept = Readers.documents(out).size();
    assertTrue(kept >= 1990 && kept < 2000, "every complete record before the cut is kept: " + kept);
    assertEquals(1, rejects.size(), "only the cut tail is rejected: " + rejects);
    assertEquals(RejectReason.TRUNCATED_GZIP, rejects.get(0).reason());
    assertEquals(kept + 1, rejects.get(0).recordNumber(), "the tail is the record after the last kept one");
  }

  @Test
  void fileOfUnknownFormatIsRejectedWithAHint() {
    Reject r = onlyReject(Readers.read("notes.md", "# just some notes\nnothing here\n"));
    assertEquals(RejectReason.UNKNOWN_FORMAT, r.reason());
    assertTrue(r.reasonText().contains("--format"), r.reasonText());
  }

  @Test
  void missingIdIsRejected() {
    Reject r = onlyReject(Readers.read("a.jsonl",
        "{\"published_at\":\"2020-09-30T08:00:00Z\",\"title\":\"t\",\"text\":\"No id.\"}\n"));
    assertEquals(RejectReason.MISSING_FIELD, r.reason());
  }

  @Test
  void blankLinesAreNotRecords() {
    List<RecordOutcome> out = Readers.read("a.jsonl", GOOD + "\n   \n" + GOOD);
    assertEquals(2, out.size());
    assertEquals(4, Readers.documents(out).get(1).lineNumber());
  }
}
