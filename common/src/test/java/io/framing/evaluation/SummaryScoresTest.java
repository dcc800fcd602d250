package io.framing.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SummaryScoresTest {
  private static GoldDocument doc(String json) throws Exception {
    return GoldDocument.parse(new ObjectMapper().readTree(json));
  }

  @Test
  void polarityMacroF1AveragesTheThreeClasses() throws Exception {
    List<GoldDocument> gold = List.of(
        doc("{\"native_id\":\"1\",\"corpus\":\"tweet\",\"gold\":{\"polarity\":\"positive\"}}"),
        doc("{\"native_id\":\"2\",\"corpus\":\"tweet\",\"gold\":{\"polarity\":\"negative\"}}"),
        doc("{\"native_id\":\"a\",\"corpus\":\"article\",\"gold\":{\"sentence_polarity\":"
            + "[{\"sentence\":\"It rained.\",\"polarity\":\"neutral\"}]}}"));
    Map<String, Double> docs = Map.of("tweet:1", 0.05, "tweet:2", 0.2);
    PolarityScores s = PolarityScores.score(PolarityScores.items(gold), new PolarityScores.Predictions() {
      public Double document(String key) {
        return docs.get(key);
      }

      public Double sentence(String key, String sentence) {
        return sentence.equals("It rained.") ? -0.04 : null;
      }
    });
    assertEquals(3, s.items());
    // positive: tp 1, fp 1 -> F1 2/3; negative: fn 1 -> 0; neutral: tp 1 -> 1
    assertEquals((2.0 / 3 + 0 + 1) / 3, s.macroF1(), 1e-9);
    assertTrue(s.scored());
    PolarityScores none = PolarityScores.score(PolarityScores.items(List.of(
        doc("{\"native_id\":\"3\",\"corpus\":\"tweet\",\"gold\":{}}"))), new PolarityScores.Predictions() {
          public Double document(String key) {
            return 0.5;
          }

          public Double sentence(String key, String sentence) {
            return 0.5;
          }
        });
    assertEquals(0, none.items());
    assertFalse(none.scored(), "a set without polarity items is not scored");
    assertEquals("neutral", PolarityScores.label(0.0499));
    assertEquals("negative", PolarityScores.label(-0.05));
  }

  @Test
  void stanceFAverageScoresFavorAndAgainstOnly() throws Exception {
    GoldDocument d = doc("{\"native_id\":\"a\",\"corpus\":\"article\",\"gold\":{\"stance\":["
        + "{\"source_actor\":\"X\",\"source_country\":\"TUR\",\"target_country\":\"AZE\",\"stance\":\"FAVOR\"},"
        + "{\"source_actor\":\"X\",\"source_country\":\"TUR\",\"target_country\":\"ARM\",\"stance\":\"AGAINST\"},"
        + "{\"source_actor\":\"Y\",\"source_country\":\"RUS\",\"target_country\":\"ARM\",\"stance\":\"NONE\"}]}}");
    StanceScores s = StanceScores.score(List.of(d), Map.of("article:a", Set.of(
        new StanceKey("TUR", "AZE", "FAVOR"), new StanceKey("TUR", "ARM", "NONE"), new StanceKey("RUS", "ARM", "AGAINST"))));
    assertEquals(1.0, s.favor().f1(), 1e-9);
    assertEquals(0.0, s.against().f1(), 1e-9, "the AGAINST missed and a false AGAINST");
    assertEquals(0.5, s.fAverage(), 1e-9);
    assertEquals(1, s.against().falsePositives());
    assertEquals(1, s.against().falseNegatives());
  }

  @Test
  void frameF1IsMicroOverDocuments() throws Exception {
    GoldDocument a = doc("{\"native_id\":\"a\",\"corpus\":\"article\",\"gold\":{\"frames\":["
        + "{\"source_country\":\"ARM\",\"source_role\":\"GOV\",\"frame\":\"AGGRESSION\"},"
        + "{\"source_country\":\"AZE\",\"source_role\":\"GOV\",\"frame\":\"SOVEREIGNTY\"}]}}");
    GoldDocument b = doc("{\"native_id\":\"b\",\"corpus\":\"article\",\"gold\":{\"frames\":[]}}");
    FrameScores s = FrameScores.score(List.of(a, b), Map.of(
        "article:a", Set.of(new FrameKey("ARM", "GOV", "AGGRESSION")),
        "article:b", Set.of(new FrameKey("ARM", "GOV", "AGGRESSION"))));
    assertEquals(1, s.micro().truePositives());
    assertEquals(1, s.micro().falsePositives());
    assertEquals(1, s.micro().falseNegatives());
    assertEquals(0.5, s.micro().f1(), 1e-9);
    assertEquals(2, s.differences().size());
  }
}
