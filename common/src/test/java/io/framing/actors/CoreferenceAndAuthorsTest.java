package io.framing.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.framing.text.AnalyzedDocument;
import io.framing.text.OpenNlpTokenizer;
import io.framing.text.Sentence;
import io.framing.text.TextAnalyzer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CoreferenceAndAuthorsTest {
  static ActorDictionary dictionary;
  static MentionFinder finder;
  static CoreferenceResolver coreference;
  static AuthorResolver authors;

  @BeforeAll
  static void load() {
    Path data = Path.of(System.getProperty("framing.project.root", "..")).toAbsolutePath().normalize().resolve("data");
    dictionary = ActorDictionary.load(data.resolve("actors"));
    finder = new MentionFinder(dictionary, new OpenNlpTokenizer());
    coreference = new CoreferenceResolver(dictionary, CoreferenceResolver.loadReferences(data.resolve("actors/references.csv")),
        List.of(dictionary.country("ARM").orElseThrow().government(), dictionary.country("AZE").orElseThrow().government()));
    authors = new AuthorResolver(dictionary, AuthorResolver.loadPlaces(data.resolve("actors/places.csv"), dictionary));
  }

  /** The resolved mentions of the last sentence of {@code text}. */
  private static List<Mention> resolvedInLast(String text) {
    AnalyzedDocument doc = TextAnalyzer.english().analyze(text);
    CoreferenceResolver.History history = new CoreferenceResolver.History();
    List<Mention> last = List.of();
    for (Sentence s : doc.sentences()) {
      List<Mention> found = finder.find(s);
      last = coreference.resolve(s, found, history);
      List<Mention> all = new ArrayList<>(found);
      all.addAll(last);
      history.add(all, List.of());
    }
    return last;
  }

  @Test
  void personPronounTakesThePersonAndItTakesTheInstitution() {
    List<Mention> m = resolvedInLast("Josep Borrell met the Armenian Foreign Ministry on Monday. He said it had been helpful.");
    assertEquals("Josep Borrell", m.get(0).actor().name());
    assertEquals("ARM", m.get(1).actor().country());
  }

  @Test
  void theSubjectOfThePreviousSentenceBeatsAnApposition() {
    List<Mention> m = resolvedInLast("Serj Tankian, a friend of Kim Kardashian, spoke in Paris. The singer urged calm.");
    assertEquals("Serj Tankian", m.get(0).actor().name());
  }

  @Test
  void shortReferencesResolveByTheirHeadNoun() {
    List<Mention> m = resolvedInLast("Azerbaijan's Defence Ministry published a video. The ministry said the strike was precise.");
    assertEquals("AZE", m.get(0).actor().country());
    assertTrue(m.get(0).actor().name().contains("Ministry"));
  }

  @Test
  void bothSidesAreTheTwoParties() {
    List<Mention> m = resolvedInLast("Moscow urged both sides to stop.");
    assertEquals(2, m.size());
    assertEquals(List.of("ARM", "AZE"), List.of(m.get(0).actor().country(), m.get(1).actor().country()));
  }

  @Test
  void knownAccountsAndSelfIdentifiedUsers() {
    assertEquals(Optional.of("AZE"), authors.resolve("HikmetHajiyev", "Hikmet Hajiyev", "Hello").map(Actor::country));
    assertEquals(Optional.of("GEO/CVL"), authors.resolve("nino_tbilisi", "Nino", "Peace now.")
        .map(a -> a.country() + "/" + a.role()));
    assertEquals(Optional.of("TUR"), authors.resolve("someone", "Mert", "As a Turk, I say this.").map(Actor::country));
    assertEquals(Optional.of("AZE"), authors.resolve("x1", "Leyla", "Our street in Ganja was hit.").map(Actor::country));
    assertEquals(Optional.empty(), authors.resolve("x2", "Someone", "Peace now."));
  }

  @Test
  void placesFileErrorsNameTheFileLineAndValue(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path bad = dir.resolve("places.csv");
    java.nio.file.Files.writeString(bad, "place,country\nAtlantis,ATL\n");
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> AuthorResolver.loadPlaces(bad, dictionary));
    assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("ATL"), e.getMessage());
    assertEquals(Map.of(), Map.of());
  }

  @Test
  void anUnknownAccountNamedAfterAnInstitutionIsThatInstitution() {
    AuthorResolver byName = new AuthorResolver(dictionary,
        AuthorResolver.loadPlaces(Path.of(System.getProperty("framing.project.root", "..")).toAbsolutePath().normalize()
            .resolve("data/actors/places.csv"), dictionary), finder);
    Actor ministry = byName.resolve("mod_news_am", "Ministry of Defence of Armenia", "Update from the front.").orElseThrow();
    assertEquals("ARM", ministry.country());
    assertEquals(Role.GOV, ministry.role());
    Actor split = byName.resolve("AzerbaijanMOD", null, "Update from the front.").orElseThrow();
    assertEquals("AZE", split.country(), "the handle read as 'Azerbaijan MOD'");
    // A capital in a private user's name is where they live, not the government.
    Actor resident = byName.resolve("narek_x", "Narek | Yerevan", "Sirens again tonight.").orElseThrow();
    assertEquals(Role.CVL, resident.role());
    assertEquals(Optional.empty(), byName.resolve("someone123", "Jane Roe", "Sirens again tonight."));
    assertEquals("Azerbaijan MOD", AuthorResolver.splitHandle("AzerbaijanMOD"));
  }
}
