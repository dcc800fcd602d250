package io.framing.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.framing.jobs.SparkTestSession;
import io.framing.model.Corpus;
import io.framing.model.DocIds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A nightly run over an output that already holds a folder's documents: one day's file is
 * added and the run parses only it (the others are {@code skipped: already_ingested} with
 * {@code read} 0), folds its republished ids against the published documents (an identical copy
 * folded, a differing one a {@code conflicting_duplicate} naming the published record), marks an
 * article repeating a published one's text as its duplicate, and rewrites only the new day's
 * partitions: the other days' files keep their bytes and modification times. A run with nothing
 * new skips everything and succeeds; {@code --reingest} parses every file again and gives the
 * same documents.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IncrementalIngestTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> DAY_TABLES = List.of("documents", "mentions", "relations");

  @TempDir static Path work;
  static Path in;
  static Path out;
  static Map<String, String> oldDaysAfterFirstRun;
  static JsonNode nightly;
  static List<Row> documentsAfterNightly;

  private static String article(String id, String publishedAt, String text) {
    return "{\"id\":\"" + id + "\",\"source\":\"Test Wire\",\"published_at\":\"" + publishedAt + "\",\"title\":\"T " + id
        + "\",\"text\":\"" + text + "\"}\n";
  }

  /** A text long enough to be fingerprinted, with a relation for extract to find. */
  private static String text(String subject) {
    return "The foreign ministry of Armenia condemned the shelling of Stepanakert by Azerbaijani forces on " + subject
        + ". Officials in Yerevan said the attack on " + subject + " killed civilians, and the ministry of defence of"
        + " Azerbaijan rejected the accusations as groundless and accused Armenia of provocations near " + subject + ".";
  }

  private static void write(String name, String content) throws IOException {
    Files.write(in.resolve(name), content.getBytes(StandardCharsets.UTF_8));
  }

  private static String run(String... extra) {
    List<String> args = new ArrayList<>(List.of("run", "--input", in.toString(), "--output", out.toString(),
        "--data-dir", SparkTestSession.projectRoot().resolve("data").toString()));
    args.addAll(List.of(extra));
    return SparkTestSession.runPipeline(args.toArray(new String[0]));
  }

  @BeforeAll
  static void ingestAFolderThenAddADay() throws IOException {
    in = Files.createDirectories(work.resolve("in"));
    out = work.resolve("out");
    write("articles-2020-10-01.jsonl", article("inc-1", "2020-10-01T08:00:00Z", text("Martuni"))
        + article("inc-2", "2020-10-01T09:00:00Z", text("Hadrut")));
    write("articles-2020-10-02.jsonl", article("inc-3", "2020-10-02T08:00:00Z", text("Shusha")));
    run();
    oldDaysAfterFirstRun = filesOfDays("day=2020-10-01", "day=2020-10-02");
    assertFalse(oldDaysAfterFirstRun.isEmpty());
    assertTrue(oldDaysAfterFirstRun.keySet().stream().anyMatch(f -> f.startsWith("relations/")),
        "the old days have relations (else their being untouched proves little): " + oldDaysAfterFirstRun);

    write("articles-2020-10-03.jsonl", article("inc-4", "2020-10-03T08:00:00Z", text("Ganja"))
        + article("inc-1", "2020-10-01T08:00:00Z", text("Martuni"))
        + article("inc-2", "2020-10-01T09:00:00Z", text("Tartar"))
        + article("inc-5", "2020-10-03T10:00:00Z", text("Shusha")));
    run();
    nightly = JSON.readTree(out.resolve("_run_report.json").toFile());
    documentsAfterNightly = documents().select("doc_id", "day", "text", "duplicate_of").orderBy("doc_id").collectAsList();
  }

  @Test
  @Order(1)
  void onlyTheNewFileIsParsedAndTheOthersAreReportedAsAlreadyIngested() {
    JsonNode files = nightly.get("files");
    for (String old : List.of("articles-2020-10-01.jsonl", "articles-2020-10-02.jsonl")) {
      JsonNode f = files.get(in.resolve(old).toString());
      assertEquals("skipped: already_ingested", f.get("outcome").asText(), files.toString());
      assertEquals(0, f.get("read").asLong());
      assertTrue(f.get("balanced").asBoolean());
    }
    JsonNode added = files.get(in.resolve("articles-2020-10-03.jsonl").toString());
    assertEquals("parsed", added.get("outcome").asText());
    assertEquals(4, added.get("read").asLong(), added.toString());
    assertEquals(2, added.get("accepted").asLong(), added.toString());
    assertEquals(1, added.get("folded_duplicates").asLong(), "the identical copy of inc-1: " + added);
    assertEquals(1, added.get("rejected").asLong(), "the differing copy of inc-2: " + added);
    assertTrue(added.get("balanced").asBoolean());
    assertEquals(1, nightly.get("stage_counts").get("ingest").get("files_parsed").asLong());
    assertEquals(2, nightly.get("stage_counts").get("ingest").get("files_already_ingested").asLong());
    assertEquals("[\"2020-10-03\"]", nightly.get("days_written").toString());
  }

  @Test
  @Order(1)
  void republishedIdsFoldAgainstThePublishedDocumentsAndRepeatedTextIsMarkedAgainstThem() {
    Dataset<Row> documents = documents();
    assertEquals(5, documents.count());
    assertEquals(1, documents.filter(col("native_id").equalTo("inc-1")).count());
    Row kept = documents.filter(col("native_id").equalTo("inc-2")).first();
    assertEquals(text("Hadrut"), kept.getAs("text"), "the published copy is kept");
    List<Row> conflicts = SparkTestSession.get().read().parquet(out.resolve("rejects").toString())
        .filter(col("reason_code").equalTo("conflicting_duplicate")).collectAsList();
    assertEquals(1, conflicts.size(), conflicts.toString());
    assertEquals(in.resolve("articles-2020-10-03.jsonl").toString(), conflicts.get(0).getAs("input_file"));
    assertEquals(3L, (long) conflicts.get(0).getAs("record_number"));
    String reason = conflicts.get(0).getAs("reason");
    assertTrue(reason.contains(in.resolve("articles-2020-10-01.jsonl") + " record 2"), reason);
    Row repeat = documents.filter(col("native_id").equalTo("inc-5")).first();
    assertEquals(DocIds.of(Corpus.ARTICLE, "inc-3"), repeat.getAs("duplicate_of"),
        "inc-5 repeats the published inc-3, published a day earlier");
    assertNull(documents.filter(col("native_id").equalTo("inc-4")).first().getAs("duplicate_of"));
    // The new day went through every stage.
    assertTrue(SparkTestSession.get().read().parquet(out.resolve("relations").toString())
        .filter(col("doc_id").equalTo(DocIds.of(Corpus.ARTICLE, "inc-4"))).count() > 0);
  }

  @Test
  @Order(1)
  void theOtherDaysPartitionsAreUntouched() throws IOException {
    assertEquals(oldDaysAfterFirstRun, filesOfDays("day=2020-10-01", "day=2020-10-02"),
        "names, sizes and modification times of the old days' files");
    assertTrue(Files.isDirectory(out.resolve("documents/day=2020-10-03")));
    assertEquals(3, SparkTestSession.get().read().parquet(out.resolve("ingested_files").toString()).count());
  }

  @Test
  @Order(2) // last: it runs again on the output the others look at
  void aRunWithNothingNewSkipsEveryFileAndReingestParsesThemAllToTheSameDocuments() throws IOException {
    Map<String, String> before = filesOfDays("day=2020-10-01", "day=2020-10-02", "day=2020-10-03");
    String runBefore = nightly.get("run_id").asText();
    run();
    JsonNode idle = JSON.readTree(out.resolve("_run_report.json").toFile());
    assertNotEquals(runBefore, idle.get("run_id").asText());
    idle.get("files").forEach(f -> assertEquals("skipped: already_ingested", f.get("outcome").asText()));
    assertEquals(0, idle.get("days_written").size());
    assertFalse(idle.get("stages").has("extract"), "later stages skipped: " + idle.get("stages"));
    assertEquals(before, filesOfDays("day=2020-10-01", "day=2020-10-02", "day=2020-10-03"));
    assertEquals(documentsAfterNightly,
        documents().select("doc_id", "day", "text", "duplicate_of").orderBy("doc_id").collectAsList());

    run("--reingest");
    JsonNode all = JSON.readTree(out.resolve("_run_report.json").toFile());
    all.get("files").forEach(f -> {
      assertEquals("parsed", f.get("outcome").asText());
      assertTrue(f.get("read").asLong() > 0, all.get("files").toString());
    });
    assertFalse(all.has("days_written"), "a full run replaces its window");
    assertEquals(documentsAfterNightly,
        documents().select("doc_id", "day", "text", "duplicate_of").orderBy("doc_id").collectAsList());
  }

  @Test
  @Order(3) // after the full --reingest above
  void aWindowedReingestKeepsEveryUnchangedFileRecordedSoTheNextRunParsesNothing() throws IOException {
    run("--since", "2020-10-03", "--until", "2020-10-03", "--reingest");
    JsonNode windowed = JSON.readTree(out.resolve("_run_report.json").toFile());
    windowed.get("files").forEach(f -> assertEquals("parsed", f.get("outcome").asText()));
    assertEquals(0, windowed.get("stage_counts").get("ingest").get("files_left_to_read_again").asLong(),
        "the old days' files have documents outside the window, published from the same bytes before");
    assertEquals(3, SparkTestSession.get().read().parquet(out.resolve("ingested_files").toString()).count());

    run();
    JsonNode next = JSON.readTree(out.resolve("_run_report.json").toFile());
    next.get("files").forEach(f -> assertEquals("skipped: already_ingested", f.get("outcome").asText(), next.toString()));
    assertEquals(0, next.get("stage_counts").get("ingest").get("files_parsed").asLong());
    assertEquals(documentsAfterNightly,
        documents().select("doc_id", "day", "text", "duplicate_of").orderBy("doc_id").collectAsList());
  }

  private static Dataset<Row> documents() {
    return SparkTestSession.get().read().parquet(out.resolve("documents").toString());
  }

  /** Data file names of the day-partitioned tables under {@code days}, with size and modification time. */
  private static Map<String, String> filesOfDays(String... days) throws IOException {
    Map<String, String> files = new TreeMap<>();
    for (String table : DAY_TABLES) {
      for (String day : days) {
        Path dir = out.resolve(table).resolve(day);
        if (!Files.isDirectory(dir)) {
          continue;
        }
        try (Stream<Path> walk = Files.list(dir)) {
          for (Path f : (Iterable<Path>) walk::iterator) {
            files.put(out.relativize(f).toString(), Files.size(f) + " " + Files.getLastModifiedTime(f).toMillis());
          }
        }
      }
    }
    return files;
  }
}
