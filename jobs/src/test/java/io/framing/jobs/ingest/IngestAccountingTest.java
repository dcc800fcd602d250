package io.framing.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.framing.jobs.SparkTestSession;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs ingest over {@code data/broken/} (one file per kind of bad record, each with good
 * records beside the bad ones) and checks that every record read is accounted for.
 */
class IngestAccountingTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path out;
  static JsonNode report;
  static Dataset<Row> documents;
  static Dataset<Row> rejects;

  @BeforeAll
  static void ingestBrokenFiles() throws Exception {
    Path broken = SparkTestSession.projectRoot().resolve("data/broken");
    SparkTestSession.runPipeline("ingest", "--input", broken.toString(), "--output", out.toString());
    report = JSON.readTree(out.resolve("_run_report.json").toFile());
    SparkSession spark = SparkTestSession.get();
    documents = spark.read().parquet(out.resolve("documents").toString()).cache();
    rejects = spark.read().parquet(out.resolve("rejects").toString()).cache();
  }

  @Test
  void everyFileBalancesReadAgainstAcceptedRejectedAndFolded() {
    JsonNode files = report.get("files");
    assertTrue(files.size() >= 10, "one entry per broken file: " + files);
    for (Iterator<Map.Entry<String, JsonNode>> it = files.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      JsonNode c = f.getValue();
      assertEquals(c.get("read").asLong(),
          c.get("accepted").asLong() + c.get("rejected").asLong() + c.get("folded_duplicates").asLong(),
          "accounting of " + f.getKey());
    }
  }

  @Test
  void reportCountsAgreeWithTheTablesReadBack() {
    Map<String, Long> rejectedPerFile = new HashMap<>();
    for (Row r : rejects.groupBy("input_file").count().collectAsList()) {
      rejectedPerFile.put(r.getString(0), r.getLong(1));
    }
    Map<String, Long> ownDocsPerFile = new HashMap<>();
    for (Row r : documents.groupBy("input_file").count().collectAsList()) {
      ownDocsPerFile.put(r.getString(0), r.getLong(1));
    }
    long acceptedAndCarried = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = report.get("files").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      assertEquals(f.getValue().get("rejected").asLong(), rejectedPerFile.getOrDefault(f.getKey(), 0L),
          "rejects of " + f.getKey());
      acceptedAndCarried += f.getValue().get("accepted").asLong() + f.getValue().get("carried_documents").asLong();
    }
    assertEquals(acceptedAndCarried, documents.count());
    assertEquals(report.get("tables").get("documents").asLong(), documents.count());
    assertEquals(report.get("tables").get("rejects").asLong(), rejects.count());
    for (Row r : rejects.groupBy("reason_code").count().collectAsList()) {
      assertEquals(r.getLong(1), report.get("rejects_by_reason").get(r.getString(0)).asLong(), r.getString(0));
    }
  }

  @Test
  void eachKindOfBadRecordIsRejectedWithItsReasonAndGoodNeighboursAreKept() {
    Map<String, String> expected = Map.ofEntries(
        Map.entry("broken-json.jsonl", "broken_json"),
        Map.entry("wrong-field-count.csv", "wrong_field_count"),
        Map.entry("no-text.jsonl", "no_text"),
        Map.entry("bad-date.jsonl", "unparseable_date"),
        Map.entry("invalid-utf8.jsonl", "invalid_utf8"),
        Map.entry("oversized.jsonl", "over_size_limit"),
        Map.entry("not-text.jsonl", "not_a_text_file"),
        Map.entry("truncated.jsonl.gz", "truncated_gzip"),
        Map.entry("trailing-garbage.jsonl", "trailing_garbage"),
        Map.entry("unclosed-quote.csv", "unclosed_quote"),
        Map.entry("nul-byte.jsonl", "nul_byte"),
        Map.entry("utf16.jsonl", "utf16"),
        Map.entry("empty.jsonl", "empty_file"),
        Map.entry("conflicting-id.jsonl", "conflicting_duplicate"));
    Set<String> holdNoGoodRecord = Set.of("not-text.jsonl", "utf16.jsonl", "empty.jsonl");
    for (Map.Entry<String, String> e : expected.entrySet()) {
      long matching = rejects.filter(col("input_file").endsWith("/" + e.getKey())
          .and(col("reason_code").equalTo(e.getValue()))).count();
      assertTrue(matching >= 1, e.getKey() + " should give a " + e.getValue() + " reject");
      if (!holdNoGoodRecord.contains(e.getKey())) {
        assertTrue(documents.filter(col("input_file").endsWith("/" + e.getKey())).count() >= 1,
            "the good records of " + e.getKey() + " are kept");
      }
    }
    assertTrue(report.get("files").toString().contains("folded_duplicates\":1"),
        "repeated-id.jsonl folds its second copy");
  }

  @Test
  void rejectRowsCarryWhereAndWhyAndTheRawRecordCut() {
    List<Row> rows = rejects.select("input_file", "record_number", "stage", "reason", "raw").collectAsList();
    for (Row r : rows) {
      assertTrue(r.getString(0).contains("data/broken/"), r.toString());
      assertTrue(r.getLong(1) >= 0);
      assertEquals("ingest", r.getString(2));
      assertTrue(!r.getString(3).isBlank());
      assertTrue(r.getString(4).length() <= 2000, "raw is cut to 2,000 characters");
    }
  }

  /**
   * The table of {@code data/broken/README.md}: {@code read} is what each file held (lines,
   * rows, tweets of a page), counted by the reader apart from the outcomes, so these numbers
   * would show a record that a reader swallowed.
   */
  @Test
  void eachFileCountsWhatItHeldAsTheBrokenReadmeTableSays() {
    Map<String, List<Long>> table = Map.ofEntries(
        Map.entry("broken-json.jsonl", List.of(4L, 3L, 1L, 0L)),
        Map.entry("wrong-field-count.csv", List.of(5L, 3L, 2L, 0L)),
        Map.entry("no-text.jsonl", List.of(4L, 2L, 2L, 0L)),
        Map.entry("bad-date.jsonl", List.of(4L, 2L, 2L, 0L)),
        Map.entry("invalid-utf8.jsonl", List.of(3L, 2L, 1L, 0L)),
        Map.entry("oversized.jsonl", List.of(3L, 2L, 1L, 0L)),
        Map.entry("not-text.jsonl", List.of(1L, 0L, 1L, 0L)),
        Map.entry("tweets-v1-broken.jsonl", List.of(6L, 3L, 3L, 0L)),
        Map.entry("tweets-v2-broken.jsonl", List.of(4L, 3L, 1L, 0L)),
        Map.entry("repeated-id.jsonl", List.of(3L, 2L, 0L, 1L)),
        Map.entry("truncated.jsonl.gz", List.of(8L, 7L, 1L, 0L)),
        Map.entry("trailing-garbage.jsonl", List.of(5L, 4L, 1L, 0L)),
        Map.entry("unclosed-quote.csv", List.of(4L, 3L, 1L, 0L)),
        Map.entry("nul-byte.jsonl", List.of(3L, 2L, 1L, 0L)),
        Map.entry("utf16.jsonl", List.of(1L, 0L, 1L, 0L)),
        Map.entry("empty.jsonl", List.of(1L, 0L, 1L, 0L)),
        Map.entry("conflicting-id.jsonl", List.of(2L, 1L, 1L, 0L)));
    Map<String, List<Long>> actual = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = report.get("files").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      JsonNode c = f.getValue();
      actual.put(f.getKey().substring(f.getKey().lastIndexOf('/') + 1), List.of(c.get("read").asLong(),
          c.get("accepted").asLong(), c.get("rejected").asLong(), c.get("folded_duplicates").asLong()));
    }
    assertEquals(table, actual, "read, accepted, rejected, folded per file");
    assertEquals(0, documents.filter(col("native_id").equalTo("brk-tr8")).count(), "brk-tr8 ends in the cut bytes");
    assertEquals("brk-bd1", rejects.filter(col("reason_code").equalTo("conflicting_duplicate"))
        .first().<String>getAs("reason").replaceAll(".*id (brk-bd1).*", "$1"));
    assertTrue(rejects.filter(col("reason_code").equalTo("conflicting_duplicate")).first().<String>getAs("reason")
        .contains("bad-date.jsonl record 1"), "names the kept record");
  }
}
