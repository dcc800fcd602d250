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
    // A hyphenated word the tokenizer splits fills one place of the gap; four words do not fit.
    assertEquals(List.of("ATTACK:1-7"), cuesIn(d, "they launched a full - scale strike"));
    assertEquals(List.of(), cuesIn(d, "they launched a very large naval strike"));
  }

  @Test
  void badLinesAreReportedWithFileAndLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cues.csv");
    Files.writeString(file, "relation,cameo,cue,kind,forms,target\nPRAISE,050,laud,verb,,object\nAPPEAL,020,urge,adverb,,object\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CueDictionary.load(file));
    assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("PRAISE"), e.getMessage());
    assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("ADVERB"), e.getMessage());
  }

  @Test
  void laterFilesAddCuesButTheHandWrittenOneWins(@TempDir Path dir) throws Exception {
    Path hand = dir.resolve("cues.csv");
    Files.writeString(hand, String.join("\n", "relation,cameo,cue,kind,forms,target",
        "APPEAL,020,press,verb,,object", "ACCUSE,112,attack,noun,,agent", ""));
    Path cameo = dir.resolve("cameo-cues.csv");
    Files.writeString(cameo, String.join("\n", "relation,cameo,cue,kind,forms,target,provenance",
        "DEMAND,100,Press,verb,,object,CAMEO.2.0.txt:10 DEMAND/PRESS [100]",
        "ATTACK,190,attack,verb,,object,CAMEO.2.0.txt:20 ATTACK/ATTACK [190]",
        "MEDIATE,045,broker,verb,brokered,between,\"CAMEO.2.0.txt:30 BARGAIN/BROKER [045]\"", ""));
    CueDictionary d = CueDictionary.load(List.of(hand, cameo));
    assertEquals(List.of("APPEAL:1-2"), cuesIn(d, "they pressed Baku"), "the hand-written 'press' wins");
    assertEquals(List.of("ACCUSE:1-2", "ATTACK:1-2"), cuesIn(d, "the attack on"), "another kind is another cue");
    Cue broker = d.cues().stream().filter(c -> c.phrase().equals("broker")).findFirst().orElseThrow();
    assertEquals("CAMEO.2.0.txt:30 BARGAIN/BROKER [045]", broker.provenance());
    assertEquals("", d.cues().get(0).provenance(), "hand-written cues have none");
    assertEquals(List.of("MEDIATE:1-2"), cuesIn(d, "Moscow brokered talks"));
  }

  @Test
  void badLinesOfALaterFileAreReportedWithItsNameAndLine(@TempDir Path dir) throws Exception {
    Path hand = dir.resolve("cues.csv");
    Files.writeString(hand, "relation,cameo,cue,kind,forms,target\nAPPEAL,020,urge,verb,,object\n");
    Path cameo = dir.resolve("cameo-cues.csv");
    Files.writeString(cameo, "relation,cameo,cue,kind,forms,target,provenance\nMEDIATE,045,broker,verbal,,between,x\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CueDictionary.load(List.of(hand, cameo)));
    assertTrue(e.getMessage().contains("cameo-cues.csv line 2") && e.getMessage().contains("VERBAL"), e.getMessage());
  }
}
