package io.framing.jobs.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing a run on the local file system, without Spark: the window's days are replaced
 * (a day of the window the new run has no rows for disappears), other days stay, unpartitioned
 * tables are swapped whole; a publish stopped after any number of renames leaves every
 * partition either old or new, and recovery completes it to the same result as an
 * uninterrupted publish; a run killed before its commit leaves the output as it was.
 */
class PublisherTest {
  private static final String RUN = "20201006T031500Z-0000abcd";
  private static final Publisher.Scope OCTOBER_2_TO_3 = new Publisher.Scope(Map.of("day", v -> {
    if (Publisher.NULL_PARTITION.equals(v)) {
      return false;
    }
    LocalDate d = LocalDate.parse(v);
    return !d.isBefore(LocalDate.of(2020, 10, 2)) && !d.isAfter(LocalDate.of(2020, 10, 3));
  }));

  @TempDir
  Path tmp;

  @Test
  void publishReplacesTheWindowsDaysAndKeepsTheOthers() throws IOException {
    Path out = setUp(tmp.resolve("out"));
    publisher(out).publish(RUN, OCTOBER_2_TO_3, List.of("_run_report.json"), current());
    assertEquals(expected(), contents(out));
  }

  @Test
  void aPublishKilledAfterAnyRenameIsCompletedByRecovery() throws IOException {
    for (int stopAfter = 0; stopAfter < 12; stopAfter++) {
      Path out = setUp(tmp.resolve("out-" + stopAfter));
      int n = stopAfter;
      Publisher first = publisher(out);
      try {
        first.publish(RUN, OCTOBER_2_TO_3, List.of("_run_report.json"), current(), n);
      } catch (Publisher.SimulatedKill expectedKill) {
        // Meanwhile, every published file is a whole old or new one, and days outside the window never move.
        Map<String, String> during = contents(out);
        assertEquals("old 1", during.get("documents/day=2020-10-01/part-0.parquet"), "after " + n + " renames");
        assertEquals("old null day", during.get("documents/day=" + Publisher.NULL_PARTITION + "/part-0.parquet"));
        for (Map.Entry<String, String> e : during.entrySet()) {
          if (!e.getKey().startsWith("_")) {
            assertTrue(e.getValue().startsWith("old") || e.getValue().startsWith("new"), e.toString());
          }
        }
        assertTrue(Files.exists(out.resolve(Publisher.JOURNAL)), "the journal stays until the publish is complete");
      }
      List<String> recovered = publisher(out).recover();
      assertEquals(expected(), contents(out), "after a kill at rename " + n + " and recovery " + recovered);
    }
  }

  @Test
  void aRunKilledBeforeItsCommitLeavesTheOutputAsItWasAndRecoveryClearsItsStaging() throws IOException {
    Path out = setUp(tmp.resolve("out"));
    Map<String, String> before = contents(out);
    List<String> recovered = publisher(out).recover();
    assertEquals(1, recovered.size(), recovered.toString());
    assertFalse(Files.exists(out.resolve(Publisher.STAGING)));
    Map<String, String> after = contents(out);
    before.keySet().removeIf(k -> k.startsWith(Publisher.STAGING));
    assertEquals(before, after);
  }

  @Test
  void theFirstRunCreatesTheTables() throws IOException {
    Path out = tmp.resolve("fresh");
    Path staging = out.resolve(Publisher.STAGING).resolve(RUN);
    write(staging.resolve("documents/_partitioned_by"), "day");
    write(staging.resolve("documents/day=2020-10-02/part-0.parquet"), "new 2");
    write(staging.resolve("rejects/part-0.parquet"), "new rejects");
    write(staging.resolve("_run_report.json"), "new report");
    List<String> tables = publisher(out).publish(RUN, OCTOBER_2_TO_3, List.of("_run_report.json"), current());
    assertEquals(List.of("documents", "rejects"), tables);
    Map<String, String> c = contents(out);
    assertEquals("new 2", c.get("documents/day=2020-10-02/part-0.parquet"));
    assertEquals("new rejects", c.get("rejects/part-0.parquet"));
    assertTrue(c.get("_current").contains(RUN));
  }

  private static Publisher publisher(Path out) {
    return new Publisher(out.toString(), new Configuration());
  }

  private static ObjectNode current() {
    ObjectNode node = new ObjectMapper().createObjectNode();
    node.put("run_id", RUN);
    return node;
  }

  /** A published run (days 1 to 3 and a null day, rejects) and a staged run of the window 2..3 that has rows for day 2 only. */
  private static Path setUp(Path out) throws IOException {
    write(out.resolve("documents/day=2020-10-01/part-0.parquet"), "old 1");
    write(out.resolve("documents/day=2020-10-02/part-0.parquet"), "old 2");
    write(out.resolve("documents/day=2020-10-03/part-0.parquet"), "old 3");
    write(out.resolve("documents/day=" + Publisher.NULL_PARTITION + "/part-0.parquet"), "old null day");
    write(out.resolve("rejects/part-0.parquet"), "old rejects");
    write(out.resolve("_run_report.json"), "old report");
    write(out.resolve("_current"), "old current");
    Path staging = out.resolve(Publisher.STAGING).resolve(RUN);
    write(staging.resolve("documents/_partitioned_by"), "day");
    write(staging.resolve("documents/_SUCCESS"), "");
    write(staging.resolve("documents/day=2020-10-02/part-1.parquet"), "new 2");
    write(staging.resolve("documents/day=2020-10-02/part-2.parquet"), "new 2b");
    write(staging.resolve("rejects/part-1.parquet"), "new rejects");
    write(staging.resolve("_run_report.json"), "new report");
    return out;
  }

  private static Map<String, String> expected() {
    Map<String, String> m = new TreeMap<>();
    m.put("documents/day=2020-10-01/part-0.parquet", "old 1");
    m.put("documents/day=2020-10-02/part-1.parquet", "new 2");
    m.put("documents/day=2020-10-02/part-2.parquet", "new 2b");
    m.put("documents/day=" + Publisher.NULL_PARTITION + "/part-0.parquet", "old null day");
    m.put("rejects/part-1.parquet", "new rejects");
    m.put("_run_report.json", "new report");
    m.put("_current", "{\n  \"run_id\" : \"" + RUN + "\"\n}");
    return m;
  }

  /** Every file under {@code out} (checksum files aside), by relative path. */
  private static Map<String, String> contents(Path out) throws IOException {
    Map<String, String> m = new TreeMap<>();
    try (Stream<Path> files = Files.walk(out)) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        if (!f.getFileName().toString().endsWith(".crc")) {
          m.put(out.relativize(f).toString(), Files.readString(f, StandardCharsets.UTF_8));
        }
      }
    }
    return m;
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @Test
  void aStagedPartitionOutsideTheScopeIsRefused() throws IOException {
    Path out = tmp.resolve("outside");
    Path staging = out.resolve(Publisher.STAGING).resolve(RUN);
    write(staging.resolve("documents/_partitioned_by"), "day");
    write(staging.resolve("documents/day=2020-10-09/part-0.parquet"), "new 9");
    assertThrows(IllegalStateException.class,
        () -> publisher(out).publish(RUN, OCTOBER_2_TO_3, List.of(), current()));
    assertFalse(Files.exists(out.resolve("documents")), "nothing published");
  }
}
