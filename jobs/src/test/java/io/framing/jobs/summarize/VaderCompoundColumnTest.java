package io.framing.jobs.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.framing.jobs.SparkTestSession;
import io.framing.jobs.schema.SentimentTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * The {@code vader_compound} columns hold plain VADER: every text of the authors' reference
 * ({@code ../shared/vader/reference.jsonl}, 4,533 texts scored by vaderSentiment 3.3.x) is run
 * through {@link ScoreDocuments}, the function summarize fills {@code documents.vader_compound}
 * and {@code sentiment.vader_compound} with, on the product's {@code data/} directory (conflict
 * supplement present), as a tweet and as an article. The document row must give the authors'
 * compound within the reference's rounding whatever the corpus, and so must the sentence row of a
 * text that is one sentence.
 */
class VaderCompoundColumnTest {
  private static final double TOLERANCE = 0.001 + 1e-9;
  /** The columns summarize gives the scorer, by name. */
  private static final StructType INPUT = ScoreDocuments.INPUT;

  @Test
  void documentAndSentenceRowsCarryTheAuthorsCompound() throws IOException {
    Path root = SparkTestSession.projectRoot();
    // As summarize ships them: the data directory read into the bundle and broadcast.
    ScoreDocuments score = new ScoreDocuments(org.apache.spark.api.java.JavaSparkContext
        .fromSparkContext(SparkTestSession.get().sparkContext())
        .broadcast(io.framing.jobs.io.DataBundle.read(root.resolve("data").toString(),
            new org.apache.hadoop.conf.Configuration())));
    int vaderCompound = SentimentTable.SCORED.fieldIndex("vader_compound");
    ObjectMapper json = new ObjectMapper();
    List<String> disagreements = new ArrayList<>();
    int texts = 0;
    int wholeSentences = 0;
    for (String line : Files.readAllLines(root.resolve("../shared/vader/reference.jsonl").normalize(),
        StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode node = json.readTree(line);
      String text = node.get("text").asText();
      double expected = node.get("compound").asDouble();
      texts++;
      for (String corpus : List.of("tweet", "article")) {
        Iterator<Row> rows = score.call(new GenericRowWithSchema(new Object[] {"d-" + texts, corpus, text, null}, INPUT));
        List<Row> sentences = new ArrayList<>();
        Row document = null;
        while (rows.hasNext()) {
          Row r = rows.next();
          if (SentimentTable.DOCUMENT.equals(r.getAs("level"))) {
            document = r;
          } else {
            sentences.add(r);
          }
        }
        if (Math.abs(document.getDouble(vaderCompound) - expected) > TOLERANCE) {
          disagreements.add(corpus + " document: " + expected + " vs " + document.getDouble(vaderCompound) + ": " + text);
        }
        if (sentences.size() == 1 && sentences.get(0).getAs("text").equals(text)) {
          wholeSentences++;
          double sentence = sentences.get(0).getDouble(vaderCompound);
          if (Math.abs(sentence - expected) > TOLERANCE) {
            disagreements.add(corpus + " sentence: " + expected + " vs " + sentence + ": " + text);
          }
        }
      }
    }
    assertTrue(texts >= 4533, "reference texts read: " + texts);
    assertTrue(wholeSentences > 1000, "one-sentence texts checked at sentence level: " + wholeSentences);
    assertEquals(List.of(), disagreements.subList(0, Math.min(20, disagreements.size())),
        disagreements.size() + " rows differ from the authors' compound");
  }
}
