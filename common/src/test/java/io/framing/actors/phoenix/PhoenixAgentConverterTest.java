package io.framing.actors.phoenix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.framing.actors.Role;
import io.framing.actors.phoenix.PhoenixAgentConverter.Row;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhoenixAgentConverterTest {

  static final List<String> SNIPPET = List.of(
      "# AGENTS",
      "!PERSON! = MAN, MEN, WOMAN, WOMEN",
      "GOVERNMENT_SPOKES!PERSON! [~GOV]",
      "SOLDIER [~MIL]  # infantry",
      "CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]",
      "AGRICULTURE_MINISTER [~GOVAGR]",
      "PARLIAMENTARIAN [~LEG]",
      "MILITIA {} [~REB]",
      "MILITIA [~MIL]",
      "JOURNALIST [~MED]",
      "MINISTER [~GOV]");

  private static Optional<Row> row(List<Row> rows, String pattern) {
    return rows.stream().filter(r -> r.pattern().equals(pattern)).findFirst();
  }

  @Test
  void cleanRolesConvertWithPluralsLabelsAndProvenance() {
    List<Row> rows = PhoenixAgentConverter.convert("Phoenix.test.txt", SNIPPET, Set.of("minister"));
    Row spokeswoman = row(rows, "government spokeswoman").orElseThrow();
    assertEquals(Role.GOV, spokeswoman.role());
    assertEquals("Phoenix.test.txt:3 GOVERNMENT_SPOKES!PERSON! [~GOV]", spokeswoman.provenance());
    assertTrue(row(rows, "government spokesmen").isPresent());
    assertEquals(Optional.empty(), row(rows, "government spokesmens"), "a macro lists its own plurals");
    Row soldiers = row(rows, "soldiers").orElseThrow();
    assertEquals(Role.MIL, soldiers.role());
    assertEquals("armed forces", soldiers.label(), "one MIL actor per party");
    assertEquals(Role.GOV, row(rows, "parliamentarians").orElseThrow().role(), "legislators are GOV");
    assertEquals(Role.MED, row(rows, "journalist").orElseThrow().role());
  }

  @Test
  void unclearCodesConflictsAndHandWrittenNounsAreLeftOut() {
    List<Row> rows = PhoenixAgentConverter.convert("Phoenix.test.txt", SNIPPET, Set.of("minister"));
    assertEquals(Optional.empty(), row(rows, "chamber of commerce"), "BUS has no counterpart");
    assertEquals(Optional.empty(), row(rows, "agriculture minister"), "composite codes do not map cleanly");
    assertEquals(Optional.empty(), row(rows, "militia"), "REB in one entry, MIL in another");
    assertEquals(Optional.empty(), row(rows, "minister"), "the hand-written row wins");
    assertEquals(Optional.of(Role.GOV), PhoenixAgentConverter.roleOf("~COP"));
    assertEquals(Optional.empty(), PhoenixAgentConverter.roleOf("~CRM"));
  }

  @Test
  void rowsAreSortedAndWrittenInTheRoleNounFormat(@TempDir Path dir) throws Exception {
    List<Row> rows = PhoenixAgentConverter.convert("Phoenix.test.txt", SNIPPET, Set.of());
    for (int i = 1; i < rows.size(); i++) {
      Row a = rows.get(i - 1);
      Row b = rows.get(i);
      assertTrue(a.role().name().compareTo(b.role().name()) < 0 || a.role() == b.role() && a.pattern().compareTo(b.pattern()) < 0,
          a + " before " + b);
    }
    Path out = dir.resolve("phoenix_role_nouns.csv");
    PhoenixAgentConverter.write(rows, out);
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals("pattern,role,label,provenance", lines.get(0));
    assertTrue(lines.contains("soldier,MIL,armed forces,Phoenix.test.txt:4 SOLDIER [~MIL]"), lines.toString());
  }

  @Test
  void committedFileIsWhatTheConverterMakesOfTheSource(@TempDir Path dir) throws Exception {
    Path data = Path.of(System.getProperty("framing.project.root", ".."), "data");
    Path source = data.resolve("sources/petrarch2/Phoenix.agents.txt");
    Path out = dir.resolve("phoenix_role_nouns.csv");
    PhoenixAgentConverter.write(PhoenixAgentConverter.convert("Phoenix.agents.txt",
        Files.readAllLines(source, StandardCharsets.ISO_8859_1),
        PhoenixAgentConverter.handWrittenNouns(data.resolve("actors/role_nouns.csv"))), out);
    assertEquals(Files.readString(out), Files.readString(data.resolve("actors/phoenix_role_nouns.csv")));
  }
}
