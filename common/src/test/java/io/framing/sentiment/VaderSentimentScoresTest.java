package io.framing.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The value class the analyzers return (named Vader* so the VADER test selection runs it). */
class VaderSentimentScoresTest {

  @Test
  void equalScoresAreEqualAndHashAlike() {
    SentimentScores a = new SentimentScores(0.4404, 0.492, 0.0, 0.508);
    SentimentScores b = new SentimentScores(0.4404, 0.492, 0.0, 0.508);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, new SentimentScores(0.4404, 0.492, 0.001, 0.507));
  }

  @Test
  void negativeZeroEqualsZero() {
    assertEquals(SentimentScores.EMPTY, new SentimentScores(-0.0, -0.0, 0.0, 0.0));
  }

  @Test
  void toStringNamesEachScore() {
    String text = new SentimentScores(-0.5, 0.1, 0.3, 0.6).toString();
    assertTrue(text.contains("compound=-0.5") && text.contains("negative=0.3"), text);
  }

  @Test
  void outOfRangeScoresAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new SentimentScores(1.5, 0, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> new SentimentScores(0, -0.1, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> new SentimentScores(0, 0, 0, Double.NaN));
  }
}
