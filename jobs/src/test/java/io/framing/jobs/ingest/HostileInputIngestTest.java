package io.framing.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.framing.jobs.SparkTestSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real ingest run over a folder of hostile inputs the test writes itself: a colon in a file
 * name, a byte-order mark, glued objects, CR-only endings, an unclosed CSV quote, a stray NUL,
 * UTF-16, empty files, a cut gzip, the same id with different text in two files, and symbolic
 * links out of the folder and into a loop. Every record is kept or rejected with its reason,
 * and {@code read} counts what each file held.
 */
class HostileInputIngestTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path work;
  static Path in;
  static Path outside;
  static JsonNode report;
  static Dataset<Row> documents;
  static Dataset<Row> rejects;

  private static String article(String id, String text) {
    return "{\"id\":\"" + id + "\",\"published_at\":\"2020-10-05T08:00:00Z\",\"title\":\"T " + id
        + "\",\"text\":\"" + text + "\"}";
  }

  private static String v1(String id) {
    return "{\"created_at\":\"Mon Oct 05 02:30:00 +0000 2020\",\"id_str\":\"" + id + "\",\"full_text\":\"tweet "
        + id + "\",\"user\":{\"screen_name\":\"u" + id + "\",\"name\":\"U\"}}";
  }

  private static void write(String name, String content) throws IOException {
    Files.write(in.resolve(name), content.getBytes(StandardCharsets.UTF_8));
  }

  @BeforeAll
  static void ingestHostileFolder() throws Exception {
    in = Files.createDirectories(work.resolve("in"));
    outside = Files.createDirectories(work.resolve("elsewhere"));
    Files.write(outside.resolve("secret.jsonl"), (article("hx-secret", "Not for ingest.") + "\n").getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream bom = new ByteArrayOutputStream();
    bom.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bom.write((v1("1400001") + "\n" + v1("1400002") + "\n").getBytes(StandardCharsets.UTF_8));
    Files.write(in.resolve("tweets-2020-10-05T02:30:00.jsonl"), bom.toByteArray());
    write("glued.jsonl", article("hx-g1", "One.") + article("hx-g2", "Two.") + " trailing words\r"
        + article("hx-g3", "Three.") + "\r");
    write("quotes.csv", "id,url,source,published_at,title,text\n"
        + "hx-c1,https://x.example/1,S,2020-10-05T08:00:00Z,T1,fine\n"
        + "hx-c2,https://x.example/2,S,2020-10-05T08:00:00Z,T2,\"never closed\n"
        + "hx-c3,https://x.example/3,S,2020-10-05T08:00:00Z,T3,after\n"
        + "hx-c4,https://x.example/4,S,2020-10-05T08:00:00Z,T4,last\n");
    write("nul.jsonl", article("hx-n1", "Before.") + "\n" + article("hx-n2", "Has a \u0000 NUL.") + "\n"
        + article("hx-n3", "After.") + "\n");
    Files.write(in.resolve("utf16.jsonl"), (article("hx-u1", "Wide.") + "\n").getBytes(StandardCharsets.UTF_16));
    write("empty.jsonl", "");
    write("blank.txt", " \n\t\n");
    StringBuilder gz = new StringBuilder();
    java.util.Random random = new java.util.Random(5);
    for (int i = 1; i <= 60; i++) {
      gz.append(article("hx-z" + i, "Line " + i + " " + Long.toHexString(random.nextLong()))).append('\n');
    }
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(zipped)) {
      out.write(gz.toString().getBytes(StandardCharsets.UTF_8));
    }
    byte[] all = zipped.toByteArray();
    Files.write(in.resolve("cut.jsonl.gz"), java.util.Arrays.copyOf(all, all.length - 30));
    // Listed in this order, b-... would be read first by a file system that lists by age.
    write("b-second.jsonl", article("hx-d1", "The second telling.") + "\n" + article("hx-d2", "Same both times.") + "\n");
    write("a-first.jsonl", article("hx-d1", "The first telling.") + "\n" + article("hx-d2", "Same both times.") + "\n");
    Files.createSymbolicLink(in.resolve("linked-secret.jsonl"), outside.resolve("secret.jsonl"));
    Files.createSymbolicLink(in.resolve("loop"), in);
    Files.createSymbolicLink(in.resolve("again-nul.jsonl"), in.resolve("nul.jsonl"));

    Path out = work.resolve("out");
    SparkTestSession.runPipeline("ingest", "--input", in.toString(), "--output", out.toString());
    report = JSON.readTree(out.resolve("_run_report.json").toFile());
    documents = SparkTestSession.get().read().parquet(out.resolve("documents").toString()).cache();
    rejects = SparkTestSession.get().read().parquet(out.resolve("rejects").toString()).cache();
  }

  private static JsonNode counts(String name) {
    JsonNode c = report.get("files").get(in.resolve(name).toString());
    assertTrue(c != null, name + " is in the report: " + report.get("files"));
    return c;
  }

  private static void assertCounts(String name, long read, long accepted, long rejected, long folded) {
    JsonNode c = counts(name);
    assertEquals(List.of(read, accepted, rejected, folded), List.of(c.get("read").asLong(), c.get("accepted").asLong(),
        c.get("rejected").asLong(), c.get("folded_duplicates").asLong()), name + ": read, accepted, rejected, folded");
  }

  private static List<String> reasons(String name) {
    return rejects.filter(col("input_file").equalTo(in.resolve(name).toString())).orderBy("record_number")
        .select("reason_code").collectAsList().stream().map(r -> r.getString(0)).collect(Collectors.toList());
  }

  private static List<String> ids(String name) {
    return documents.filter(col("input_file").equalTo(in.resolve(name).toString())).orderBy("record_number")
        .select("native_id").collectAsList().stream().map(r -> r.getString(0)).collect(Collectors.toList());
  }

  @Test
  void everyFileBalancesAndReadCountsWhatTheFileHeld() {
    for (Iterator<Map.Entry<String, JsonNode>> it = report.get("files").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      assertTrue(f.getValue().get("balanced").asBoolean(), f.getKey() + " " + f.getValue());
    }
    assertCounts("tweets-2020-10-05T02:30:00.jsonl", 2, 2, 0, 0);
    assertCounts("glued.jsonl", 4, 3, 1, 0);
    assertCounts("quotes.csv", 4, 3, 1, 0);
    assertCounts("nul.jsonl", 3, 2, 1, 0);
    assertCounts("utf16.jsonl", 1, 0, 1, 0);
    assertCounts("empty.jsonl", 1, 0, 1, 0);
    assertCounts("blank.txt", 1, 0, 1, 0);
    assertCounts("a-first.jsonl", 2, 2, 0, 0);
    assertCounts("b-second.jsonl", 2, 0, 1, 1);
    JsonNode cut = counts("cut.jsonl.gz");
    assertEquals(cut.get("read").asLong(), cut.get("accepted").asLong() + 1, "only the cut tail is rejected: " + cut);
    assertTrue(cut.get("accepted").asLong() >= 55, "the complete records before the cut are kept: " + cut);
  }

  @Test
  void aColonInAFileNameIsReadAsAFileAndItsBomDoesNotBreakTheFirstRecord() {
    assertEquals(List.of("1400001", "1400002"), ids("tweets-2020-10-05T02:30:00.jsonl"));
  }

  @Test
  void eachHostileRecordIsKeptOrRejectedWithItsReason() {
    assertEquals(List.of("hx-g1", "hx-g2", "hx-g3"), ids("glued.jsonl"));
    assertEquals(List.of("trailing_garbage"), reasons("glued.jsonl"));
    assertEquals(List.of("hx-c1", "hx-c3", "hx-c4"), ids("quotes.csv"));
    assertEquals(List.of("unclosed_quote"), reasons("quotes.csv"));
    assertEquals(List.of("hx-n1", "hx-n3"), ids("nul.jsonl"));
    assertEquals(List.of("nul_byte"), reasons("nul.jsonl"));
    assertEquals(List.of("utf16"), reasons("utf16.jsonl"));
    assertEquals(List.of("empty_file"), reasons("empty.jsonl"));
    assertEquals(List.of("empty_file"), reasons("blank.txt"));
    assertEquals(List.of("truncated_gzip"), reasons("cut.jsonl.gz"));
  }

  @Test
  void aDifferingDuplicateIsRejectedNamingTheKeptRecordAndAnIdenticalOneIsFolded() {
    assertEquals(List.of("hx-d1", "hx-d2"), ids("a-first.jsonl"), "the file first in path order keeps its copies");
    List<Row> conflict = rejects.filter(col("reason_code").equalTo("conflicting_duplicate"))
        .select("input_file", "record_number", "reason").collectAsList();
    assertEquals(1, conflict.size(), conflict.toString());
    assertEquals(in.resolve("b-second.jsonl").toString(), conflict.get(0).getString(0));
    assertEquals(1L, conflict.get(0).getLong(1));
    assertTrue(conflict.get(0).getString(2).contains(in.resolve("a-first.jsonl") + " record 1"), conflict.get(0).getString(2));
    assertEquals("The first telling.", documents.filter(col("native_id").equalTo("hx-d1")).first().getAs("text"));
  }

  @Test
  void symbolicLinksOutOfTheFolderOrIntoALoopAreNotFollowedAndAreReported() {
    assertEquals(0, documents.filter(col("native_id").equalTo("hx-secret")).count(), "the outside file is not read");
    assertFalse(report.get("inputs").toString().contains("secret"), report.get("inputs").toString());
    JsonNode skipped = report.get("skipped_links");
    assertTrue(skipped.get(in.resolve("linked-secret.jsonl").toString()).asText().contains("out of the input folder"),
        skipped.toString());
    assertTrue(skipped.has(in.resolve("loop").toString()), skipped.toString());
    assertTrue(skipped.get(in.resolve("nul.jsonl").toString()) == null, "the file itself is read");
    assertTrue(skipped.has(in.resolve("again-nul.jsonl").toString()), "its second name is not: " + skipped);
    assertEquals(1, documents.filter(col("native_id").equalTo("hx-n1")).count(), "read once, not through the loop");
    assertEquals(10, report.get("inputs").size(), "the ten regular files, each once: " + report.get("inputs"));
  }
}
