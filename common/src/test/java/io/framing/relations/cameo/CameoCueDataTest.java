package io.framing.relations.cameo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.framing.relations.Cue;
import io.framing.relations.CueDictionary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed {@code data/relations/cameo-cues.csv} against the committed CAMEO source. */
class CameoCueDataTest {

  static Path data() {
    return Path.of(System.getProperty("framing.project.root", ".."), "data");
  }

  @Test
  void committedFileIsWhatTheConverterMakesOfTheSource(@TempDir Path dir) throws Exception {
    Path source = data().resolve("sources/petrarch2/CAMEO.2.0.txt");
    Path out = dir.resolve("cameo-cues.csv");
    CameoCueConverter.write(CameoCueConverter.convert(CameoVerbDictionary.read(source),
        CameoCueConverter.handWrittenVerbs(data().resolve("relations/cues.csv"))), out);
    assertEquals(Files.readString(out), Files.readString(data().resolve("relations/cameo-cues.csv")),
        "regenerate with CameoCueConverter (see data/sources/petrarch2/SOURCE.md)");
  }

  @Test
  void everyGeneratedCuePointsAtItsSourceLine() throws Exception {
    List<String> source = Files.readAllLines(data().resolve("sources/petrarch2/CAMEO.2.0.txt"), StandardCharsets.UTF_8);
    CueDictionary both = CueDictionary.loadDirectory(data().resolve("relations"));
    long generated = 0;
    for (Cue c : both.cues()) {
      if (c.provenance().isEmpty()) {
        continue;
      }
      generated++;
      String[] p = c.provenance().split("[: ]", 3);
      assertEquals("CAMEO.2.0.txt", p[0], c.provenance());
      String line = source.get(Integer.parseInt(p[1]) - 1).toUpperCase();
      String verb = c.phrase().split(" ")[0].toUpperCase();
      assertTrue(line.contains(verb) || line.contains("# " + verb), c + " <- " + c.provenance() + " vs " + line);
    }
    assertTrue(generated > 0, "cameo-cues.csv adds cues");
  }
}
