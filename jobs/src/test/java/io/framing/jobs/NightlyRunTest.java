package io.framing.jobs;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.framing.jobs.io.Publisher;
import io.framing.jobs.io.Tables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nightly runs over windows of days, on one output: a full run, then a run of the window
 * 2020-10-01..2020-10-05 over fewer inputs (articles only) replaces exactly the window's days
 * (tweet-only days of the window disappear) and leaves every other day's files untouched; the
 * same windowed run again gives identical tables; {@code extract} alone over the window and over
 * an empty window changes nothing.
 */
class NightlyRunTest {
  static final String SINCE = "2020-10-01";
  static final String UNTIL = "2020-10-05";
  static final List<String> TABLES = List.of("documents", "rejects", "mentions", "relations");

  @TempDir
  static Path tmp;
  static Path out;
  static Path undated;
  static Path articles;
  static Path tweets;
  static Map<String, Dataset<Row>> full;
  static Map<String, String> filesOutsideWindowAfterFull;

  @BeforeAll
  static void fullRun() throws IOException {
    Path corpus = SparkTestSession.projectRoot().resolve("data/corpus");
    articles = corpus.resolve("articles.jsonl");
    tweets = corpus.resolve("tweets-v1.jsonl");
    undated = tmp.resolve("undated");
    Files.createDirectories(undated);
    Files.writeString(undated.resolve("undated-note.txt"),
        "A note without a date\nThe foreign ministry of Armenia condemned the shelling of Stepanakert.\n");
    out = tmp.resolve("out");
    SparkTestSession.runPipeline("run", "--input", articles.toString(), "--input", tweets.toString(),
        "--input", undated.toString(), "--output", out.toString(), "--data-dir", dataDir());
    full = snapshot("full");
    filesOutsideWindowAfterFull = dataFilesOutsideWindow();
  }

  @Test
  void aWindowReplacesItsDaysOnlyAndARerunGivesIdenticalTables() throws IOException {
    String[] windowed = {"run", "--input", articles.toString(), "--input", undated.toString(), "--output", out.toString(),
        "--since", SINCE, "--until", UNTIL, "--reingest", "--data-dir", dataDir()};
    SparkTestSession.runPipeline(windowed);
    SparkSession spark = SparkTestSession.get();
    Dataset<Row> documents = read("documents");

    // In the window: only the articles' documents now; the tweet-only days 2020-10-03 and 2020-10-05 are gone.
    Dataset<Row> inWindow = documents.filter(window());
    assertTrue(inWindow.count() > 0);
    assertEquals(0, inWindow.filter(col("corpus").equalTo("tweet")).count(), "tweets of the window were replaced");
    assertFalse(Files.exists(out.resolve("documents/day=2020-10-03")), "a window day without rows now is removed");
    assertEquals(0, read("relations").filter(window()).filter(col("corpus").equalTo("tweet")).count());
    assertEquals(0, read("mentions").filter(window()).filter(col("doc_id").startsWith("t-")).count());
    // Outside the window: the full run's rows and the very same files.
    for (String table : List.of("documents", "mentions", "relations")) {
      assertSameRows(full.get(table).filter(window().unary_$bang()), read(table).filter(window().unary_$bang()),
          table + " outside the window");
    }
    assertEquals(filesOutsideWindowAfterFull, dataFilesOutsideWindow(), "files outside the window are untouched");
    assertTrue(full.get("documents").filter(col("corpus").equalTo("tweet")).filter(window()).count() > 0,
        "the full run had tweets in the window (else the test proves nothing)");

    JsonNode report = new ObjectMapper().readTree(out.resolve("_run_report.json").toFile());
    assertEquals(SINCE + ".." + UNTIL, report.path("window").asText());
    JsonNode ingest = report.path("stage_counts").path("ingest");
    assertEquals(1, ingest.path("documents_without_day_left_out").asLong(), report.toString());
    assertEquals(inWindow.count(), ingest.path("documents_in_window").asLong());
    assertEquals(ingest.path("documents").asLong(),
        ingest.path("documents_in_window").asLong() + ingest.path("documents_outside_window").asLong() + 1);
    assertEquals(1, documents.filter(col("day").isNull()).count(), "the full run's undated document stays");
    assertEquals(report.path("run_id").asText(),
        new ObjectMapper().readTree(out.resolve(Publisher.CURRENT).toFile()).path("run_id").asText());

    Map<String, Dataset<Row>> once = snapshot("once");
    SparkTestSession.runPipeline(windowed);
    for (String table : TABLES) {
      assertSameRows(once.get(table), read(table), table + " after the same run twice");
    }
    assertNotEquals(report.path("run_id").asText(),
        new ObjectMapper().readTree(out.resolve(Publisher.CURRENT).toFile()).path("run_id").asText());
    for (String left : List.of(Publisher.STAGING, Publisher.TRASH, Publisher.JOURNAL)) {
      assertFalse(Files.exists(out.resolve(left)), left + " is gone after the publish");
    }

    // extract alone reads the published documents: over the window, and over a window without documents.
    SparkTestSession.runPipeline("extract", "--output", out.toString(), "--since", SINCE, "--until", UNTIL,
        "--data-dir", dataDir());
    SparkTestSession.runPipeline("extract", "--output", out.toString(), "--since", "2021-01-01", "--until", "2021-01-31",
        "--data-dir", dataDir());
    for (String table : TABLES) {
      // extract alone writes relations as extract does, before summarize fills their frames and
      // sentiment; everything extract itself decides must be unchanged.
      boolean relations = table.equals("relations");
      assertSameRows(relations ? once.get(table).drop("frames", "sentiment") : once.get(table),
          relations ? read(table).drop("frames", "sentiment") : read(table), table + " after extract alone");
    }
    assertTrue(spark.read().parquet(out.resolve("rejects").toString()).columns().length > 0);
  }

