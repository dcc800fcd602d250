package io.framing.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PosAndLemmaTest {

  private final PartOfSpeechTagger tagger = new OpenNlpPosTagger();
  private final Lemmatizer lemmatizer = new OpenNlpLemmatizer();

  @Test
  void verbsAndProperNounsAreTagged() {
    List<String> tokens = List.of("Maria", "visited", "Berlin", "yesterday", ".");
    List<String> tags = tagger.tag(tokens);
    assertEquals("PROPN", tags.get(0));
    assertEquals("VERB", tags.get(1));
    assertEquals("PROPN", tags.get(2));
    assertEquals("PUNCT", tags.get(4));
  }

  @Test
  void determinerAndNoun() {
    List<String> tags = tagger.tag(List.of("The", "government", "resigned", "."));
    assertEquals(List.of("DET", "NOUN", "VERB", "PUNCT"), tags);
  }

  @Test
  void emojiAreSymbolsAndUrlsAreX() {
    List<String> tags = tagger.tag(List.of("Love", "it", "😀", "🇦🇲", "https://example.org"));
    assertEquals("SYM", tags.get(2));
    assertEquals("SYM", tags.get(3));
    assertEquals("X", tags.get(4));
  }

  @Test
  void emptyInputGivesEmptyOutput() {
    assertTrue(tagger.tag(List.of()).isEmpty());
    assertTrue(lemmatizer.lemmatize(List.of(), List.of()).isEmpty());
  }

  @Test
  void verbLemmas() {
    List<String> tokens =
        List.of("The", "senator", "accused", "the", "agency", ",", "which", "warns", "that",
            "critics", "called", "it", "weak", ".");
    List<String> lemmas = lemmatizer.lemmatize(tokens, tagger.tag(tokens));
    assertEquals("accuse", lemmas.get(2));
    assertEquals("warn", lemmas.get(7));
    assertEquals("critic", lemmas.get(9));
    assertEquals("call", lemmas.get(10));
  }

  @Test
  void properNounsKeepTheirCaseAndHashtagsAreLeftAlone() {
    List<String> tokens = List.of("Smith", "loves", "#Azerbaijan", "😀");
    List<String> lemmas = lemmatizer.lemmatize(tokens, tagger.tag(tokens));
    assertEquals("Smith", lemmas.get(0));
    assertEquals("love", lemmas.get(1));
    assertEquals("#Azerbaijan", lemmas.get(2));
    assertEquals("😀", lemmas.get(3));
  }

  @Test
  void analyzerLemmasAreOptIn() {
    String text = "The senator accused the agency. It warns nobody.";
    AnalyzedDocument plain = TextAnalyzer.english().analyze(text);
    assertFalse(plain.hasLemmas());
    assertTrue(plain.tokens().get(2).lemma().isEmpty());

    AnalyzedDocument full = TextAnalyzer.englishWithLemmas().analyze(text);
    assertTrue(full.hasLemmas());
    assertEquals("accuse", full.tokens().get(2).lemma().orElseThrow());

    Sentence second = TextAnalyzer.english().lemmatize(plain.sentences().get(1));
    assertEquals("warn", second.tokens().get(1).lemma().orElseThrow());
    assertEquals(full.sentences().get(1), second);
    assertEquals(full, TextAnalyzer.english().lemmatize(plain));
  }
}
