package io.framing.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaderLexiconTest {

  private static final String EMOJI = "😀\tgrinning face\n";

  private static InputStream utf8(String content) {
    return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
  }

  private static VaderLexicon read(String valences, String emojis) throws IOException {
    return VaderLexicon.read(utf8(valences), "valences.txt", utf8(emojis), "emojis.txt");
  }

  @Test
  void loadsTheProductsLexicons() throws IOException {
    VaderLexicon lexicon = VaderLexicon.load(VaderTestData.lexiconDirectory());
    // The authors' 7,520 lines repeat 14 tokens (such as "lol"); analysts may add more.
    assertTrue(lexicon.valenceCount() >= 7506, "tokens: " + lexicon.valenceCount());
    assertTrue(lexicon.emojiCount() > 3000, "emoji: " + lexicon.emojiCount());
    assertEquals(OptionalDouble.of(1.9), lexicon.valence("good"));
    assertEquals(Optional.of("grinning face"), lexicon.emojiDescription("😀"));
    assertFalse(lexicon.contains("harvest"));
  }

  @Test
  void aRepeatedTokenCountsOnceWithItsLastValence() throws IOException {
    VaderLexicon authors = VaderLexicon.load(VaderTestData.sharedVaderDirectory());
    assertEquals(7506, authors.valenceCount(), "7,520 lines, 14 of them repeating a token");
  }

  @Test
  void readsTheFirstTwoFieldsAndIgnoresTheAuthorsRatingStatistics() throws IOException {
    VaderLexicon lexicon =
        read("good\t1.9\t0.9434\t[2, 1, 2, 3, 3, 1, 3, 1, 1, 2]\n\nfine \t 0.8 \r\n", EMOJI);
    assertEquals(OptionalDouble.of(1.9), lexicon.valence("good"));
    assertEquals(OptionalDouble.of(0.8), lexicon.valence("fine"));
    assertEquals(2, lexicon.valenceCount());
  }

  @Test
  void aLaterEntryReplacesAnEarlierOne() throws IOException {
    VaderLexicon lexicon = read("ceasefire\t1.0\nceasefire\t2.0\n", EMOJI);
    assertEquals(OptionalDouble.of(2.0), lexicon.valence("ceasefire"));
  }

  @Test
  void anAnalystsAdditionChangesScoresWithoutRecompiling(@TempDir Path dir) throws IOException {
    Path original = VaderTestData.lexiconDirectory();
    Files.copy(
        original.resolve(VaderLexicon.EMOJI_FILE_NAME), dir.resolve(VaderLexicon.EMOJI_FILE_NAME));
    String extended =
        Files.readString(original.resolve(VaderLexicon.VALENCE_FILE_NAME), StandardCharsets.UTF_8)
            + "ceasefire\t2.0\n";
    Files.writeString(
        dir.resolve(VaderLexicon.VALENCE_FILE_NAME), extended, StandardCharsets.UTF_8);

    String text = "The ceasefire held";
    assertEquals(0.0, VaderTestData.analyzer().score(text).compound());
    assertTrue(VaderSentimentAnalyzer.fromDirectory(dir).score(text).compound() > 0);
  }

  @Test
  void aLineWithoutATabIsRejectedNamingFileAndLine(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve(VaderLexicon.VALENCE_FILE_NAME), "good\t1.9\n\nceasefire 2.0\n");
    Files.writeString(dir.resolve(VaderLexicon.EMOJI_FILE_NAME), EMOJI);

    LexiconFormatException e =
        assertThrows(LexiconFormatException.class, () -> VaderLexicon.load(dir));
    assertEquals(3, e.lineNumber());
    assertTrue(e.source().endsWith(VaderLexicon.VALENCE_FILE_NAME), e.source());
    assertTrue(e.getMessage().contains(VaderLexicon.VALENCE_FILE_NAME), e.getMessage());
    assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    assertTrue(e.getMessage().contains("ceasefire 2.0"), e.getMessage());
  }

  @Test
  void aLineWithAnEmptyTokenIsRejected() {
    LexiconFormatException e =
        assertThrows(LexiconFormatException.class, () -> read("good\t1.9\n \t 2.0\n", EMOJI));
    assertEquals(2, e.lineNumber());
  }

  @Test
  void aValenceThatIsNotANumberIsRejected() {
    LexiconFormatException e =
        assertThrows(
            LexiconFormatException.class, () -> read("good\t1.9\nceasefire\thigh\n", EMOJI));
    assertEquals("valences.txt", e.source());
    assertEquals(2, e.lineNumber());
    assertTrue(e.getMessage().contains("'high' is not a number"), e.getMessage());
    assertThrows(LexiconFormatException.class, () -> read("ceasefire\tNaN\n", EMOJI));
  }

  @Test
  void aMalformedEmojiLineIsRejectedNamingTheEmojiFile() {
    LexiconFormatException e =
        assertThrows(LexiconFormatException.class, () -> read("good\t1.9\n", EMOJI + "🙂\n"));
    assertEquals("emojis.txt", e.source());
    assertEquals(2, e.lineNumber());
  }

  @Test
  void aMissingFileIsNamed(@TempDir Path dir) {
    NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> VaderLexicon.load(dir));
    assertTrue(e.getMessage().contains(VaderLexicon.VALENCE_FILE_NAME), e.getMessage());
  }

  @Test
  void aFileThatIsNotUtf8IsRejected() {
    byte[] latin1 = "caf\u00e9\t1.0\n".getBytes(StandardCharsets.ISO_8859_1);
    IOException e =
        assertThrows(
            IOException.class,
            () ->
                VaderLexicon.read(
                    new ByteArrayInputStream(latin1), "latin1.txt", utf8(EMOJI), "emoji.txt"));
    assertTrue(e.getMessage().contains("latin1.txt"), e.getMessage());
  }
}
