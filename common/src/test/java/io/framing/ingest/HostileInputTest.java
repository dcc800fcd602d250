package io.framing.ingest;

import io.framing.model.Document;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inputs as real exports and downloads deliver them (byte-order marks, glued lines, CR-only
 * endings, runaway quotes, stray NULs, UTF-16, empty files, cut gzips): every record is kept
 * or rejected with its reason, and the count of records the file held matches the outcomes.
 */
class HostileInputTest {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** All outcomes, and the reader's own count of the records the file held. */
  private static final class Read {
    final List<RecordOutcome> outcomes = new ArrayList<>();
    long held;

    List<Document> documents() {
      return Readers.documents(outcomes);
    }

    List<Reject> rejects() {
      return Readers.rejects(outcomes);
    }

    List<String> ids() {
      return documents().stream().filter(d -> !d.carried()).map(Document::nativeId).collect(Collectors.toList());
    }
  }

  private static Read read(String name, byte[] content) {
    return read(name, content, ReaderOptions.defaults());
  }

  private static Read read(String name, byte[] content, ReaderOptions options) {
    Read r = new Read();
    try (RecordIterator it = new InputFileReader(options, null).read(name, new ByteArrayInputStream(content))) {
      it.forEachRemaining(r.outcomes::add);
      r.held = it.recordsHeld();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertEquals(r.held, r.outcomes.size(), "one outcome per record the file held, in " + name);
    return r;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static String article(String id) {
    return "{\"id\":\"" + id + "\",\"published_at\":\"2020-10-05T08:00:00Z\",\"title\":\"T " + id
        + "\",\"text\":\"Text of " + id + ".\"}";
  }

  private static String v1(String id) {
    return "{\"created_at\":\"Mon Oct 05 06:00:00 +0000 2020\",\"id_str\":\"" + id + "\",\"full_text\":\"tweet "
        + id + "\",\"user\":{\"screen_name\":\"u" + id + "\",\"name\":\"U\"}}";
  }

  private static String v2(String... ids) {
    StringBuilder data = new StringBuilder();
    for (String id : ids) {
      data.append(data.length() == 0 ? "" : ",").append("{\"id\":\"").append(id)
          .append("\",\"text\":\"v2 tweet ").append(id).append("\",\"author_id\":\"9\",\"created_at\":\"2020-10-05T06:00:00Z\"}");
    }
    return "{\"data\":[" + data + "],\"includes\":{\"users\":[{\"id\":\"9\",\"username\":\"nine\"}]}}";
  }

  private static final String CSV_HEADER = "id,url,source,published_at,title,text\n";

  private static String csvRow(String id, String text) {
    return id + ",https://x.example/" + id + ",Src,2020-10-05T08:00:00Z,Title " + id + "," + text + "\n";
  }

  @Test
  void byteOrderMarkDoesNotBreakTheFirstRecordOfAnyFormat() {
    assertEquals(List.of("a1", "a2"),
        read("a.jsonl", concat(BOM, utf8(article("a1") + "\n" + article("a2") + "\n"))).ids());
    assertEquals(List.of("101", "102"), read("t.jsonl", concat(BOM, utf8(v1("101") + "\n" + v1("102") + "\n"))).ids());
    assertEquals(List.of("201", "202"), read("p.jsonl", concat(BOM, utf8(v2("201", "202") + "\n"))).ids());
    assertEquals(List.of("c1", "c2"),
        read("a.csv", concat(BOM, utf8(CSV_HEADER + csvRow("c1", "one") + csvRow("c2", "two")))).ids());
  }

  @Test
  void twoObjectsOnOneLineAreTwoRecords() {
    Read r = read("a.jsonl", utf8(article("a1") + article("a2") + "\n" + article("a3") + " " + article("a4") + "\n"));
    assertEquals(List.of("a1", "a2", "a3", "a4"), r.ids());
    assertEquals(List.of(1L, 2L, 3L, 4L), r.documents().stream().map(Document::recordNumber).collect(Collectors.toList()));
    Read pages = read("p.jsonl", utf8(v2("201", "202") + v2("203") + "\n"));
    assertEquals(List.of("201", "202", "203"), pages.ids());
  }

  @Test
  void trailingGarbageAfterAnObjectIsRejectedAndTheObjectKept() {
    Read r = read("a.jsonl", utf8(article("a1") + " oops}\n" + article("a2") + ",\n" + article("a3") + "\n"));
    assertEquals(List.of("a1", "a2", "a3"), r.ids());
    assertEquals(2, r.rejects().size());
    for (Reject reject : r.rejects()) {
      assertEquals(RejectReason.TRAILING_GARBAGE, reject.reason());
    }
    assertEquals("oops}", r.rejects().get(0).raw());
    assertEquals(1, r.rejects().get(0).lineNumber());
    Read cut = read("b.jsonl", utf8(article("b1") + "{\"id\":\"b2\",\"text\":\"cut\n"));
    assertEquals(List.of("b1"), cut.ids());
    assertEquals(RejectReason.BROKEN_JSON, cut.rejects().get(0).reason(), "a second object cut short is broken JSON");
  }

  @Test
  void crOnlyLineEndingsKeepEveryRecord() {
    assertEquals(List.of("a1", "a2", "a3"),
        read("a.jsonl", utf8(article("a1") + "\r" + article("a2") + "\r" + article("a3") + "\r")).ids());
    assertEquals(List.of("c1", "c2", "c3"), read("a.csv",
        utf8((CSV_HEADER + csvRow("c1", "\"two\rlines\"") + csvRow("c2", "x") + csvRow("c3", "y")).replace('\n', '\r'))).ids());
    assertEquals(List.of("a1", "a2"), read("m.jsonl", utf8(article("a1") + "\r\n\r" + article("a2") + "\n")).ids(),
        "CRLF, CR and LF mixed; the blank line between is no record");
  }

  @Test
  void anOversizedQuotedCsvFieldIsRejectedAloneAndTheRowsAfterItAreKept() {
    String big = "\"" + "word, ".repeat(600) + "\"";
    Read r = read("a.csv", utf8(CSV_HEADER + csvRow("c1", "fine") + csvRow("c2", big) + csvRow("c3", "after")
        + csvRow("c4", "\"quoted, also after\"")), ReaderOptions.defaults().withMaxRecordBytes(1024));
    assertEquals(List.of("c1", "c3", "c4"), r.ids());
    assertEquals(1, r.rejects().size());
    assertEquals(RejectReason.TOO_LARGE, r.rejects().get(0).reason());
    assertEquals(4, r.held);
  }

  @Test
  void anUnclosedQuoteIsRejectedAndTheRowsAfterItAreRecovered() {
    Read r = read("a.csv", utf8(CSV_HEADER + csvRow("c1", "fine") + csvRow("c2", "\"never closed, text")
        + csvRow("c3", "after") + csvRow("c4", "\"quoted\nover two lines\"") + csvRow("c5", "last")));
    assertEquals(List.of("c1", "c3", "c4", "c5"), r.ids());
    assertEquals("quoted\nover two lines", r.documents().get(2).text());
    assertEquals(1, r.rejects().size());
    Reject reject = r.rejects().get(0);
    assertEquals(RejectReason.UNCLOSED_QUOTE, reject.reason());
    assertEquals(3, reject.lineNumber());
    assertEquals(2, reject.recordNumber());
    assertEquals(5, r.held, "five rows held: four kept, one rejected");
  }

  @Test
  void aQuoteStillOpenAfterTheLineLimitRejectsOnlyItsFirstLine() {
    StringBuilder csv = new StringBuilder(CSV_HEADER).append(csvRow("c1", "\"opens here"));
    for (int i = 2; i <= 6; i++) {
      csv.append(csvRow("c" + i, "plain " + i));
    }
    Read r = read("a.csv", utf8(csv.toString()), new ReaderOptions(ReaderOptions.DEFAULT_MAX_RECORD_BYTES, 3));
    assertEquals(List.of("c2", "c3", "c4", "c5", "c6"), r.ids());
    assertEquals(RejectReason.UNCLOSED_QUOTE, r.rejects().get(0).reason());
  }

  @Test
  void oneNulByteCostsOnlyItsOwnRecord() {
    byte[] jsonl = utf8(article("a1") + "\n" + article("a2").replace("Text", "Te\0xt") + "\n" + article("a3") + "\n");
    Read r = read("a.jsonl", jsonl);
    assertEquals(List.of("a1", "a3"), r.ids());
    assertEquals(RejectReason.NUL_BYTE, r.rejects().get(0).reason());
    assertEquals(2, r.rejects().get(0).lineNumber());
    assertTrue(!r.rejects().get(0).raw().contains("\0"), "the raw text holds no NUL");
    Read csv = read("a.csv", utf8(CSV_HEADER + csvRow("c1", "ok") + csvRow("c2", "n\0l") + csvRow("c3", "ok")));
    assertEquals(List.of("c1", "c3"), csv.ids());
    assertEquals(RejectReason.NUL_BYTE, csv.rejects().get(0).reason());
  }

  @Test
  void utf16IsReportedAsUtf16() {
    String text = article("a1") + "\n" + article("a2") + "\n";
    for (byte[] bytes : List.of(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)),
        text.getBytes(StandardCharsets.UTF_16LE), text.getBytes(StandardCharsets.UTF_16))) {
      Read r = read("a.jsonl", bytes);
      assertEquals(1, r.rejects().size());
      assertEquals(RejectReason.UTF16, r.rejects().get(0).reason());
      assertTrue(r.rejects().get(0).reasonText().contains("UTF-16"), r.rejects().get(0).reasonText());
      assertEquals(0, r.rejects().get(0).recordNumber());
    }
  }

