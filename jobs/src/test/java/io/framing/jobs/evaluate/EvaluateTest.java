package io.framing.jobs.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.framing.jobs.ExitCode;
import io.framing.jobs.PipelineOptions;
import io.framing.jobs.SparkTestSession;
import io.framing.jobs.io.Tables;
import io.framing.jobs.schema.DocumentsTable;
import io.framing.jobs.schema.RelationsTable;
import io.framing.model.Corpus;
import io.framing.model.DocIds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * evaluate on a tiny hand-made run (documents and relations written here) against a tiny gold
 * file written here: exact P/R/F1, misses, false hits, the JSON report and the threshold. Then
 * on the seed gold set after a real run: a report is produced (no score asserted).
 */
class EvaluateTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double EPS = 1e-9;

  @TempDir Path tmp;

  private static final StructType DOC_KEYS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("doc_id", DataTypes.StringType, false),
      DataTypes.createStructField("corpus", DataTypes.StringType, false),
      DataTypes.createStructField("native_id", DataTypes.StringType, false)));

  private static String id(Corpus corpus, String nativeId) {
    return DocIds.of(corpus, nativeId);
  }

  private static Row relation(Corpus corpus, String nativeId, String sourceActor, String sourceCountry,
      String sourceRole, String relation, String targetActor, String targetCountry, String targetRole, String evidence) {
    String docId = id(corpus, nativeId);
    return RowFactory.create("r-" + DocIds.sha256Hex(docId + sourceActor + relation + targetActor, 16), docId,
        corpus.code(), Date.valueOf("2020-10-01"), 0, 0, evidence.length(), evidence, sourceActor, sourceCountry,
        sourceRole, relation, "11", targetActor, targetCountry, targetRole, null, null, null,
        DocumentsTable.seq(List.of()), 0.9, "test-rule");
  }

  /** A run output holding four documents (one not in gold) and their relations. */
  private Path tinyRun() {
    SparkSession spark = SparkTestSession.get();
    Path out = tmp.resolve("run");
    List<Row> docs = List.of(
        RowFactory.create(id(Corpus.ARTICLE, "a1"), "article", "a1"),
        RowFactory.create(id(Corpus.TWEET, "t1"), "tweet", "t1"),
        RowFactory.create(id(Corpus.TWEET, "t2"), "tweet", "t2"),
        RowFactory.create(id(Corpus.ARTICLE, "not-gold"), "article", "not-gold"));
    Tables.write(spark.createDataFrame(docs, DOC_KEYS), out.toString(), DocumentsTable.NAME);
    String a1 = "Yerevan condemned the shelling of border villages by Azerbaijan.";
    List<Row> relations = new ArrayList<>(List.of(
        relation(Corpus.ARTICLE, "a1", "Armenia", "ARM", "GOV", "CONDEMN", "Azerbaijan", "AZE", "GOV", a1),
        relation(Corpus.ARTICLE, "a1", "Turkey", "TUR", "GOV", "SUPPORT", "Azerbaijan", "AZE", "GOV",
            "Ankara's envoy was seen at the talks in Baku."),
        relation(Corpus.TWEET, "t1", "Some Singer", "USA", "ELI", "SUPPORT", "Armenia", "ARM", "GOV",
            "Standing with Armenia today."),
        relation(Corpus.TWEET, "t1", "Other Singer", "USA", "ELI", "SUPPORT", "Armenia", "ARM", "GOV",
            "Standing with Armenia today."),
        relation(Corpus.ARTICLE, "not-gold", "Armenia", "ARM", "GOV", "ACCUSE", "Azerbaijan", "AZE", "GOV",
            "Yerevan accused Baku of shelling the town.")));
    Tables.write(spark.createDataFrame(relations, RelationsTable.SCHEMA), out.toString(), RelationsTable.NAME);
    return out;
  }

  private static String goldRelation(String actor, String country, String role, String relation, String target) {
    return "{\"source_actor\":\"" + actor + "\",\"source_country\":\"" + country + "\",\"source_role\":\"" + role
        + "\",\"relation\":\"" + relation + "\",\"target_country\":" + (target == null ? "null" : "\"" + target + "\"")
        + ",\"about_country\":null}";
  }

  private Path tinyGold() throws IOException {
    Path gold = tmp.resolve("tiny/gold.jsonl");
    Files.createDirectories(gold.getParent());
    Files.write(gold, List.of(
        "{\"native_id\":\"a1\",\"corpus\":\"article\",\"text\":\"Yerevan condemned the shelling of border villages by "
            + "Azerbaijan and called on the international community to send observers.\",\"gold\":{\"relations\":["
            + goldRelation("Armenia", "ARM", "GOV", "CONDEMN", "AZE") + ","
            + goldRelation("Armenia", "ARM", "GOV", "APPEAL", "INT") + "]}}",
        "{\"native_id\":\"t1\",\"corpus\":\"tweet\",\"text\":\"Standing with Armenia today.\",\"gold\":{\"relations\":["
            + goldRelation("Some Singer", "USA", "ELI", "SUPPORT", "ARM") + "]}}",
        "{\"native_id\":\"t2\",\"corpus\":\"tweet\",\"text\":\"Quiet night in the city.\",\"gold\":{\"relations\":[]}}",
        "",
        "{\"native_id\":\"a9\",\"corpus\":\"article\",\"text\":\"Baku warned any external party against interfering.\","
            + "\"gold\":{\"relations\":[" + goldRelation("Azerbaijan", "AZE", "GOV", "WARN", null) + "]}}"));
    return gold;
  }

  private EvaluateCommand.Outcome evaluate(Path gold, Path run, String... extra) {
    List<String> args = new ArrayList<>(List.of("evaluate", "--gold", gold.toString(), "--output", run.toString()));
    args.addAll(List.of(extra));
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    EvaluateCommand.Outcome outcome = new EvaluateCommand(List.of(new RelationScorer())).run(SparkTestSession.get(),
        PipelineOptions.parse(args.toArray(new String[0])), new PrintStream(printed, true, StandardCharsets.UTF_8));
    assertTrue(printed.toString(StandardCharsets.UTF_8).contains("micro"), printed.toString(StandardCharsets.UTF_8));
    return outcome;
  }

  @Test
  void scoresOnlyGoldDocumentsAsSetsOfCountryRoleRelationTarget() throws IOException {
    Path run = tinyRun();
    EvaluateCommand.Outcome outcome = evaluate(tinyGold(), run, "--min-relation-f1", "0.6");

    // tp: a1 ARM/GOV CONDEMN AZE, t1 USA/ELI SUPPORT ARM (two actors, one key); fp: a1 TUR/GOV SUPPORT AZE;
    // fn: a1 ARM/GOV APPEAL INT, a9 AZE/GOV WARN - (a9 is not in the run). not-gold's ACCUSE is not scored.
    JsonNode report = JSON.readTree(run.resolve("_evaluation/tiny.json").toFile());
    assertTrue(outcome.reportPath().endsWith("_evaluation/tiny.json"), outcome.reportPath());
    assertEquals("tiny", report.path("gold_set").asText());
    assertEquals(4, report.path("documents").path("gold").asInt());
    assertEquals(3, report.path("documents").path("found").asInt());
    assertEquals("article:a9", report.path("documents").path("missing").get(0).asText());

    JsonNode relations = report.path("scores").path("relations");
    JsonNode micro = relations.path("micro");
    assertEquals(2, micro.path("tp").asInt());
    assertEquals(1, micro.path("fp").asInt());
    assertEquals(2, micro.path("fn").asInt());
    assertEquals(2.0 / 3, micro.path("precision").asDouble(), EPS);
    assertEquals(0.5, micro.path("recall").asDouble(), EPS);
    assertEquals(4.0 / 7, micro.path("f1").asDouble(), EPS);
    assertEquals(4.0 / 7, relations.path("metrics").path("micro_f1").asDouble(), EPS);

    JsonNode support = relations.path("by_relation").path("SUPPORT");
    assertEquals(0.5, support.path("precision").asDouble(), EPS);
    assertEquals(1.0, support.path("recall").asDouble(), EPS);
    assertEquals(0.0, relations.path("by_relation").path("WARN").path("recall").asDouble(), EPS);
    assertEquals(1.0, relations.path("by_relation").path("CONDEMN").path("f1").asDouble(), EPS);
    assertFalse(relations.path("by_relation").has("ACCUSE"), "a document outside gold is not scored");

    Set<String> misses = new TreeSet<>();
    relations.path("misses").forEach(m -> misses.add(m.path("document").asText() + " " + m.path("source_country").asText()
        + "/" + m.path("source_role").asText() + " " + m.path("relation").asText() + " " + m.path("target_country").asText()));
    assertEquals(Set.of("article:a1 ARM/GOV APPEAL INT", "article:a9 AZE/GOV WARN -"), misses);
    JsonNode falseHits = relations.path("false_hits");
    assertEquals(1, falseHits.size());
    assertEquals("TUR", falseHits.get(0).path("source_country").asText());
    assertEquals(id(Corpus.ARTICLE, "a1"), falseHits.get(0).path("doc_id").asText());
    assertEquals("Ankara's envoy was seen at the talks in Baku.", falseHits.get(0).path("rows").get(0).path("evidence").asText());

    // 4/7 = 0.571 is below 0.6: exit code 5, recorded in the report.
    assertEquals(ExitCode.BELOW_THRESHOLD, outcome.exitCode());
    assertFalse(report.path("passed").asBoolean());
    assertEquals("relations.micro_f1", report.path("thresholds").get(0).path("metric").asText());
    assertEquals(ExitCode.OK, evaluate(tinyGold(), run, "--min-relation-f1", "0.57").exitCode());
    assertEquals(ExitCode.OK, evaluate(tinyGold(), run).exitCode());
  }

  @Test
  void summaryOnlyGivesTheScoresAndNamesNoDocument() throws IOException {
    Path run = tinyRun();
    List<String> args = List.of("evaluate", "--gold", tinyGold().toString(), "--output", run.toString(), "--summary-only");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    new EvaluateCommand(List.of(new RelationScorer())).run(SparkTestSession.get(),
        PipelineOptions.parse(args.toArray(new String[0])), new PrintStream(printed, true, StandardCharsets.UTF_8));
    String console = printed.toString(StandardCharsets.UTF_8);

    JsonNode report = JSON.readTree(run.resolve("_evaluation/tiny.json").toFile());
    JsonNode relations = report.path("scores").path("relations");
    assertEquals(4.0 / 7, relations.path("micro").path("f1").asDouble(), EPS, "the same scores as with details");
    assertEquals(1.0, relations.path("by_relation").path("CONDEMN").path("f1").asDouble(), EPS);
    assertFalse(relations.has("misses"), "no misses in the report");
    assertFalse(relations.has("false_hits"), "no false hits in the report");
    assertFalse(report.path("documents").has("missing"), "no missing document named");
    assertTrue(console.contains("CONDEMN"), console);
    for (String leak : List.of("article:a9", "article:a1", "misses", "false hits", "Ankara's envoy", "MISSING")) {
      assertFalse(console.contains(leak), "the console names '" + leak + "':\n" + console);
    }
  }

  @Test
  void evaluatesARealRunOnTheSeedSet() throws IOException {
    Path root = SparkTestSession.projectRoot();
    Path seed = root.resolve("../shared/gold/seed").normalize();
    Path run = tmp.resolve("seed-run");
    SparkTestSession.runPipeline("run", "--input", seed.resolve("input").toString(), "--output", run.toString(),
        "--data-dir", root.resolve("data").toString());

    EvaluateCommand.Outcome outcome = evaluate(seed.resolve("gold.jsonl"), run);

    JsonNode report = JSON.readTree(run.resolve("_evaluation/seed.json").toFile());
    int goldDocs = Files.readAllLines(seed.resolve("gold.jsonl")).stream().mapToInt(l -> l.isBlank() ? 0 : 1).sum();
    assertEquals(goldDocs, report.path("documents").path("gold").asInt());
    assertEquals(goldDocs, report.path("documents").path("found").asInt(), "every seed document was ingested");
    JsonNode micro = report.path("scores").path("relations").path("micro");
    double f1 = micro.path("f1").asDouble(-1);
    assertTrue(f1 >= 0 && f1 <= 1, "micro F1 " + f1);
    assertTrue(micro.path("tp").asInt() + micro.path("fp").asInt() > 0, "the run predicted relations for the seed article");
    assertEquals(ExitCode.OK, outcome.exitCode(), "no threshold given");
  }
}
