package io.framing.sentiment;

import io.framing.Args;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * VADER with the conflict-domain supplement of {@code data/lexicons/conflict/} (see its
 * README): the supplement's entries replace VADER's for the same word (0 removes the word), and
 * VADER's rules are unchanged.
 * Without the supplement file this is plain VADER.
 */
public final class ConflictLexicon {
  public static final String SUPPLEMENT = "conflict_lexicon.txt";

  private ConflictLexicon() {}

  /** The analyzer for {@code dataDir}: {@code lexicons/vader/} plus {@code lexicons/conflict/}. */
  public static VaderSentimentAnalyzer analyzer(Path dataDir) throws IOException {
    Args.notNull(dataDir, "data directory");
    Path vader = dataDir.resolve("lexicons").resolve("vader");
    Path supplement = dataDir.resolve("lexicons").resolve("conflict").resolve(SUPPLEMENT);
    if (!Files.isRegularFile(supplement)) {
      return VaderSentimentAnalyzer.fromDirectory(vader);
    }
    Path valences = vader.resolve(VaderLexicon.VALENCE_FILE_NAME);
    byte[] merged = merge(Files.readAllLines(valences, java.nio.charset.StandardCharsets.UTF_8),
        Files.readAllLines(supplement, java.nio.charset.StandardCharsets.UTF_8));
    try (InputStream v = new ByteArrayInputStream(merged);
        InputStream e = Files.newInputStream(vader.resolve(VaderLexicon.EMOJI_FILE_NAME))) {
      return new VaderSentimentAnalyzer(VaderLexicon.read(v, valences + " + " + supplement, e,
          vader.resolve(VaderLexicon.EMOJI_FILE_NAME).toString()));
    }
  }

  /**
   * VADER's lines with the supplement's applied: a supplement entry replaces VADER's entry for
   * the same token, and a valence of 0 removes the token (a topic word of the domain, such as
   * "fighting" in war reporting, that says what happened rather than how the writer feels).
   */
  static byte[] merge(List<String> vaderLines, List<String> supplementLines) {
    java.util.Map<String, String> byToken = new java.util.LinkedHashMap<>();
    for (String line : vaderLines) {
      if (!line.isBlank()) {
        byToken.put(line.split("\t", 2)[0].strip(), line);
      }
    }
    for (String line : supplementLines) {
      if (line.isBlank()) {
        continue;
      }
      String[] fields = line.split("\t");
      String token = fields[0].strip();
      boolean neutral = fields.length > 1 && Double.parseDouble(fields[1].strip()) == 0.0;
      if (neutral) {
        byToken.remove(token);
      } else {
        byToken.put(token, line);
      }
    }
    return String.join("\n", byToken.values()).concat("\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
