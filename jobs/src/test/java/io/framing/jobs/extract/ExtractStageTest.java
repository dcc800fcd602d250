package io.framing.jobs.extract;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.framing.jobs.SparkTestSession;
import io.framing.jobs.report.RunReport;
import io.framing.jobs.schema.MentionsTable;
import io.framing.jobs.schema.RelationsTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ingest} then {@code extract} on the sample corpus, on a real local Spark: the tables'
 * schemas and partitioning, their consistency with {@code documents}, the relation contract
 * (none on retweets, one row per document and actors, stable ids) and the run report.
 */
class ExtractStageTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path out;

  @Test
  void extractWritesMentionsAndRelationsConsistentWithDocuments() throws IOException {
    Path root = SparkTestSession.projectRoot();
    String dataDir = root.resolve("data").toString();
    SparkTestSession.runPipeline("ingest", "--input", root.resolve("data/corpus").toString(), "--output", out.toString());
    int loadsBefore = ExtractorHolder.loads();
    String summary = SparkTestSession.runPipeline("extract", "--output", out.toString(), "--data-dir", dataDir);
    assertTrue(summary.contains("relations"), summary);
    assertTrue(ExtractorHolder.loads() <= loadsBefore + 1, "one load per JVM and bundle, not per task");

    SparkSession spark = SparkTestSession.get();
    Dataset<Row> documents = spark.read().parquet(out.resolve("documents").toString()).cache();
    Dataset<Row> mentions = spark.read().parquet(out.resolve("mentions").toString()).cache();
    Dataset<Row> relations = spark.read().parquet(out.resolve("relations").toString()).cache();

    // Schemas and partitioning.
    assertEquals(types(MentionsTable.SCHEMA), types(mentions.schema()));
    assertEquals(types(RelationsTable.SCHEMA), types(relations.schema()));
    assertTrue(dayPartitions(out.resolve("mentions")) > 1, "mentions partitioned by day");
    assertTrue(dayPartitions(out.resolve("relations")) > 1, "relations partitioned by day");

    long mentionCount = mentions.count();
    long relationCount = relations.count();
    assertTrue(mentionCount > relationCount && relationCount > 0, mentionCount + " mentions, " + relationCount + " relations");

    // Every row belongs to a document, of the right corpus and day.
    assertEquals(0, mentions.join(documents, mentions.col("doc_id").equalTo(documents.col("doc_id")), "left_anti").count());
    Dataset<Row> joined = relations.alias("r").join(documents.alias("d"), col("r.doc_id").equalTo(col("d.doc_id")));
    assertEquals(relationCount, joined.count(), "every relation's doc_id is in documents");
    assertEquals(0, joined.filter(col("r.corpus").notEqual(col("d.corpus"))
        .or(col("r.day").isNull().notEqual(col("d.day").isNull()))
        .or(col("r.day").notEqual(col("d.day")))).count(), "corpus and day come from the document");

    // Non-English documents are skipped; English ones are read.
    Dataset<Row> foreign = documents.filter(col("lang").isNotNull().and(col("lang").isin("en", "und").unary_$bang()));
    assertTrue(foreign.count() > 0, "the sample corpus holds non-English documents");
    assertEquals(0, mentions.join(foreign, "doc_id").count(), "no mention from a non-English document");

    // No relation on a retweet, though retweets are read (they have mentions).
    Dataset<Row> retweets = documents.filter(col("retweet_of").isNotNull()).select("doc_id");
    assertTrue(retweets.count() > 0, "the sample corpus holds retweets");
    assertEquals(0, relations.join(retweets, "doc_id").count(), "no relation on a retweet");
    assertTrue(mentions.join(retweets, "doc_id").count() > 0, "retweets still have mentions");

    // One row per (document, source actor, relation, target actor), each with its own id.
    assertEquals(relationCount, relations.select("doc_id", "source_actor", "source_country", "source_role",
        "relation", "target_actor", "target_country", "target_role").distinct().count());
    assertEquals(relationCount, relations.select("relation_id").distinct().count());

    // Frames and sentiment wait for the summarize stage; evidence spans are inside the text.
    assertEquals(0, relations.filter(col("sentiment").isNotNull()).count());
    assertEquals(0, relations.filter(org.apache.spark.sql.functions.size(col("frames")).notEqual(0)).count());
    assertEquals(0, relations.filter(col("char_start").gt(col("char_end"))).count());
    Row sample = joined.filter(col("r.rule").isNotNull()).select("r.char_start", "r.char_end", "d.text", "r.evidence").first();
    String text = sample.getString(2);
    assertTrue(sample.getInt(1) <= text.length() && text.contains(sample.getString(3).strip()));

    // The run report counts what the tables hold.
    JsonNode report = JSON.readTree(out.resolve(RunReport.FILE_NAME).toFile());
    assertEquals(mentionCount, report.path("tables").path("mentions").asLong());
    assertEquals(relationCount, report.path("tables").path("relations").asLong());
    JsonNode counts = report.path("stage_counts").path("extract");
    assertEquals(documents.count(), counts.path("documents_read").asLong());
    assertEquals(foreign.count(), counts.path("documents_skipped_not_english").asLong());

    // A second run gives the same ids for the same relations, without loading the extractor again.
    List<String> first = ids(relations);
    int loadsAfterFirst = ExtractorHolder.loads();
    documents.unpersist();
    mentions.unpersist();
    relations.unpersist();
    SparkTestSession.runPipeline("extract", "--output", out.toString(), "--data-dir", dataDir);
    assertEquals(loadsAfterFirst, ExtractorHolder.loads(), "the same bundle is not loaded twice in one JVM");
    assertEquals(first, ids(spark.read().parquet(out.resolve("relations").toString())));
  }

  private static List<String> ids(Dataset<Row> relations) {
    return relations.select("relation_id", "doc_id", "source_actor", "relation", "target_actor").collectAsList().stream()
        .map(r -> r.mkString("|")).sorted().collect(Collectors.toList());
  }

  private static Map<String, String> types(StructType schema) {
    Map<String, String> m = new TreeMap<>();
    for (StructField f : schema.fields()) {
      m.put(f.name(), f.dataType().simpleString());
    }
    return m;
  }

  private static long dayPartitions(Path table) throws IOException {
    try (Stream<Path> list = Files.list(table)) {
      return list.filter(p -> p.getFileName().toString().startsWith("day=")).count();
    }
  }
}
