package io.framing.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.framing.jobs.SparkTestSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every document a gold file lists is in {@code documents} exactly once, with its native id,
 * corpus and text, an author and (but for plain-text articles, which carry no date) a time,
 * when the gold set's {@code input/} folder is given as one {@code --input}.
 */
class IngestGoldTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path out;

  @ParameterizedTest
  @ValueSource(strings = {"seed", "dev"})
  void everyGoldDocumentIsIngestedExactlyOnce(String set) throws IOException {
    Path gold = SparkTestSession.projectRoot().resolve("../shared/gold").resolve(set).normalize();
    SparkTestSession.runPipeline("ingest", "--input", gold.resolve("input").toString(), "--output", out.toString());

    var documents = SparkTestSession.get().read().parquet(out.resolve("documents").toString()).cache();
    List<String> lines = Files.readAllLines(gold.resolve("gold.jsonl"));
    for (String line : lines) {
      JsonNode g = JSON.readTree(line);
      String nativeId = g.get("native_id").asText();
      String corpus = g.get("corpus").asText();
      List<Row> rows = documents.filter(col("native_id").equalTo(nativeId).and(col("corpus").equalTo(corpus)))
          .select("text", "author", "published_at", "input_file", "day").collectAsList();
      assertEquals(1, rows.size(), set + ": " + corpus + " " + nativeId + " must be in documents exactly once");
      Row row = rows.get(0);
      assertEquals(g.get("text").asText(), row.getString(0), "text of " + nativeId);
      if (corpus.equals("tweet")) {
        assertNotNull(row.get(1), "author of tweet " + nativeId);
      }
      boolean plainText = row.getString(3).endsWith(".txt");
      if (!plainText) {
        assertNotNull(row.get(2), "published_at of " + nativeId);
        assertNotNull(row.get(4), "day of " + nativeId);
      }
    }
    assertTrue(documents.count() >= lines.size());
    documents.unpersist();
  }
}
