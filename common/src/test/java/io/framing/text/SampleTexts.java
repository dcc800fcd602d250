package io.framing.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** Texts written for these tests, and the offset property every analysis must satisfy. */
final class SampleTexts {
  private SampleTexts() {}

  static final String NEWS =
      "Mr. Grant arrived in the U.S. capital on Tuesday. He accused the ministry of delay.\n"
          + "The agency warns that prices will rise. Officials called the plan “reckless.”";

  static final String SOCIAL =
      "Proud of #Azerbaijan today 🇦🇿🇦🇲 — thanks @KimKardashian!!! 😀😀\n\n"
          + "Read more: https://example.org/news?id=42, or write to press@example.org.";

  static final String MESSY =
      "  \n\t“Why now?” she asked—quietly.\r\n"
          + "———\n"
          + "Prices rose 3.5% (to $1,000)… didn’t they?\n"
          + "\u00A0No final punctuation here\n"
          + "👨‍👩‍👧 family photo 👍🏽 #Summer2024";

  static final String PLAIN =
      "The committee met twice. It adjourned without a vote, and the chair said nothing.";

  static final List<String> ALL = List.of(NEWS, SOCIAL, MESSY, PLAIN, "", "   \n\n  ", "x");

  /** Every sentence and token covers exactly its own text; everything is in order. */
  static void assertOffsetsExact(AnalyzedDocument doc) {
    String text = doc.text();
    int lastSentenceEnd = 0;
    for (int i = 0; i < doc.sentences().size(); i++) {
      Sentence s = doc.sentences().get(i);
      assertEquals(i, s.index());
      assertEquals(s.text(), text.substring(s.charStart(), s.charEnd()), "sentence " + i);
      assertTrue(s.charStart() >= lastSentenceEnd, "sentences overlap at " + i);
      assertTrue(!s.text().isEmpty() && !s.text().isBlank(), "blank sentence " + i);
      lastSentenceEnd = s.charEnd();
      int lastTokenEnd = s.charStart();
      for (int j = 0; j < s.tokens().size(); j++) {
        Token t = s.tokens().get(j);
        assertEquals(j, t.index());
        assertEquals(t.text(), text.substring(t.charStart(), t.charEnd()), "token " + t);
        assertTrue(t.charStart() >= lastTokenEnd, "tokens out of order at " + t);
        assertTrue(t.charEnd() <= s.charEnd(), "token beyond sentence: " + t);
        assertTrue(t.text().chars().noneMatch(Character::isWhitespace), "space in " + t);
        lastTokenEnd = t.charEnd();
      }
    }
  }
}
