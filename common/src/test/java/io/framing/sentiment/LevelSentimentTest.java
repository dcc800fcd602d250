package io.framing.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LevelSentimentTest {
  private static final Path DATA = Path.of("..", "data");

  @Test
  void articleIsTheMeanOfItsSentencesAndTweetTheWholeText() throws Exception {
    LevelSentiment s = new LevelSentiment(VaderSentimentAnalyzer.fromDirectory(DATA.resolve("lexicons/vader")));
    String text = "The talks were a great success. The shelling killed three people.";
    List<SentenceSentiment> sentences = s.sentences(text);
    assertEquals(2, sentences.size());
    assertEquals(1, sentences.get(1).index());
    assertEquals("The shelling killed three people.", sentences.get(1).text());
    assertTrue(sentences.get(0).scores().compound() > 0 && sentences.get(1).scores().compound() < 0);
    double mean = (sentences.get(0).scores().compound() + sentences.get(1).scores().compound()) / 2;
    assertEquals(mean, s.document(false, text, sentences), 1e-12);
    assertEquals(s.relation(text), s.document(true, text, sentences), 1e-12, "a tweet: the compound of the whole");
    assertEquals(0.0, LevelSentiment.article(List.of()));
  }

  @Test
  void theConflictSupplementAddsWarWordsOnly() throws Exception {
    VaderSentimentAnalyzer plain = VaderSentimentAnalyzer.fromDirectory(DATA.resolve("lexicons/vader"));
    VaderSentimentAnalyzer conflict = ConflictLexicon.analyzer(DATA);
    assertEquals(0.0, plain.score("Villages were shelled overnight.").compound());
    assertTrue(conflict.score("Villages were shelled overnight.").compound() <= -0.05);
    assertTrue(conflict.score("Both sides agreed to a ceasefire.").compound() >= 0.05);
    assertEquals(plain.score("What a wonderful day!"), conflict.score("What a wonderful day!"));
  }

  @Test
  void wordsOfNamesCarryNoValence() throws Exception {
    VaderSentimentAnalyzer plain = VaderSentimentAnalyzer.fromDirectory(DATA.resolve("lexicons/vader"));
    VaderSentimentAnalyzer conflict = ConflictLexicon.analyzer(DATA);
    String named = "The United States and the UN Security Council said the Defence Ministry would report on Monday.";
    assertTrue(plain.score(named).compound() >= 0.05, "plain VADER reads the names as praise");
    assertEquals(0.0, conflict.score(named).compound(), "a name is no judgement");
    // An evaluative word beside a name still counts.
    assertTrue(conflict.score("The United States praised the brave rescuers.").compound() >= 0.05);
  }
}
