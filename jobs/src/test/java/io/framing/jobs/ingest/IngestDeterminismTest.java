package io.framing.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.framing.jobs.SparkTestSession;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two runs over the sample corpus give identical tables; retweets, quotes and repeats behave. */
class IngestDeterminismTest {
  @TempDir static Path first;
  @TempDir static Path second;
  static Dataset<Row> documents;

  @BeforeAll
  static void ingestTwice() {
    String corpus = SparkTestSession.projectRoot().resolve("data/corpus").toString();
    SparkTestSession.runPipeline("ingest", "--input", corpus, "--output", first.toString());
    SparkTestSession.runPipeline("ingest", "--input", corpus, "--output", second.toString());
    documents = SparkTestSession.get().read().parquet(first.resolve("documents").toString()).cache();
  }

  @Test
  void twoRunsGiveTheSameIdsAndTheSameRows() {
    SparkSession spark = SparkTestSession.get();
    Dataset<Row> again = spark.read().parquet(second.resolve("documents").toString());
    assertEquals(0, documents.exceptAll(again).count());
    assertEquals(0, again.exceptAll(documents).count());
    List<String> idsFirst = documents.select("doc_id").orderBy("doc_id").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    List<String> idsSecond = again.select("doc_id").orderBy("doc_id").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    assertEquals(idsFirst, idsSecond);
    assertEquals(documents.count(), documents.select("doc_id").distinct().count(), "doc_id is unique");
  }

  @Test
  void everyRetweetPointsToItsOriginalWhichIsPresentOnceUnderItsOwnAuthor() {
    List<Row> retweets = documents.filter(col("retweet_of").isNotNull()).select("doc_id", "author", "retweet_of").collectAsList();
    assertTrue(retweets.size() >= 5, "the sample corpus has retweets");
    for (Row rt : retweets) {
      assertNotNull(rt.getString(1), "a retweet is its retweeter's document");
    }
    long withOriginal = retweets.stream().filter(rt -> documents.filter(col("doc_id").equalTo(rt.getString(2))).count() == 1).count();
    assertTrue(withOriginal >= 5, "originals carried by v1 retweets are documents of their own");
  }

  @Test
  void quoteTweetsPointToTheQuotedTweet() {
    List<Row> quotes = documents.filter(col("quote_of").isNotNull()).select("quote_of").collectAsList();
    assertTrue(quotes.size() >= 2);
    for (Row q : quotes) {
      assertEquals(1, documents.filter(col("doc_id").equalTo(q.getString(0))).count());
    }
  }

  @Test
  void anArticleThatRepeatsAnotherOutletsTextIsKeptAndMarked() {
    List<Row> dups = documents.filter(col("duplicate_of").isNotNull()).select("doc_id", "duplicate_of", "source").collectAsList();
    assertTrue(dups.size() >= 1, "the sample corpus has a re-run article");
    for (Row d : dups) {
      Row original = documents.filter(col("doc_id").equalTo(d.getString(1))).select("source", "duplicate_of").first();
      assertNotNull(original);
      assertEquals(null, original.get(1), "the original is not itself a duplicate");
    }
  }

  @Test
  void embeddedTweetsAreAColumnOfTheirArticle() {
    List<Row> rows = documents.filter(org.apache.spark.sql.functions.size(col("embedded_tweets")).gt(0))
        .select("text", "embedded_tweets").collectAsList();
    assertTrue(rows.size() >= 2);
    for (Row r : rows) {
      String text = r.getString(0);
      for (Row t : r.<Row>getList(1)) {
        int start = t.getInt(t.fieldIndex("text_start"));
        int end = t.getInt(t.fieldIndex("text_end"));
        assertTrue(0 <= start && start < end && end <= text.length());
        assertFalse(t.getString(t.fieldIndex("handle")).isBlank());
      }
    }
  }

  @Test
  void documentsArePartitionedByDay() {
    assertTrue(first.resolve("documents").toFile().list((dir, name) -> name.startsWith("day=2020-09-27")).length == 1);
    assertTrue(documents.select("day").distinct().count() >= 4, "several days");
  }
}