  @Test
  void anEmptyOrWhitespaceOnlyFileIsOneEmptyFileRejectNotARecord() {
    for (String name : List.of("a.jsonl", "a.csv", "a.txt", "cw-2020-10-05-x.txt")) {
      for (byte[] content : List.of(new byte[0], utf8("  \n\r\n\t\n"), BOM, Readers.gzip(""))) {
        Read r = read(name, content);
        assertEquals(0, r.documents().size(), name);
        assertEquals(RejectReason.EMPTY_FILE, r.rejects().get(0).reason(), name);
        assertEquals(1, r.held);
      }
    }
  }

  @Test
  void aGzipCutAtALineEndStillRejectsTheLostTail() throws IOException {
    StringBuilder lines = new StringBuilder();
    java.util.Random random = new java.util.Random(11);
    for (int i = 0; i < 300; i++) {
      lines.append(article("g" + i + "-" + Long.toHexString(random.nextLong()))).append('\n');
    }
    byte[] gz = Readers.gzip(lines.toString());
    // Cut at a length whose decompressed prefix ends exactly on a newline, if any does.
    Read r = read("cut.jsonl.gz", java.util.Arrays.copyOf(gz, gz.length - 9));
    assertEquals(1, r.rejects().size(), r.rejects().toString());
    assertEquals(RejectReason.TRUNCATED_GZIP, r.rejects().get(0).reason());
    assertTrue(r.documents().size() >= 290, "records before the cut are kept: " + r.documents().size());
    StringBuilder quoted = new StringBuilder("\"");
    for (int i = 0; i < 40; i++) {
      quoted.append(Long.toHexString(random.nextLong())).append(" words\n");
    }
    byte[] csvGz = Readers.gzip(CSV_HEADER + csvRow("c1", "a") + csvRow("c2", quoted + "end\""));
    Read csv = read("cut.csv.gz", java.util.Arrays.copyOf(csvGz, csvGz.length - 100));
    assertEquals(List.of("c1"), csv.ids());
    assertEquals(RejectReason.TRUNCATED_GZIP, csv.rejects().get(csv.rejects().size() - 1).reason(),
        "a quote left open by the cut is the cut's fault");
  }
}
