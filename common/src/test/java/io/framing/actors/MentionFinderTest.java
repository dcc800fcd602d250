package io.framing.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.framing.text.OpenNlpTokenizer;
import io.framing.text.Sentence;
import io.framing.text.TextAnalyzer;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MentionFinderTest {
  static ActorDictionary dictionary;
  static MentionFinder finder;

  @BeforeAll
  static void load() {
    Path root = Path.of(System.getProperty("framing.project.root", "..")).toAbsolutePath().normalize();
    dictionary = ActorDictionary.load(root.resolve("data/actors"));
    finder = new MentionFinder(dictionary, new OpenNlpTokenizer());
  }

  private static List<String> find(String text) {
    Sentence s = TextAnalyzer.english().analyze(text).sentences().get(0);
    return finder.find(s).stream()
        .map(m -> m.surface() + "=" + m.actor().country() + "/" + m.actor().role() + "/" + m.kind())
        .collect(Collectors.toList());
  }

  @Test
  void possessivesAndAdjectivesComposeWithRoleNouns() {
    assertEquals(List.of("Armenia’s armed forces=ARM/MIL/COMPOSED"), find("Armenia’s armed forces fired first."));
    assertEquals(List.of("Azerbaijani military=AZE/MIL/COMPOSED"), find("The Azerbaijani military denied it."));
    assertEquals(List.of("Defence Ministry of Armenia=ARM/GOV/COMPOSED"), find("The Defence Ministry of Armenia spoke."));
  }

  @Test
  void coordinatedAdjectivesGiveOneActorEach() {
    List<String> m = find("Armenian and Azerbaijani forces exchanged fire.");
    assertEquals(2, m.size(), m.toString());
    assertTrue(m.get(0).endsWith("ARM/MIL/COMPOSED") && m.get(1).endsWith("AZE/MIL/COMPOSED"), m.toString());
  }

  @Test
  void namesTitlesHandlesHashtagsAndCapitals() {
    List<String> m = find("Turkish President Recep Tayyip Erdogan, @KimKardashian and #Azerbaijan met in Baku.");
    assertTrue(m.contains("Turkish President Recep Tayyip Erdogan=TUR/GOV/NAME"), m.toString());
    assertTrue(m.contains("@KimKardashian=USA/ELI/HANDLE"), m.toString());
    assertTrue(m.contains("#Azerbaijan=AZE/GOV/HASHTAG"), m.toString());
    assertTrue(m.contains("Baku=AZE/GOV/CAPITAL"), m.toString());
  }

  @Test
  void countriesFarFromTheWarAreFoundToo() {
    List<String> m = find("Brazilian diplomats and the government of Japan called for calm.");
    assertTrue(m.stream().anyMatch(x -> x.contains("BRA/GOV")), m.toString());
    assertTrue(m.stream().anyMatch(x -> x.contains("JPN/GOV")), m.toString());
  }

  @Test
  void demonymsAreCiviliansAndBareAdjectivesAreWeak() {
    assertEquals(List.of("Armenians=ARM/CVL/DEMONYM"), find("Armenians gathered in the square."));
    assertEquals(List.of("Azerbaijani=AZE/GOV/MODIFIER"), find("Azerbaijani shelling continued."));
  }

  @Test
  void aCountryNameModifyingANounIsNotTheCountryActing() {
    assertEquals(List.of("US=USA/GOV/MODIFIER"), find("The US aid package arrived late."));
    assertEquals(List.of("US envoy=USA/GOV/COMPOSED"), find("The US envoy arrived late."));
  }

  @Test
  void ranksAndChainedRoleNounsComposeWithTheLastNounAsHead() {
    assertTrue(find("Armenian Deputy Foreign Minister Avet Adonts spoke.").contains("Armenian Deputy Foreign Minister=ARM/GOV/COMPOSED"),
        find("Armenian Deputy Foreign Minister Avet Adonts spoke.").toString());
    List<String> m = find("An Azerbaijani government spokesman spoke.");
    assertEquals(List.of("Azerbaijani government spokesman=AZE/GOV/COMPOSED"), m);
    List<String> press = find("Azerbaijani state media reported it.");
    assertEquals(List.of("Azerbaijani state media=AZE/MED/COMPOSED"), press);
    assertTrue(find("Azerbaijani lawmaker Ganira Pashayeva spoke.").contains("Azerbaijani lawmaker=AZE/GOV/COMPOSED"));
  }

  @Test
  void anOfficeOfSeveralCountriesGivesOneActorPerCountry() {
    List<String> m = find("The foreign ministers of Armenia and Azerbaijan met.");
    assertEquals(2, m.size(), m.toString());
    assertTrue(m.get(0).endsWith("ARM/GOV/COMPOSED") && m.get(1).endsWith("AZE/GOV/COMPOSED"), m.toString());
  }
}
