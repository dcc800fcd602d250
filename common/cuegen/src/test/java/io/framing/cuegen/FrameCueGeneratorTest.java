package io.framing.cuegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.framing.frames.Frame;
import io.framing.frames.FrameTagger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.sf.extjwnl.dictionary.Dictionary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The WordNet expansion of concept seeds, and the committed cue file it generates. */
class FrameCueGeneratorTest {
  private static Dictionary wordnet;

  @BeforeAll
  static void loadWordNet() throws Exception {
    wordnet = Dictionary.getDefaultResourceInstance();
  }

  private static Path dataDir() {
    return Path.of(System.getProperty("framing.project.root", "..")).resolve("data").toAbsolutePath().normalize();
  }

  private static Map<String, GeneratedCue> expand(ConceptSeed seed) throws Exception {
    return FrameCueGenerator.generate(List.of(seed), wordnet).stream()
        .collect(Collectors.toMap(GeneratedCue::cue, c -> c));
  }

  @Test
  void aSeedGivesItsSynonymsDerivationsAndInflectionsWithTheirProvenance() throws Exception {
    Map<String, GeneratedCue> cues = expand(new ConceptSeed(Frame.AGGRESSION, "aggression", "invade", 'v', 1, Set.of()));
    assertTrue(cues.get("invade").provenance().startsWith("seed invade.v"));
    assertTrue(cues.get("invasion").provenance().contains("derivation"), cues.get("invasion").provenance());
    assertTrue(cues.get("invasion").provenance().startsWith("wn31 v"), "the synset of the seed's sense");
    assertTrue(cues.get("invaded").provenance().endsWith("past -ed"));
    assertTrue(cues.get("invaders").provenance().endsWith("plural"));
    for (GeneratedCue c : cues.values()) {
      assertEquals(Frame.AGGRESSION, c.frame());
      assertEquals("aggression", c.concept());
    }
  }

  @Test
  void zeroSensesKeepsTheSeedAndItsInflectionsOnly() throws Exception {
    Map<String, GeneratedCue> cues = expand(new ConceptSeed(Frame.CIVILIAN_HARM, "civilian harm", "child", 'n', 0, Set.of()));
    assertEquals(Set.of("child", "children"), cues.keySet(), "irregular plural from WordNet's exception list");
  }

  @Test
  void phrasesInflectTheirHeadAndExcludedWordsStayOut() throws Exception {
    Map<String, GeneratedCue> fire = expand(new ConceptSeed(Frame.AGGRESSION, "aggression", "open fire", 'v', 0, Set.of()));
    assertEquals("phrase", fire.get("opened fire").kind());
    assertTrue(fire.containsKey("opening fire"));
    Map<String, GeneratedCue> lies = expand(new ConceptSeed(Frame.DISINFORMATION, "disinformation", "liar", 'n', 1,
        Set.of("lay", "lain")));
    assertTrue(lies.containsKey("lie") && lies.containsKey("lied"), lies.keySet().toString());
    assertFalse(lies.containsKey("lay") || lies.containsKey("lain"), "lying down is not lying");
  }

  @Test
  void inflectionsFollowEnglishSpelling() {
    assertEquals("allies", Inflections.plural("ally"));
    assertEquals("bombardments", Inflections.plural("bombardment"));
    assertEquals("liberated", Inflections.past("liberate"));
    assertEquals("repelled", Inflections.past("repel"));
    assertEquals("shelled", Inflections.past("shell"));
    assertEquals("opened", Inflections.past("open"));
    assertEquals("provoking", Inflections.gerund("provoke"));
    assertEquals("lying", Inflections.gerund("lie"));
    assertEquals("stopping", Inflections.gerund("stop"));
  }

  /** The committed file is the generator's output for the committed seeds: regenerate after a seed change. */
  @Test
  void theCommittedCueFileIsUpToDate() throws Exception {
    String expected = FrameCueGenerator.generate(dataDir());
    String committed = Files.readString(dataDir().resolve("frames").resolve(FrameCueGenerator.GENERATED),
        StandardCharsets.UTF_8);
    assertEquals(expected, committed, "data/frames/wordnet_cues.csv is stale: run FrameCueGenerator data");
    // and the tagger reads it
    FrameTagger tagger = FrameTagger.load(List.of(dataDir().resolve("frames").resolve(FrameCueGenerator.GENERATED)));
    assertEquals(expected.split("\n").length - 1, tagger.cues().size());
  }
}
