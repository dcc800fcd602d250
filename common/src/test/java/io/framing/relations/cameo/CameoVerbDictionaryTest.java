package io.framing.relations.cameo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.framing.relations.cameo.CameoVerbDictionary.PatternLine;
import io.framing.relations.cameo.CameoVerbDictionary.Verb;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CameoVerbDictionaryTest {

  static final List<String> SNIPPET = List.of(
      "####### SYNONYM SETS #######",
      "&WEAPON",
      "+GUN",
      "####### VERB PATTERNS #######",
      "---  DENOUNCE   [111]  ---",
      "CRITICIZE   # ab 31 Dec 2005",
      "FLOG {FLOGS FLOGGING FLOGGED } [180]",
      "SCRAP {SCRAPPING SCRAPS SCRAPPED };shan   8/30/93",
      "- * (FOR {HUMAN RIGHTS})                              [1122]        # CRITICIZE",
      "- &MILITARY *SCEPTICAL                              [012]",
      "",
      "---  HOST   [043:042]  ---",
      "+ASK_FOR {+ASKED_FOR +ASKING_FOR +ASKS_FOR} [020]",
      "HOST",
      "BACKLASH [---]",
      "- * TALKS (BETWEEN)                                   [039]         # HOST",
      "- * (BEFORE COURT)                                    [:173]        # HOST",
      "######## TRANSFORMATIONS ##########",
      "~ a (b . ATTACK) SAY = a b 112");

  @Test
  void readsBlocksVerbsFormsAndCodes() {
    CameoVerbDictionary d = CameoVerbDictionary.parse("CAMEO.test.txt", SNIPPET);
    List<Verb> verbs = d.verbs();
    assertEquals(List.of("criticize", "flog", "scrap", "ask for", "host", "backlash"),
        verbs.stream().map(Verb::words).toList(), "synonym sets and transformations are not verbs");
    Verb criticize = verbs.get(0);
    assertEquals(Optional.of("111"), criticize.code(), "a verb without a code takes its block's");
    assertEquals(6, criticize.line());
    assertEquals("DENOUNCE", criticize.block());
    assertEquals(Optional.of("180"), verbs.get(1).code(), "a verb's own code wins");
    assertEquals(List.of("flogs", "flogging", "flogged"), verbs.get(1).forms());
    assertEquals(List.of("scrapping", "scraps", "scrapped"), verbs.get(2).forms(), "';' starts an old-style comment");
    assertEquals(List.of("asked for", "asking for", "asks for"), verbs.get(3).forms());
    assertTrue(verbs.get(3).inflectedFirst());
    assertEquals(Optional.of("043"), verbs.get(4).code(), "the first of 'source:reverse' codes");
    assertEquals(Optional.empty(), verbs.get(5).code(), "[---] on the verb means none");
  }

  @Test
  void readsPatternsWithTheirVerbAndMarkers() {
    List<PatternLine> p = CameoVerbDictionary.parse("CAMEO.test.txt", SNIPPET).patterns();
    assertEquals(4, p.size());
    assertEquals(List.of(), p.get(0).before());
    assertEquals(List.of("(FOR", "{HUMAN", "RIGHTS})"), p.get(0).after());
    assertEquals(Optional.of("1122"), p.get(0).code());
    assertEquals(Optional.of("CRITICIZE"), p.get(0).verb());
    assertEquals(9, p.get(0).line());
    assertEquals(List.of("&MILITARY"), p.get(1).before(), "a glued marker is split off");
    assertEquals(List.of("SCEPTICAL"), p.get(1).after());
    assertEquals(Optional.empty(), p.get(1).verb());
    assertEquals(Optional.empty(), p.get(3).code(), "':173' codes only the reverse direction");
  }

  @Test
  void anUnknownLineIsAnErrorWithSourceLineAndText() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CameoVerbDictionary.parse(
        "CAMEO.test.txt", List.of("---  WARN   [130]  ---", "WARN", "- CAUTION [130]", "{BROKEN")));
    assertTrue(e.getMessage().contains("CAMEO.test.txt line 3") && e.getMessage().contains("- CAUTION [130]"), e.getMessage());
    assertTrue(e.getMessage().contains("line 4") && e.getMessage().contains("{BROKEN"), e.getMessage());
  }
}
