package io.framing.sentiment;

import io.framing.Args;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * VADER with the conflict-domain supplement of {@code data/lexicons/conflict/} (see its
 * README): the supplement's words are read after VADER's own, and VADER's rules are unchanged.
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
    try (InputStream v = new SequenceInputStream(java.util.Collections.enumeration(List.of(
            Files.newInputStream(valences), new ByteArrayInputStream(new byte[] {'\n'}),
            Files.newInputStream(supplement))));
        InputStream e = Files.newInputStream(vader.resolve(VaderLexicon.EMOJI_FILE_NAME))) {
      return new VaderSentimentAnalyzer(VaderLexicon.read(v, valences + " + " + supplement, e,
          vader.resolve(VaderLexicon.EMOJI_FILE_NAME).toString()));
    }
  }
}
