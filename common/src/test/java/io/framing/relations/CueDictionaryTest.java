package io.framing.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CueDictionaryTest {

  @Test
  void regularInflections() {
    assertEquals(List.of("accuse", "accuses", "accused", "accusing"), List.copyOf(Inflections.ofVerb("accuse")));
    assertTrue(Inflections.ofVerb("slam").contains("slammed"));
    assertTrue(Inflections.ofVerb("open").contains("opened"), "two syllables: no doubling");
    assertTrue(Inflections.ofVerb("deny").contains("denies"));
    assertTrue(Inflections.ofVerb("call").contains("calling"));
    assertEquals("strikes", Inflections.plural("strike"));
  }

  private static List<String> cuesIn(CueDictionary d, String sentence) {
    return d.find(Arrays.asList(sentence.toLowerCase().split(" "))).stream()
        .map(m -> m.cue().relation() + ":" + m.start() + "-" + m.end()).collect(Collectors.toList());
  }

  @Test
  void longestMatchGapsAndQuotes(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cues.csv");
    Files.writeString(file, String.join("\n", "relation,cameo,cue,kind,forms,target",
        "APPEAL,020,call on,verb,,object", "CONDEMN,111,call * betrayal,verb,,object",
        "ATTACK,190,launch * strike,verb,,object", "SUPPORT,050,solidarity with,phrase,,object", ""));
    CueDictionary d = CueDictionary.load(file);
    assertEquals(List.of("APPEAL:1-3"), cuesIn(d, "she called on them"));
    assertEquals(List.of("CONDEMN:1-6"), cuesIn(d, "he called the deal a betrayal"));
    assertEquals(List.of("ATTACK:1-6"), cuesIn(d, "they launched air and artillery strikes"));
    assertEquals(List.of("SUPPORT:2-5"), cuesIn(d, "in full solidarity ” with Baku"));
    assertEquals(List.of(), cuesIn(d, "they launched , and later strikes"));
  }

  @Test
  void badLinesAreReportedWithFileAndLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cues.csv");
    Files.writeString(file, "relation,cameo,cue,kind,forms,target\nPRAISE,050,laud,verb,,object\nAPPEAL,020,urge,adverb,,object\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CueDictionary.load(file));
    assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("PRAISE"), e.getMessage());
    assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("ADVERB"), e.getMessage());
  }
}
