package io.framing.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

  private final TextAnalyzer analyzer = TextAnalyzer.english();

  @Test
  void offsetsAreExactOnEverySampleWithAndWithoutLemmas() {
    for (String text : SampleTexts.ALL) {
      SampleTexts.assertOffsetsExact(analyzer.analyze(text));
      SampleTexts.assertOffsetsExact(TextAnalyzer.englishWithLemmas().analyze(text));
    }
  }

  @Test
  void emptyAndWhitespaceOnlyTextGiveEmptyDocuments() {
    assertTrue(analyzer.analyze("").sentences().isEmpty());
    assertTrue(analyzer.analyze(" \n\n\t \u00A0").sentences().isEmpty());
    assertEquals(0, analyzer.analyze("  ").tokenCount());
  }

  @Test
  void socialPostKeepsHashtagsHandlesEmojiAndUrls() {
    AnalyzedDocument doc = analyzer.analyze(SampleTexts.SOCIAL);
    List<String> words = doc.tokens().stream().map(Token::text).toList();
    for (String whole : List.of("#Azerbaijan", "@KimKardashian", "🇦🇿", "🇦🇲", "—", "😀",
        "https://example.org/news?id=42", "press@example.org")) {
      assertTrue(words.contains(whole), whole + " not in " + words);
    }
    // the blank line is a paragraph break: the URL line is its own sentence
    assertTrue(doc.sentences().get(doc.sentences().size() - 1).text().startsWith("Read more"));
  }

  @Test
  void messyTextIsHandled() {
    AnalyzedDocument doc = analyzer.analyze(SampleTexts.MESSY);
    List<String> sentences = doc.sentences().stream().map(Sentence::text).toList();
    assertEquals("“Why now?” she asked—quietly.", sentences.get(0), sentences.toString());
    assertTrue(sentences.contains("———"), sentences.toString());
    assertTrue(sentences.contains("No final punctuation here"), sentences.toString());
    List<String> words = doc.tokens().stream().map(Token::text).toList();
    assertTrue(words.contains("👨‍👩‍👧") && words.contains("👍🏽") && words.contains("#Summer2024"),
        words.toString());
  }

  @Test
  void newlineAlwaysEndsASentence() {
    AnalyzedDocument doc = analyzer.analyze("Prime Minister Pashinyan\nsaid the border is calm");
    assertEquals(2, doc.sentences().size());
  }

  /** 6,000 tokens without a full stop; tagged in windows (see Chunks), so it does not blow up. */
  @Test
  void veryLongSentenceIsAnalyzed() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 6000; i++) {
      b.append(i % 9 == 0 ? "protesters" : "marched").append(i % 13 == 0 ? ", " : " ");
    }
    String text = b.toString();
    AnalyzedDocument doc = assertTimeoutPreemptively(Duration.ofSeconds(90),
        () -> TextAnalyzer.englishWithLemmas().analyze(text));
    assertEquals(1, doc.sentences().size());
    assertTrue(doc.tokenCount() > 6000);
    SampleTexts.assertOffsetsExact(doc);
  }

  @Test
  void sentencesCarryIndexSpanAndTags() {
    AnalyzedDocument doc = analyzer.analyze(SampleTexts.NEWS);
    Sentence first = doc.sentences().get(0);
    assertEquals(0, first.index());
    assertEquals("Mr. Grant arrived in the U.S. capital on Tuesday.", first.text());
    assertEquals(new CharSpan(0, first.text().length()), first.span());
    Token arrived = first.tokens().get(2);
    assertEquals("arrived", arrived.text());
    assertEquals("VERB", arrived.pos());
    assertEquals("PROPN", first.tokens().get(1).pos());
  }

  @Test
  void customComponentsArePluggable() {
    Tokenizer whitespace = (doc, s) -> {
      List<CharSpan> out = new java.util.ArrayList<>();
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\S+")
          .matcher(doc).region(s.start(), s.end());
      while (m.find()) {
        out.add(new CharSpan(m.start(), m.end()));
      }
      return out;
    };
    TextAnalyzer custom = TextAnalyzer.builder().tokenizer(whitespace).build();
    AnalyzedDocument doc = custom.analyze("Hello, world!");
    assertEquals(List.of("Hello,", "world!"), doc.tokens().stream().map(Token::text).toList());
  }
}
