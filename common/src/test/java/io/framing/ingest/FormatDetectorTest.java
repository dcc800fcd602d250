package io.framing.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormatDetectorTest {
  private static Optional<InputFormat> detect(String name, String head) {
    return FormatDetector.detect(name, head.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void jsonFormatsAreToldApartByTheirKeys() {
    assertEquals(Optional.of(InputFormat.TWEETS_V2), detect("x.jsonl", "{\"data\":[],\"meta\":{}}\n"));
    assertEquals(Optional.of(InputFormat.TWEETS_V1), detect("x.jsonl", "{\"id_str\":\"1\",\"full_text\":\"t\"}\n"));
    assertEquals(Optional.of(InputFormat.ARTICLES_JSONL), detect("x.json", "{\"id\":\"a\",\"title\":\"t\",\"text\":\"x\"}\n"));
  }

  @Test
  void aBrokenFirstLineDoesNotHideTheFormat() {
    assertEquals(Optional.of(InputFormat.ARTICLES_JSONL),
        detect("x.jsonl", "{\"id\": broken\n{\"id\":\"a\",\"published_at\":\"2020-01-01\",\"text\":\"x\"}\n"));
  }

  @Test
  void csvFormatsAreToldApartByTheirHeader() {
    assertEquals(Optional.of(InputFormat.ARTICLES_CSV), detect("a.csv", "id,url,source,published_at,title,text\n"));
    assertEquals(Optional.of(InputFormat.TWEETS_CSV), detect("t.csv", "id,created_at,screen_name,text\n"));
    assertEquals(Optional.of(InputFormat.TWEETS_CSV), detect("t.csv.gz", "\uFEFFtext,author,created_at,id\n"));
  }

  @Test
  void textFilesAreArticlesAndUnknownContentIsUnknown() {
    assertEquals(Optional.of(InputFormat.ARTICLES_TXT), detect("story.txt", "Title\nBody"));
    assertTrue(detect("README", "Just prose here.\n").isEmpty());
  }

  @Test
  void formatFlagsRoundTripAndUnknownFlagsNameTheChoices() {
    for (InputFormat f : InputFormat.values()) {
      assertEquals(f, InputFormat.fromFlag(f.flag()));
    }
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> InputFormat.fromFlag("xml"));
    assertTrue(e.getMessage().contains("'xml'") && e.getMessage().contains("tweets-v2"), e.getMessage());
  }
}
