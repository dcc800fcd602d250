package io.framing.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

  private final LanguageDetector detector = new OpenNlpLanguageDetector();

  private void assertDetected(String code, String iso3, String text) {
    DetectedLanguage got = detector.detect(text);
    assertEquals(code, got.code(), text + " -> " + got);
    assertEquals(iso3, got.iso6393());
    assertTrue(got.reliable(), "expected reliable: " + got);
    assertTrue(got.confidence() > 0.0 && got.confidence() <= 1.0);
  }

  @Test
  void english() {
    assertDetected("en", "eng",
        "The minister said on Tuesday that the talks would resume after the holidays.");
  }

  @Test
  void french() {
    assertDetected("fr", "fra",
        "Le ministre a déclaré mardi que les négociations reprendraient après les fêtes.");
  }

  @Test
  void russian() {
    assertDetected("ru", "rus",
        "Министр заявил во вторник, что переговоры возобновятся после праздников.");
  }

  @Test
  void german() {
    assertDetected("de", "deu",
        "Der Minister sagte am Dienstag, die Gespräche würden nach den Feiertagen fortgesetzt.");
  }

  @Test
  void hashtagsHandlesUrlsAndEmojiDoNotDecide() {
    assertDetected("en", "eng",
        "@KimKardashian 🇦🇲 https://example.org/x The people of the region deserve peace and "
            + "justice now #Artsakh");
  }

  /**
   * Short text: the model still guesses, but the guess is flagged unreliable. (On this model
   * "Hello" comes out as Waray, "Merci beaucoup" as Waray, "Спасибо" as Chechen.)
   */
  @Test
  void shortTextIsFlaggedUnreliable() {
    for (String text : new String[] {"Hello", "Merci beaucoup", "Danke schön", "Спасибо", "ok"}) {
      DetectedLanguage got = detector.detect(text);
      assertFalse(got.reliable(), text + " -> " + got);
      assertFalse(got.isUndetermined(), text + " -> " + got);
    }
  }

  @Test
  void textWithoutLettersIsUndetermined() {
    assertEquals(DetectedLanguage.UNDETERMINED, detector.detect(""));
    assertEquals(DetectedLanguage.UNDETERMINED, detector.detect("   "));
    assertEquals(DetectedLanguage.UNDETERMINED, detector.detect("12:30 😀 🇦🇲 !!!"));
  }

  @Test
  void iso3CodesMapToIso1WhenPossible() {
    assertEquals("en", OpenNlpLanguageDetector.toIso1("eng"));
    assertEquals("de", OpenNlpLanguageDetector.toIso1("deu"));
    assertEquals("hy", OpenNlpLanguageDetector.toIso1("hye"));
    assertEquals("az", OpenNlpLanguageDetector.toIso1("aze"));
    assertEquals("he", OpenNlpLanguageDetector.toIso1("heb"));
    assertEquals("zh", OpenNlpLanguageDetector.toIso1("cmn"));
    assertEquals("fa", OpenNlpLanguageDetector.toIso1("pes"));
    assertEquals("ceb", OpenNlpLanguageDetector.toIso1("ceb"));
  }

  @Test
  void everyModelLanguageMapsToACode() {
    String[] langs = new opennlp.tools.langdetect.LanguageDetectorME(
        OpenNlpModels.languageDetectorModel()).getSupportedLanguages();
    assertEquals(103, langs.length);
    long twoLetter = java.util.Arrays.stream(langs)
        .filter(l -> OpenNlpLanguageDetector.toIso1(l).length() == 2).count();
    assertEquals(95, twoLetter, "8 of the model's languages have no ISO 639-1 code");
  }
}
