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
    Map<String, String> expected = Map.of(
        "broken-json.jsonl", "broken_json",
        "wrong-field-count.csv", "wrong_field_count",
        "no-text.jsonl", "no_text",
        "bad-date.jsonl", "unparseable_date",
        "invalid-utf8.jsonl", "invalid_utf8",
        "oversized.jsonl", "over_size_limit",
        "not-text.jsonl", "not_a_text_file",
        "truncated.jsonl.gz", "unreadable_file");
    for (Map.Entry<String, String> e : expected.entrySet()) {
      long matching = rejects.filter(col("input_file").endsWith("/" + e.getKey())
          .and(col("reason_code").equalTo(e.getValue()))).count();
      assertTrue(matching >= 1, e.getKey() + " should give a " + e.getValue() + " reject");
      if (!e.getKey().equals("not-text.jsonl")) {
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
}