  private static String dataDir() {
    return SparkTestSession.projectRoot().resolve("data").toString();
  }

  private static Column window() {
    return Tables.dayInWindow(java.time.LocalDate.parse(SINCE), java.time.LocalDate.parse(UNTIL));
  }

  private static Dataset<Row> read(String table) {
    return SparkTestSession.get().read().parquet(out.resolve(table).toString());
  }

  /** The tables as they are now, copied (cached and counted) so that later runs cannot change them. */
  private static Map<String, Dataset<Row>> snapshot(String name) throws IOException {
    Map<String, Dataset<Row>> tables = new TreeMap<>();
    for (String table : TABLES) {
      Path copy = tmp.resolve("snapshot-" + name + "/" + table);
      read(table).write().parquet(copy.toString());
      tables.put(table, SparkTestSession.get().read().parquet(copy.toString()));
    }
    return tables;
  }

  private static void assertSameRows(Dataset<Row> expected, Dataset<Row> actual, String what) {
    assertEquals(expected.count(), actual.count(), what + ": row count");
    assertEquals(0, expected.exceptAll(actual).count(), what + ": rows missing");
    assertEquals(0, actual.exceptAll(expected).count(), what + ": rows added");
  }

  /** Data file names (with their sizes) of days outside the window, per table. */
  private static Map<String, String> dataFilesOutsideWindow() throws IOException {
    Map<String, String> files = new TreeMap<>();
    for (String table : List.of("documents", "mentions", "relations")) {
      try (Stream<Path> walk = Files.walk(out.resolve(table))) {
        for (Path f : (Iterable<Path>) walk.filter(p -> p.getFileName().toString().startsWith("part-"))::iterator) {
          String day = f.getParent().getFileName().toString().replace("day=", "");
          if (day.compareTo(SINCE) < 0 || day.compareTo(UNTIL) > 0) {
            files.put(out.relativize(f).toString(), Files.size(f) + " " + Files.getLastModifiedTime(f));
          }
        }
      }
    }
    return files;
  }
}
