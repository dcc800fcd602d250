package io.framing.relations.cameo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.framing.relations.Cue;
import io.framing.relations.CueDictionary;
import io.framing.relations.RelationType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CameoCueConverterTest {

  static final List<String> SNIPPET = List.of(
      "---  DENOUNCE   [111]  ---",
      "CRITICIZE",
      "LECTURE",
      "SAY [111]",
      "- * (FOR {HUMAN RIGHTS})                              [1122]        # CRITICIZE",
      "- * HARSHLY                                          [111]         # SAY",
      "---  LECTURE_ELSEWHERE   [010]  ---",
      "LECTURE",
      "---  MASSACRE   [202]  ---",
      "BUTCHER {BUTCHERS BUTCHERED}",
      "+GUN_DOWN {+GUNS_DOWN +GUNNED_DOWN}",
      "+IS_DETERMINED {+WAS_DETERMINED}",
      "---  HOST   [---]  ---",
      "HOST",
      "SPONSOR",
      "PLEAD",
      "- * TALKS (BETWEEN)                                   [039]         # HOST",
      "- * + (ON {PEACE DEAL})                              [045]         # SPONSOR",
      "- * $ TALKS                                          [045]         # SPONSOR",
      "- * &WEAPON                                          [045]         # SPONSOR",
      "- &MILITARY * TALKS                                  [045]         # SPONSOR",
      "- * TALKS                                            [045]",
      "- * (WITH {ALL SIDES})                               [020]         # PLEAD");

  private static List<CameoCueRow> convert(Set<String> handWritten) {
    return CameoCueConverter.convert(CameoVerbDictionary.parse("CAMEO.test.txt", SNIPPET), handWritten, code -> true);
  }

  private static Optional<CameoCueRow> row(List<CameoCueRow> rows, String cue) {
    return rows.stream().filter(r -> r.cue().equals(cue)).findFirst();
  }

  @Test
  void verbsBecomeCuesWithFormsAndProvenance() {
    List<CameoCueRow> rows = convert(Set.of());
    CameoCueRow butcher = row(rows, "butcher").orElseThrow();
    assertEquals(RelationType.ATTACK, butcher.relation());
    assertEquals("202", butcher.cameo());
    assertEquals(List.of("butchers", "butchered"), butcher.forms());
    assertEquals("object", butcher.target());
    assertEquals("CAMEO.test.txt:10 MASSACRE/BUTCHER {BUTCHERS BUTCHERED} [202]", butcher.provenance());
    CameoCueRow gunDown = row(rows, "gun down").orElseThrow();
    assertEquals(List.of("guns down", "gunned down"), gunDown.forms());
    assertEquals(Optional.empty(), row(rows, "is determined"), "a copula phrase is not an inflectable verb");
  }

  @Test
  void lightVerbsAreDroppedAloneAndWithTheirPatterns() {
    List<CameoCueRow> rows = convert(Set.of());
    assertEquals(Optional.empty(), row(rows, "say"));
    assertEquals(Optional.empty(), row(rows, "say * harshly"));
    assertTrue(CameoCueConverter.LIGHT_VERBS.containsAll(Set.of("say", "make", "take", "hold", "go")));
  }

  @Test
  void aVerbCodedForTwoMeaningsIsDropped() {
    // LECTURE is 111 (CONDEMN) in one block and 010 (no counterpart) in another.
    List<CameoCueRow> rows = convert(Set.of());
    assertEquals(Optional.empty(), row(rows, "lecture"));
    assertEquals(RelationType.CONDEMN, row(rows, "criticize").orElseThrow().relation());
  }

  @Test
  void patternsBecomeGappedCuesOnlyWhereTheMatcherKeepsTheirMeaning() {
    List<CameoCueRow> rows = convert(Set.of());
    CameoCueRow host = row(rows, "host * talks * between").orElseThrow();
    assertEquals(RelationType.MEDIATE, host.relation());
    assertEquals("between", host.target());
    assertEquals("CAMEO.test.txt:17 HOST/HOST - * TALKS (BETWEEN) [039]", host.provenance());
    assertEquals(RelationType.MEDIATE, row(rows, "sponsor * on peace deal").orElseThrow().relation(),
        "'+' right after the verb: the target lies in the gap");
    assertEquals(Optional.empty(), row(rows, "sponsor * talks"),
        "'$' (source after the verb), a synonym set, words before the verb, or no verb comment: not converted");
    assertEquals(Optional.empty(), row(rows, "criticize * for human rights"),
        "the verb alone is already a cue: its pattern would only take the verb's place");
    assertEquals(RelationType.APPEAL, row(rows, "plead * with all sides").orElseThrow().relation());
    assertEquals(Optional.empty(), convert(Set.of("plead")).stream().filter(r -> r.cue().startsWith("plead")).findFirst(),
        "a verb of the hand-written cues makes its patterns redundant too");
  }

  @Test
  void rowsAreSortedAndFilteredByEnabledCodes() {
    List<CameoCueRow> rows = convert(Set.of());
    List<CameoCueRow> sorted = new ArrayList<>(rows);
    sorted.sort(null);
    assertEquals(sorted, rows);
    List<CameoCueRow> enabled = CameoCueConverter.convert(CameoVerbDictionary.parse("CAMEO.test.txt", SNIPPET), Set.of());
    assertTrue(enabled.stream().allMatch(r -> CameoRelations.enabled(r.cameo())), enabled.toString());
    assertEquals(Optional.empty(), row(enabled, "criticize"), "111 is measured out");
  }

  @Test
  void writtenRowsLoadWithTheirProvenance(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cameo-cues.csv");
    CameoCueConverter.write(convert(Set.of()), file);
    CueDictionary d = CueDictionary.load(file);
    Cue host = d.cues().stream().filter(c -> c.phrase().equals("host * talks * between")).findFirst().orElseThrow();
    assertEquals("CAMEO.test.txt:17 HOST/HOST - * TALKS (BETWEEN) [039]", host.provenance());
    assertEquals(Cue.Target.BETWEEN, host.target());
    assertEquals(1, d.find(List.of("they", "butchered", "civilians")).size());
  }
}
