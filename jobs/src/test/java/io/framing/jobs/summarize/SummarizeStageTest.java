package io.framing.jobs.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.framing.jobs.PipelineOptions;
import io.framing.jobs.SparkTestSession;
import io.framing.jobs.io.Tables;
import io.framing.jobs.report.RunReport;
import io.framing.jobs.schema.DocumentsTable;
import io.framing.jobs.schema.RelationsTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summarize stage on a real local Spark: small {@code documents} and {@code relations}
 * tables made here, the stage run once, then every table and the report checked.
 */
class SummarizeStageTest {
  @TempDir
  static Path tmp;
  static String out;
  static SparkSession spark;
  static String summary;

  static final String ARTICLE = "Azerbaijani forces shelled civilians in Stepanakert. "
      + "Armenia's Defence Ministry said the attack was unprovoked.";
  static final String TWEET = "I stand with the people of Armenia 🇦🇲 and call for a ceasefire. #ArmeniaStrong";
  static final String RETWEET = "RT @NikolPashinyan: " + TWEET;

  @BeforeAll
  static void runStage() {
    spark = SparkTestSession.get();
    out = tmp.resolve("out").toString();
    List<Row> docs = new ArrayList<>();
    docs.add(doc("a-1", "article", "wire", null, null, ARTICLE, "2020-09-27", null, List.of()));
    docs.add(doc("t-1", "tweet", "twitter", "NikolPashinyan", "Nikol Pashinyan", TWEET, "2020-09-28", null,
        List.of("ArmeniaStrong")));
    docs.add(doc("t-2", "tweet", "twitter", "HikmetHajiyev", "Hikmet Hajiyev", RETWEET, "2020-09-29", "t-1",
        List.of("ArmeniaStrong")));
    Tables.writeByDay(spark.createDataFrame(docs, DocumentsTable.SCHEMA), out, DocumentsTable.NAME);
    List<Row> rels = new ArrayList<>();
    rels.add(rel("r1", "a-1", "2020-09-27", 0, "Azerbaijani forces shelled civilians in Stepanakert.",
        "Azerbaijani armed forces", "AZE", "MIL", "ATTACK", "NKR", null));
    rels.add(rel("r2", "a-1", "2020-09-27", 1, "Armenia's Defence Ministry said the attack was unprovoked.",
        "Armenian Defence Ministry", "ARM", "GOV", "ACCUSE", "AZE", null));
    rels.add(rel("r3", "t-1", "2020-09-28", 0, "Russia urged both sides to cease fire and return to talks.",
        "Russian Foreign Ministry", "RUS", "GOV", "MEDIATE", null, null));
    rels.add(rel("r4", "t-1", "2020-09-28", 0, "The army did not target civilians, the ministry said, calling it propaganda.",
        "Azerbaijani Defence Ministry", "AZE", "GOV", "REJECT", "ARM", null));
    Tables.writeByDay(spark.createDataFrame(rels, RelationsTable.SCHEMA), out, RelationsTable.NAME);

    PipelineOptions options = PipelineOptions.parse(new String[] {"summarize", "--output", out,
        "--data-dir", SparkTestSession.projectRoot().resolve("data").toString()});
    summary = new SummarizeStage().run(spark, options, new RunReport("summarize", Map.of()));
  }

  static Row doc(String id, String corpus, String source, String author, String authorName, String text, String day,
      String retweetOf, List<String> hashtags) {
    return RowFactory.create(id, id, corpus, source, author, authorName, Timestamp.valueOf(day + " 12:00:00"),
        Date.valueOf(day), "en", false, null, text, null, "in.jsonl", 1L, retweetOf, null, null,
        DocumentsTable.seq(hashtags), DocumentsTable.seq(List.of()), null, null, null);
  }

  static Row rel(String id, String doc, String day, int sentence, String evidence, String actor, String country,
      String role, String relation, String target, String about) {
    return RowFactory.create(id, doc, doc.startsWith("a") ? "article" : "tweet", Date.valueOf(day), sentence, 0,
        evidence.length(), evidence, actor, country, role, relation, "000", target == null ? null : target + " actor",
        target, target == null ? null : "GOV", about, null, null, DocumentsTable.seq(List.of()), 0.8, "test");
  }

  private static List<Row> table(String name) {
    return spark.read().parquet(Tables.path(out, name)).collectAsList();
  }

  @Test
  void sentencesAreScoredOneRowEach() {
    List<Row> rows = spark.read().parquet(Tables.path(out, "sentiment")).orderBy("doc_id", "sentence_idx").collectAsList();
    List<Row> article = rows.stream().filter(r -> r.getAs("doc_id").equals("a-1")).toList();
    assertEquals(2, article.size());
    assertTrue(article.get(0).<String>getAs("text").startsWith("Azerbaijani forces shelled"));
    assertTrue(article.get(0).<Double>getAs("compound") < 0, "shelling civilians reads negative");
  }

