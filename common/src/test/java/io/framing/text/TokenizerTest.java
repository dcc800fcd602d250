package io.framing.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  private final Tokenizer tokenizer = new OpenNlpTokenizer();

  private List<String> tokens(String text) {
    return tokenizer.tokenize(text).stream().map(s -> s.coveredText(text)).toList();
  }

  @Test
  void hashtagsAndHandlesStayWhole() {
    List<String> got = tokens("Stand with #Azerbaijan, says @KimKardashian.");
    assertTrue(got.contains("#Azerbaijan"), got.toString());
    assertTrue(got.contains("@KimKardashian"), got.toString());
    assertEquals(List.of("Stand", "with", "#Azerbaijan", ",", "says", "@KimKardashian", "."), got);
  }

  @Test
  void hashtagsWithDigitsAndHandlesWithUnderscoresStayWhole() {
    List<String> got = tokens("#ArtsakhIsArmenia! #Summer2024 @kim_k.");
    assertEquals(List.of("#ArtsakhIsArmenia", "!", "#Summer2024", "@kim_k", "."), got);
  }

  @Test
  void emailAndCSharpAreNotHandlesOrHashtags() {
    List<String> got = tokens("Write to press@example.org about C# jobs.");
    assertTrue(got.contains("press@example.org"), got.toString());
    assertTrue(!got.contains("@example"), got.toString());
  }

  @Test
  void urlsStayWholeWithoutTrailingPunctuation() {
    List<String> got = tokens("See https://example.org/a?b=1, then stop.");
    assertTrue(got.contains("https://example.org/a?b=1"), got.toString());
    assertTrue(got.contains(","), got.toString());
  }

  @Test
  void punctuationIsSplit() {
    assertEquals(List.of("Hello", ",", "world", "!"), tokens("Hello, world!"));
    assertEquals(List.of("(", "see", "above", ")", "."), tokens("(see above)."));
  }

  @Test
  void emojiAndFlagsAreTokensOfTheirOwn() {
    List<String> got = tokens("great😀😀 flags🇦🇲🇦🇿 thumbs👍🏽 family👨‍👩‍👧");
    assertEquals(
        List.of("great", "😀", "😀", "flags", "🇦🇲", "🇦🇿", "thumbs", "👍🏽", "family", "👨‍👩‍👧"),
        got);
  }

  @Test
  void emDashesSplitWords() {
    assertEquals(List.of("It", "was", "—", "as", "he", "said", "—", "over", "."),
        tokens("It was—as he said—over."));
    assertEquals(List.of("———"), tokens("———"));
  }

  @Test
  void curlyQuotesAreSeparateTokens() {
    List<String> got = tokens("“reckless,” she said");
    assertEquals("“", got.get(0));
    assertTrue(got.contains("”"), got.toString());
  }

  @Test
  void offsetsAreRelativeToTheDocument() {
    String doc = "First sentence. Second #one here.";
    CharSpan second = new CharSpan(16, doc.length());
    List<CharSpan> spans = tokenizer.tokenize(doc, second);
    assertEquals(16, spans.get(0).start());
    for (CharSpan s : spans) {
      assertTrue(s.start() >= second.start() && s.end() <= second.end());
    }
    assertEquals(List.of("Second", "#one", "here", "."),
        spans.stream().map(s -> s.coveredText(doc)).toList());
  }

  @Test
  void emptySentenceGivesNoTokens() {
    assertTrue(tokenizer.tokenize("").isEmpty());
    assertTrue(tokenizer.tokenize("   ").isEmpty());
  }
}
