package io.framing.ingest;

import io.framing.model.Corpus;
import io.framing.model.DocIds;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocIdsAndTimestampsTest {

  @Test
  void docIdDependsOnCorpusAndNativeIdOnly() {
    String a = DocIds.of(Corpus.ARTICLE, "story-1");
    assertEquals(a, DocIds.of(Corpus.ARTICLE, " story-1 "));
    assertNotEquals(a, DocIds.of(Corpus.TWEET, "story-1"));
    assertNotEquals(a, DocIds.of(Corpus.ARTICLE, "story-2"));
    assertTrue(a.matches("a-[0-9a-f]{16}"), a);
    // A fixed value guards against an accidental change of the id scheme, which would
    // silently re-key every table written before.
    assertEquals("t-" + DocIds.sha256Hex("tweet\u00001", 16), DocIds.of(Corpus.TWEET, "1"));
  }

  @Test
  void timestampsInEveryInputStyle() {
    Instant expected = Instant.parse("2020-09-27T14:03:11Z");
    assertEquals(expected, Timestamps.parse("2020-09-27T14:03:11Z"));
    assertEquals(expected, Timestamps.parse("2020-09-27T18:03:11+04:00"));
    assertEquals(expected, Timestamps.parse("2020-09-27T14:03:11"));
    assertEquals(expected, Timestamps.parse("2020-09-27 14:03:11"));
    assertEquals(expected, Timestamps.parse("Sun Sep 27 14:03:11 +0000 2020"));
    assertEquals(expected, Timestamps.parse("Sun, 27 Sep 2020 14:03:11 GMT"));
    assertEquals(Instant.parse("2020-09-27T14:03:11.250Z"), Timestamps.parse("2020-09-27T14:03:11.250Z"));
    assertEquals(Instant.parse("2020-09-27T00:00:00Z"), Timestamps.parse("2020-09-27"));
  }

  @Test
  void badTimestampsNameTheValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Timestamps.parse("2020-13-45T10:00:00Z"));
    assertTrue(e.getMessage().contains("2020-13-45"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Timestamps.parse("0020-09-27T00:00:00Z"));
    assertThrows(IllegalArgumentException.class, () -> Timestamps.parse(""));
  }

  @Test
  void fingerprintIgnoresCaseSpacingAndPunctuationButNotWords() {
    String text = "Heavy shelling was reported overnight in several towns along the front line, officials said. ".repeat(3);
    String variant = text.toUpperCase().replace(",", " ,  ").replace(".", "!");
    assertEquals(TextFingerprint.of(text), TextFingerprint.of(variant));
    assertNotEquals(TextFingerprint.of(text), TextFingerprint.of(text.replace("several", "many")));
    assertNull(TextFingerprint.of("Too short to tell."));
  }

  @Test
  void languageCodesAreNormalised() {
    assertEquals("en", Languages.normalize("EN"));
    assertEquals("en", Languages.normalize("en-GB"));
    assertEquals("ru", Languages.normalize("rus"));
    assertNull(Languages.normalize("und"));
    assertNull(Languages.normalize(" "));
  }
}
