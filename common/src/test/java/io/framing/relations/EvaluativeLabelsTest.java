package io.framing.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.framing.sentiment.VaderLexicon;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluativeLabelsTest {
  @TempDir Path tmp;

  private static VaderLexicon vader(String valences) throws IOException {
    return VaderLexicon.read(new ByteArrayInputStream(valences.getBytes(StandardCharsets.UTF_8)), "test",
        new ByteArrayInputStream(new byte[0]), "emoji");
  }

  @Test
  void theFileWinsOverVaderAndStronglyNegativeVaderWordsAreHostile() throws IOException {
    Path file = tmp.resolve("labels.csv");
    Files.writeString(file, "word,class\nprovocative,hostile\nlies,falsity\nwar,neutral\n");
    EvaluativeLabels labels = EvaluativeLabels.load(file,
        vader("war\t-2.9\t0.5\t[]\nunacceptable\t-2.0\t0.5\t[]\nsad\t-1.1\t0.5\t[]\nlies\t-1.8\t0.5\t[]\n"));
    assertEquals(Optional.of(EvaluativeLabels.Label.HOSTILE), labels.of("provocative"));
    assertEquals(Optional.of(EvaluativeLabels.Label.FALSITY), labels.of("lies"), "the file's class, not VADER's");
    assertEquals(Optional.empty(), labels.of("war"), "a topic word listed neutral");
    assertEquals(Optional.of(EvaluativeLabels.Label.HOSTILE), labels.of("unacceptable"), "VADER -2.0");
    assertEquals(Optional.empty(), labels.of("sad"), "VADER -1.1 is above the threshold");
    assertEquals(Optional.empty(), labels.of("table"));
  }

  @Test
  void aBadLineIsNamed() throws IOException {
    Path file = tmp.resolve("labels.csv");
    Files.writeString(file, "word,class\nprovocative,angry\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EvaluativeLabels.load(file, null));
    assertTrue(e.getMessage().contains("angry") && e.getMessage().contains("labels.csv"), e.getMessage());
  }
}
