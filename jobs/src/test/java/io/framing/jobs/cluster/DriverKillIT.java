package io.framing.jobs.cluster;

import static io.framing.jobs.cluster.ItSupport.await;
import static io.framing.jobs.cluster.ItSupport.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.framing.jobs.SparkTestSession;
import io.framing.jobs.io.Tables;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A driver killed with SIGKILL while it writes its tables leaves the previous output readable
 * and byte for byte unchanged, and the next run clears what it left and completes; the exit
 * codes of bad arguments, an unreadable input and a failed stage, from the real launcher.
 * Runs jobs/bin/framing as a subprocess in local[*]; no cluster needed.
 */
class DriverKillIT {
  static Path root;
  static Path work;
  static Path out;
  static Path corpus;

  @BeforeAll
  static void setUp() throws Exception {
    root = SparkTestSession.projectRoot();
    work = ItSupport.freshWorkDir(root, "driver-kill-it");
    out = work.resolve("out");
    corpus = root.resolve("data/corpus");
  }

  @Test
  void aDriverKilledDuringTheWriteLeavesThePreviousOutputAndTheNextRunCompletesIt() throws Exception {
    long t0 = System.currentTimeMillis();
    // 1. The previous output: October only.
    Process first = ItSupport.framing(root, work.resolve("first.log"), List.of("run", "--input", corpus.toString(),
        "--output", out.toString(), "--since", "2020-10-01", "--until", "2020-10-31"));
    assertEquals(0, ItSupport.waitFor(first, "first run", 6), read(work.resolve("first.log")));
    Path baseline = work.resolve("baseline");
    ItSupport.copyTree(out, baseline);
    Map<String, String> before = ItSupport.fileDigests(out);
    long t1 = System.currentTimeMillis();

    // 2. Every day, killed (SIGKILL) once the extract stage is writing into its staging directory.
    Path killedLog = work.resolve("killed.log");
    Process killed = ItSupport.framing(root, killedLog, List.of("run", "--input", corpus.toString(),
        "--output", out.toString(), "--progress-seconds", "2"));
    boolean writing = await(() -> read(killedLog).contains("stage extract: starting") && stagedTableBeingWritten("mentions"),
        killed, 360);
    assertTrue(writing, "the run reached the write of mentions: " + read(killedLog));
    long t2 = System.currentTimeMillis();
    killed.toHandle().destroyForcibly(); // SIGKILL: no shutdown hook, no cleanup
    ItSupport.waitFor(killed, "killed run", 1);
    assertEquals(137, killed.exitValue(), "killed by SIGKILL");
    assertTrue(Files.isDirectory(out.resolve("_staging")), "the killed run left its staging directory");
    assertTrue(Files.isRegularFile(out.resolve("_lock")), "and its lock, which the next run takes over (dead pid)");
    assertEquals(before, ItSupport.fileDigests(out), "the published output is byte for byte the previous run's");
    ItSupport.assertSameTables(baseline, out);

    // 3. The next run clears what the killed one left and publishes every day.
    Path nextLog = work.resolve("next.log");
    Process next = ItSupport.framing(root, nextLog, List.of("run", "--input", corpus.toString(),
        "--output", out.toString(), "--progress-seconds", "2"));
    assertEquals(0, ItSupport.waitFor(next, "next run", 6), read(nextLog));
    long t3 = System.currentTimeMillis();
    String log = read(nextLog);
    assertTrue(log.contains("recovery: removed") && log.contains("_staging"), "the next run cleared the staging: " + log);
    assertTrue(log.matches("(?s).*progress: (ingest|extract) \\d+ s: .*rows written \\([\\d,]+/s\\).*"), "progress lines");
    assertTrue(log.matches("(?s).*stage extract: done in .*rows written.*"), "a stage's end line has its rates");
    assertFalse(Files.exists(out.resolve("_staging")));
    assertTrue(log.contains("lock: taking over"), "the next run took over the dead run's lock: " + log);
    assertFalse(Files.exists(out.resolve("_lock")), "and released it");
    JsonNode current = new ObjectMapper().readTree(out.resolve("_current").toFile());
    JsonNode previous = new ObjectMapper().readTree(baseline.resolve("_current").toFile());
    assertNotEquals(previous.path("run_id"), current.path("run_id"));
    assertEquals("all", current.path("window").asText());
    var window = Tables.dayInWindow(LocalDate.of(2020, 10, 1), LocalDate.of(2020, 10, 31));
    for (String table : List.of("documents", "mentions", "relations")) {
      Dataset<Row> now = SparkTestSession.get().read().parquet(out.resolve(table).toString());
      Dataset<Row> then = SparkTestSession.get().read().parquet(baseline.resolve(table).toString());
      assertEquals(0, now.filter(window).exceptAll(then).count(), table + ": October as the first run wrote it");
      assertEquals(0, then.exceptAll(now.filter(window)).count(), table + ": October as the first run wrote it");
      assertTrue(now.count() > then.count(), table + " has the other months too");
    }
    JsonNode report = new ObjectMapper().readTree(out.resolve("_run_report.json").toFile());
    report.path("files").forEach(f -> assertTrue(f.path("balanced").asBoolean(), f.toString()));
    System.out.printf("driver kill: first run %.0f s, killed after %.0f s, next run %.0f s%n",
        (t1 - t0) / 1000.0, (t2 - t1) / 1000.0, (t3 - t2) / 1000.0);
  }

