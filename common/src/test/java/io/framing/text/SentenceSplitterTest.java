package io.framing.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private final SentenceSplitter splitter = new OpenNlpSentenceSplitter();

  private List<String> sentences(SentenceSplitter sp, String text) {
    return sp.split(text).stream().map(s -> s.coveredText(text)).toList();
  }

  @Test
  void abbreviationsDoNotEndSentences() {
    String text = "Mr. Grant flew to the U.S. on Monday. Dr. Alvarez stayed home.";
    assertEquals(
        List.of("Mr. Grant flew to the U.S. on Monday.", "Dr. Alvarez stayed home."),
        sentences(splitter, text));
  }

  @Test
  void ordinarySentencesAreSplit() {
    String text = "The vote failed. Nobody was surprised! Was anyone? Yes.";
    assertEquals(4, splitter.split(text).size(), sentences(splitter, text).toString());
  }

  @Test
  void closingQuoteStaysWithItsSentence() {
    String text = "“We will not wait,” he said. “Never.” Then he left.";
    List<String> got = sentences(splitter, text);
    assertEquals("“Never.”", got.get(1), got.toString());
  }

  @Test
  void quotedQuestionFollowedByReportingClauseIsOneSentence() {
    String text = "“Why now?” she asked. “Because!” he replied. “Really?” Nobody answered.";
    assertEquals(
        List.of("“Why now?” she asked.", "“Because!” he replied.", "“Really?”", "Nobody answered."),
        sentences(splitter, text));
  }

  @Test
  void everyLineBreakIsABoundaryByDefault() {
    String text = "Breaking news\nMarkets fall sharply\r\nInvestors worried";
    assertEquals(
        List.of("Breaking news", "Markets fall sharply", "Investors worried"),
        sentences(splitter, text));
  }

  @Test
  void paragraphBreakAlwaysEndsASentenceEvenInBlankLineMode() {
    SentenceSplitter prose = new OpenNlpSentenceSplitter(OpenNlpSentenceSplitter.LineBreaks.BLANK_LINE);
    String text = "The talks went on until\nlate at night\n\nNo deal was reached";
    assertEquals(
        List.of("The talks went on until\nlate at night", "No deal was reached"),
        sentences(prose, text));
  }

  @Test
  void emptyAndWhitespaceOnlyGiveNoSentences() {
    assertTrue(splitter.split("").isEmpty());
    assertTrue(splitter.split(" \n\t\r\n \u00A0 ").isEmpty());
  }

  @Test
  void sentencesAreTrimmedExactAndCoverAllText() {
    for (String text : SampleTexts.ALL) {
      List<CharSpan> spans = splitter.split(text);
      boolean[] covered = new boolean[text.length()];
      int last = 0;
      for (CharSpan s : spans) {
        assertTrue(s.start() >= last, "overlap in " + spans);
        last = s.end();
        String covered1 = s.coveredText(text);
        assertEquals(covered1.strip(), covered1, "untrimmed sentence");
        assertTrue(!covered1.contains("\n") , "line break inside sentence: " + covered1);
        for (int i = s.start(); i < s.end(); i++) {
          covered[i] = true;
        }
      }
      for (int i = 0; i < text.length(); i++) {
        assertTrue(covered[i] || OpenNlpSentenceSplitter.isSpace(text.charAt(i)),
            "char " + i + " of '" + text + "' in no sentence");
      }
    }
  }
}