  @Test
  void documentsGetTheirScoreAndKeepEveryRow() {
    Map<String, Row> byId = new HashMap<>();
    table("documents").forEach(r -> byId.put(r.getAs("doc_id"), r));
    assertEquals(3, byId.size());
    // The retweet carries the same words and no relations of its own: they score positive (the
    // flag counts, conflict lexicon). The relations given the original here are a MEDIATE and a
    // REJECT and no SUPPORT, so its adjusted score is bounded at neutral, sentence and document.
    assertTrue(byId.get("t-2").<Double>getAs("sentiment") > 0.05);
    assertEquals(0.0, byId.get("t-1").<Double>getAs("sentiment"), 1e-12, "a tweet of hostile acts alone is not positive");
    Row tweetSentence = spark.read().parquet(Tables.path(out, "sentiment")).filter("doc_id = 't-1' AND sentence_idx = 0").first();
    assertEquals(0.0, tweetSentence.<Double>getAs("compound"), 1e-12, "nor is its sentence");
    List<Row> sentences = spark.read().parquet(Tables.path(out, "sentiment")).filter("doc_id = 'a-1'").collectAsList();
    double mean = sentences.stream().mapToDouble(r -> r.<Double>getAs("compound")).average().orElseThrow();
    assertEquals(mean, byId.get("a-1").<Double>getAs("sentiment"), 1e-9, "an article scores the mean of its sentences");
    assertEquals(TWEET, byId.get("t-1").getAs("text"));
    for (Row r : byId.values()) {
      assertFalse(r.isNullAt(r.fieldIndex("vader_compound")), "every document has its plain VADER score");
    }
    for (Row r : sentences) {
      assertFalse(r.isNullAt(r.fieldIndex("vader_compound")), "every sentence has its plain VADER score");
    }
  }

  @Test
  void relationsGetSentimentAndFrames() {
    Map<String, Row> byId = new HashMap<>();
    table("relations").forEach(r -> byId.put(r.getAs("relation_id"), r));
    assertEquals(4, byId.size());
    assertTrue(byId.get("r1").getList(byId.get("r1").fieldIndex("frames")).isEmpty(),
        "a narrator-reported attack gives no frame");
    assertEquals(List.of("AGGRESSION"), byId.get("r2").getList(byId.get("r2").fieldIndex("frames")));
    assertEquals(List.of("DE_ESCALATION"), byId.get("r3").getList(byId.get("r3").fieldIndex("frames")));
    List<Object> rejectFrames = byId.get("r4").getList(byId.get("r4").fieldIndex("frames"));
    assertEquals(List.of("DISINFORMATION"), rejectFrames, "negated civilians is not CIVILIAN_HARM");
    for (Row r : byId.values()) {
      assertFalse(r.isNullAt(r.fieldIndex("sentiment")));
    }
    assertTrue(byId.get("r1").<Double>getAs("sentiment") < 0);
    for (String hostile : List.of("r1", "r2", "r4")) {
      assertTrue(byId.get(hostile).<Double>getAs("sentiment") <= 0, hostile + ": a hostile act is not scored positive");
    }
    assertEquals("Azerbaijani Defence Ministry", byId.get("r4").getAs("source_actor"), "the other columns are kept");
    assertEquals("ARM", byId.get("r4").getAs("target_country"));
  }

  @Test
  void stanceFollowsTheRulesAndRetweetsEndorse() {
    Map<String, Row> byPair = new HashMap<>();
    table("stance").forEach(r -> byPair.put(r.getAs("source_actor") + "->" + r.getAs("target_country"), r));
    assertEquals("AGAINST", byPair.get("Armenian Defence Ministry->AZE").getAs("stance"));
    assertEquals("AGAINST", byPair.get("Azerbaijani armed forces->NKR").getAs("stance"));
    assertEquals("NONE", byPair.get("Russian Foreign Ministry->ARM").getAs("stance"), "MEDIATE without target: NONE to both");
    assertEquals("NONE", byPair.get("Russian Foreign Ministry->AZE").getAs("stance"));
    assertFalse(byPair.containsKey("Nikol Pashinyan->ARM"), "no row toward one's own country, flags and hashtags included");
    Row endorsed = byPair.get("Hikmet Hajiyev->ARM");
    assertEquals("FAVOR", endorsed.getAs("stance"), "the retweeter endorses the original's stance");
    assertEquals(1L, endorsed.<Long>getAs("n_documents"));
    assertFalse(byPair.containsKey("Armenian Defence Ministry->INT"));
  }

  @Test
  void framingSummaryCountsEveryRelation() {
    List<Row> rows = table("framing_summary");
    long relations = 0;
    for (Row r : rows) {
      if (r.isNullAt(r.fieldIndex("frame"))) {
        relations += r.<Long>getAs("n_relations");
      }
    }
    assertEquals(1, relations, "only the attack has no frame");
    Row accuse = rows.stream().filter(r -> "ACCUSE".equals(r.getAs("relation"))).findFirst().orElseThrow();
    assertEquals("AGGRESSION", accuse.getAs("frame"));
    assertEquals(Date.valueOf("2020-09-27"), accuse.getAs("day"));
    assertEquals(1L, accuse.<Long>getAs("n_documents"));
    assertTrue(accuse.<Double>getAs("mean_sentiment") < 0);
  }

  @Test
  void reportHasChartsAndAPage() throws Exception {
    Path report = Path.of(out, "report");
    for (String png : List.of("relation_profile.png", "frame_shares.png", "timeline.png", "stance_matrix.png")) {
      byte[] bytes = Files.readAllBytes(report.resolve(png));
      assertTrue(bytes.length > 5000, png + " is a drawn chart");
      assertEquals((byte) 0x89, bytes[0]);
      assertEquals('P', bytes[1]);
    }
    String html = Files.readString(report.resolve("index.html"));
    assertTrue(html.contains("<img src=\"stance_matrix.png\""));
    assertTrue(html.contains("Armenia") && html.contains("Azerbaijan"), "party names, not codes");
    assertTrue(html.contains("the attack was unprovoked"), "a typical sentence of Armenia");
    assertTrue(html.contains("a-1"), "linked to its document");
  }

  @Test
  void stagingIsGoneAndTheSummaryCounts() {
    assertFalse(Files.exists(Path.of(out, SummarizeStage.STAGING)));
    assertTrue(summary.contains("4 relations (3 with frames)"), summary);
    assertNull(null);
  }
}