  @Test
  void exitCodesOfTheLauncher() throws Exception {
    Path bad = work.resolve("bad.properties");
    Files.writeString(bad, "output=" + work.resolve("x") + "\ninputz=" + corpus + "\n");
    Process p = ItSupport.framing(root, work.resolve("exit-2.log"), List.of("run", "--config", bad.toString()));
    assertEquals(2, ItSupport.waitFor(p, "bad config", 2), read(work.resolve("exit-2.log")));
    assertTrue(read(work.resolve("exit-2.log")).contains("'inputz'"));

    p = ItSupport.framing(root, work.resolve("exit-3.log"), List.of("run", "--input", "/no/such/corpus",
        "--output", work.resolve("x").toString()));
    assertEquals(3, ItSupport.waitFor(p, "missing input", 3), read(work.resolve("exit-3.log")));
    assertTrue(read(work.resolve("exit-3.log")).contains("/no/such/corpus"));

    // An output framing wrote before (it has _current, so the output guard lets it through) whose
    // documents table is not Parquet: the extract stage fails.
    Path corrupt = work.resolve("corrupt");
    Files.createDirectories(corrupt.resolve("documents/day=2020-10-01"));
    Files.writeString(corrupt.resolve("_current"), "{\"run_id\": \"20201001T000000Z-00000000\"}\n");
    Files.writeString(corrupt.resolve("documents/day=2020-10-01/part-00000.parquet"), "not parquet at all");
    p = ItSupport.framing(root, work.resolve("exit-1.log"), List.of("extract", "--output", corrupt.toString()));
    assertEquals(1, ItSupport.waitFor(p, "failed stage", 4), read(work.resolve("exit-1.log")));
    assertTrue(read(work.resolve("exit-1.log")).contains("stage failed"));
    assertFalse(Files.exists(corrupt.resolve("mentions")), "a failed run publishes nothing");
  }

  /** Whether a staged table of the run has begun to be written (Spark's _temporary or part files). */
  private static boolean stagedTableBeingWritten(String table) {
    Path staging = out.resolve("_staging");
    File[] runs = staging.toFile().listFiles();
    if (runs == null) {
      return false;
    }
    for (File run : runs) {
      if (new File(run, table).isDirectory()) {
        try (Stream<Path> files = Files.walk(run.toPath().resolve(table))) {
          return files.anyMatch(f -> f.getFileName().toString().equals("_temporary"));
        } catch (Exception e) {
          return false;
        }
      }
    }
    return false;
  }
}
