package io.framing.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.framing.relations.RelationType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActSignsTest {

  @Test
  void hostileActsAloneAreNeverPositive() {
    assertEquals(0.0, ActSigns.bound(0.6, List.of(RelationType.ACCUSE)));
    assertEquals(0.0, ActSigns.bound(0.3, List.of(RelationType.WARN, RelationType.APPEAL)));
    assertEquals(-0.4, ActSigns.bound(-0.4, List.of(RelationType.CONDEMN)), "a negative score already agrees");
  }

  @Test
  void supportAloneIsNeverNegative() {
    assertEquals(0.0, ActSigns.bound(-0.5, List.of(RelationType.SUPPORT)));
    assertEquals(0.7, ActSigns.bound(0.7, List.of(RelationType.SUPPORT)));
  }

  @Test
  void mixedOrUnsignedActsKeepTheScore() {
    assertEquals(0.6, ActSigns.bound(0.6, List.of(RelationType.SUPPORT, RelationType.ACCUSE)));
    assertEquals(-0.6, ActSigns.bound(-0.6, List.of(RelationType.SUPPORT, RelationType.ACCUSE)));
    assertEquals(0.5, ActSigns.bound(0.5, List.of(RelationType.APPEAL, RelationType.MEDIATE)));
    assertEquals(-0.5, ActSigns.bound(-0.5, List.of()));
  }

  @Test
  void aBoundedSentenceKeepsItsPlaceTextAndShares() {
    SentenceSentiment s = new SentenceSentiment(2, 10, 40, "text", new SentimentScores(0.4, 0.3, 0.1, 0.6));
    SentenceSentiment b = ActSigns.bound(s, List.of(RelationType.REJECT));
    assertEquals(new SentenceSentiment(2, 10, 40, "text", new SentimentScores(0.0, 0.3, 0.1, 0.6)), b);
    assertSame(s, ActSigns.bound(s, List.of(RelationType.APPEAL)));
  }
}
