package io.framing.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real dictionary in {@code data/actors/}: it loads, is complete, and answers lookups. */
class ActorDictionaryDataTest {

  /** The 193 UN member states (ISO 3166-1 alpha-3). */
  static final Set<String> UN_MEMBERS = Set.of((""
      + "AFG AGO ALB AND ARE ARG ARM ATG AUS AUT AZE BDI BEL BEN BFA BGD BGR BHR BHS BIH BLR BLZ "
      + "BOL BRA BRB BRN BTN BWA CAF CAN CHE CHL CHN CIV CMR COD COG COL COM CPV CRI CUB CYP CZE "
      + "DEU DJI DMA DNK DOM DZA ECU EGY ERI ESP EST ETH FIN FJI FRA FSM GAB GBR GEO GHA GIN GMB "
      + "GNB GNQ GRC GRD GTM GUY HND HRV HTI HUN IDN IND IRL IRN IRQ ISL ISR ITA JAM JOR JPN KAZ "
      + "KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAR MCO MDA MDG "
      + "MDV MEX MHL MKD MLI MLT MMR MNE MNG MOZ MRT MUS MWI MYS NAM NER NGA NIC NLD NOR NPL NRU "
      + "NZL OMN PAK PAN PER PHL PLW PNG POL PRK PRT PRY QAT ROU RUS RWA SAU SDN SEN SGP SLB SLE "
      + "SLV SMR SOM SRB SSD STP SUR SVK SVN SWE SWZ SYC SYR TCD TGO THA TJK TKM TLS TON TTO TUN "
      + "TUR TUV TZA UGA UKR URY USA UZB VCT VEN VNM VUT WSM YEM ZAF ZMB ZWE "
      ).strip().split(" "));

  static ActorDictionary dict;

  static Path dataDir() {
    String root = System.getProperty("framing.project.root", "..");
    return Path.of(root, "data", "actors");
  }

  @BeforeAll
  static void load() {
    assertTrue(Files.isDirectory(dataDir()), "no data dir at " + dataDir().toAbsolutePath());
    dict = ActorDictionary.load(dataDir());
  }

  static Actor a(String name, String country, Role role) {
    return new Actor(name, country, role);
  }

  @Test
  void everyUnMemberAndObserverIsPresent() {
    assertEquals(193, UN_MEMBERS.size());
    Set<String> codes = dict.countries().stream().map(CountryEntry::code).collect(Collectors.toSet());
    Set<String> missing = new TreeSet<>(UN_MEMBERS);
    missing.removeAll(codes);
    assertTrue(missing.isEmpty(), "missing UN members: " + missing);
    for (String extra : List.of("VAT", "PSE", "XKX", "TWN", "NKR")) {
      assertTrue(codes.contains(extra), extra);
    }
    long states = dict.countries().stream().filter(c -> !c.code().equals("NKR")).count();
    assertTrue(states >= 193 + 4, "states: " + states);
    assertEquals(dict.countries().size(), codes.size(), "distinct codes");
  }

  @Test
  void everyStateHasAdjectiveOrDocumentedGapAndACapital() {
    // Ambiguous adjectives are deliberately left out for these (see README).
    Set<String> noAdjective = Set.of("DMA");
    Set<String> noCapital = Set.of("BEL");
    for (CountryEntry c : dict.countries()) {
      if (!noAdjective.contains(c.code())) {
        assertFalse(c.adjectives().isEmpty(), c.code() + " has no adjective");
      }
      if (!noCapital.contains(c.code())) {
        assertFalse(c.capitals().isEmpty(), c.code() + " has no capital");
      }
    }
  }

  @Test
  void nonPartyCountries() {
    assertEquals("BRA", dict.countryOfAdjective("Brazilian").orElseThrow().code());
    assertEquals("JPN", dict.countryOfCapital("Tokyo").orElseThrow().code());
    assertEquals(Optional.of(a("Japan", "JPN", Role.GOV)), dict.capitalActor("Tokyo"));
    assertEquals("CAN", dict.countryOfAdjective("Canadian").orElseThrow().code());
    assertEquals("NZL", dict.countryOfDemonym("New Zealanders").orElseThrow().code());
    assertEquals("NLD", dict.countryOfAdjective("Dutch").orElseThrow().code());
    assertEquals("CHE", dict.countryOfCapital("Bern").orElseThrow().code());
    assertEquals("KAZ", dict.countryOfCapital("Nur-Sultan").orElseThrow().code());
    assertEquals("CIV", dict.actor("Ivory Coast").orElseThrow().country());
    assertEquals("MMR", dict.actor("Burma").orElseThrow().country());
    assertEquals("PRK", dict.countryOfAdjective("North Korean").orElseThrow().code());
    assertEquals("KOR", dict.countryOfAdjective("South Korean").orElseThrow().code());
    assertEquals("SSD", dict.countryOfAdjective("South Sudanese").orElseThrow().code());
    assertEquals("SDN", dict.countryOfAdjective("Sudanese").orElseThrow().code());
    assertEquals("GBR", dict.countryOfName("Britain").orElseThrow().code());
    assertEquals(Optional.of(a("Ghanaians", "GHA", Role.CVL)), dict.demonymActor("Ghanaians"));
    // genuinely ambiguous bare forms are left out
    assertTrue(dict.countryOfAdjective("Korean").isEmpty());
    assertTrue(dict.countryOfAdjective("Congolese").isEmpty());
  }

  @Test
  void partiesToTheWar() {
    assertEquals(Optional.of(a("Armenia", "ARM", Role.GOV)), dict.actor("Armenia"));
    assertEquals(Optional.of(a("Azerbaijan", "AZE", Role.GOV)), dict.capitalActor("Baku"));
    assertEquals(Optional.of(a("Armenia", "ARM", Role.GOV)), dict.actor("Yerevan"));
    assertEquals(Optional.of(a("Turkey", "TUR", Role.GOV)), dict.actor("Ankara"));
    assertEquals(Optional.of(a("United States", "USA", Role.GOV)), dict.actor("Washington"));
    assertEquals(Optional.of(a("Russia", "RUS", Role.GOV)), dict.actor("Moscow"));
    assertEquals("IRN", dict.actor("Tehran").orElseThrow().country());
    assertEquals("FRA", dict.actor("Paris").orElseThrow().country());
    assertEquals("GEO", dict.actor("Tbilisi").orElseThrow().country());
    assertEquals("AZE", dict.countryOfAdjective("Azeri").orElseThrow().code());
    assertEquals(Optional.of(a("Armenians", "ARM", Role.CVL)), dict.demonymActor("Armenians"));
    assertEquals("AZE", dict.countryOfDemonym("Azerbaijanis").orElseThrow().code());
    CountryEntry nkr = dict.country("NKR").orElseThrow();
    assertEquals("Karabakh", nkr.displayAdjective());
    assertEquals("NKR", dict.countryOfCapital("Stepanakert").orElseThrow().code());
    assertEquals("NKR", dict.actor("Artsakh").orElseThrow().country());
    assertEquals("NKR", dict.countryOfDemonym("Karabakh Armenians").orElseThrow().code());
    assertEquals("USA", dict.actor("the United States").orElseThrow().country());
    assertEquals("USA", dict.actor("U.S.").orElseThrow().country());
    // case matters for names: the pronoun "us" is not the United States
    assertTrue(dict.actor("us").isEmpty());
  }

  @Test
  void handlesAndHashtags() {
    assertEquals(Optional.of(a("Kim Kardashian", "USA", Role.ELI)), dict.actor("@KimKardashian"));
    assertEquals(Optional.of(a("Kim Kardashian", "USA", Role.ELI)), dict.actor("@kimkardashian"));
    assertEquals(Optional.of(a("Ilham Aliyev", "AZE", Role.GOV)), dict.actor("@presidentaz"));
    assertEquals(Optional.of(a("Nikol Pashinyan", "ARM", Role.GOV)), dict.actor("@NikolPashinyan"));
    assertEquals(Optional.of(a("Hikmet Hajiyev", "AZE", Role.GOV)), dict.actor("@HikmetHajiyev"));
    assertEquals(Optional.of(a("Azerbaijan", "AZE", Role.GOV)), dict.actor("#Azerbaijan"));
    assertEquals(Optional.of(a("Turkey", "TUR", Role.GOV)), dict.actor("#turkey"));
    assertEquals("NKR", dict.actor("#Artsakh").orElseThrow().country());
    assertEquals(Optional.of(a("OSCE", "OSCE", Role.IGO)), dict.actor("@OSCE"));
    assertEquals("ARM", dict.actor("@MFAofArmenia").orElseThrow().country());
    SurfaceForm f = dict.lookup("@AzerbaijanMFA").orElseThrow();
    assertEquals(SurfaceKind.HANDLE, f.kind());
    assertEquals(a("Azerbaijani Foreign Ministry", "AZE", Role.GOV), f.actor());
    assertTrue(dict.actor("@nobody_at_all_here").isEmpty());
  }

  @Test
  void peopleNamesAndTitles() {
    assertEquals(Optional.of(a("Nikol Pashinyan", "ARM", Role.GOV)), dict.actor("Pashinyan"));
    assertEquals(Optional.of(a("Nikol Pashinyan", "ARM", Role.GOV)), dict.actor("Armenian Prime Minister"));
    assertEquals(Optional.of(a("Nikol Pashinyan", "ARM", Role.GOV)), dict.actor("Armenia’s prime minister"));
    assertEquals(Optional.of(a("Ilham Aliyev", "AZE", Role.GOV)), dict.actor("Azerbaijani President"));
    assertEquals(Optional.of(a("Recep Tayyip Erdogan", "TUR", Role.GOV)), dict.actor("Erdoğan"));
    assertEquals(Optional.of(a("Mike Pompeo", "USA", Role.GOV)), dict.actor("Secretary of State"));
    assertEquals(Optional.of(a("Antonio Guterres", "UN", Role.IGO)), dict.actor("UN Secretary-General"));
    assertEquals(Optional.of(a("Arayik Harutyunyan", "NKR", Role.GOV)), dict.actor("Karabakh leader"));
    assertEquals(Optional.of(a("Joe Biden", "USA", Role.OPP)), dict.actor("Biden"));
    assertEquals(Optional.of(a("Gagik Tsarukyan", "ARM", Role.OPP)), dict.actor("Tsarukyan"));
    assertEquals(Optional.of(a("Youri Djorkaeff", "FRA", Role.ELI)), dict.actor("Djorkaeff"));
    assertEquals(Optional.of(a("Cher", "USA", Role.ELI)), dict.actor("Cher"));
    assertEquals(Optional.of(a("Zohrab Mnatsakanyan", "ARM", Role.GOV)), dict.actor("Armenian foreign minister"));
    assertEquals(Optional.of(a("Maria Zakharova", "RUS", Role.GOV)),
        dict.actor("Russian Foreign Ministry spokeswoman"));
    assertEquals("EU", dict.actor("Borrell").orElseThrow().country());
    assertEquals("OSCE", dict.actor("Minsk Group co-chairs").orElseThrow().country());
  }

  @Test
  void organisationsAndCodingChoices() {
    assertEquals(Optional.of(a("Human Rights Watch", "INT", Role.NGO)), dict.actor("HRW"));
    assertEquals(Optional.of(a("Amnesty International", "INT", Role.NGO)), dict.actor("Amnesty International"));
    assertEquals(Optional.of(a("International Committee of the Red Cross", "INT", Role.NGO)), dict.actor("ICRC"));
    assertEquals(Optional.of(a("Armenian National Committee of America", "USA", Role.NGO)), dict.actor("ANCA"));
    assertEquals(Optional.of(a("Council of Europe", "COE", Role.IGO)), dict.actor("Council of Europe"));
    assertEquals(Optional.of(a("US State Department", "USA", Role.GOV)), dict.actor("State Department"));
    assertEquals("UN", dict.actor("UN Security Council").orElseThrow().country());
    assertEquals("EU", dict.actor("European Parliament").orElseThrow().country());
    assertEquals(Optional.of(a("international community", "INT", Role.IGO)),
        dict.actor("the international community"));
    assertEquals(Role.REB, dict.actor("Syrian National Army").orElseThrow().role());
    assertEquals(Optional.of(a("Reuters", "GBR", Role.MED)), dict.actor("Reuters"));
    assertEquals(Optional.of(a("Anadolu Agency", "TUR", Role.MED)), dict.actor("Anadolu"));
    assertEquals(Optional.of(a("Al Jazeera", "QAT", Role.MED)), dict.actor("Al Jazeera"));
    // the retweet marker is not an outlet
    assertTrue(dict.actor("RT").isEmpty());
  }

  @Test
  void composeCountryAndRoleNoun() {
    assertEquals(Optional.of(a("Armenian Defence Ministry", "ARM", Role.GOV)),
        dict.compose("ARM", "defence ministry"));
    assertEquals(Optional.of(a("Armenian Defence Ministry", "ARM", Role.GOV)),
        dict.compose("ARM", "Ministry of Defense"));
    assertEquals(Optional.of(a("Azerbaijani armed forces", "AZE", Role.MIL)), dict.compose("AZE", "military"));
    assertEquals(Optional.of(a("Azerbaijani armed forces", "AZE", Role.MIL)), dict.compose("AZE", "troops"));
    assertEquals(Optional.of(a("Armenia", "ARM", Role.GOV)), dict.compose("ARM", "government"));
    assertEquals(Optional.of(a("Karabakh authorities", "NKR", Role.GOV)), dict.compose("NKR", "authorities"));
    assertEquals(Optional.of(a("Syrian mercenaries", "SYR", Role.REB)), dict.compose("SYR", "mercenaries"));
    assertEquals(Optional.of(a("US lawmakers", "USA", Role.GOV)), dict.compose("USA", "lawmakers"));
    assertEquals(Optional.of(a("Armenian opposition parties", "ARM", Role.OPP)),
        dict.compose("ARM", "opposition parties"));
    assertEquals(Optional.of(a("Brazilian Foreign Ministry", "BRA", Role.GOV)),
        dict.compose("BRA", "foreign ministry"));
    assertEquals(Optional.of(a("Russian peacekeepers", "RUS", Role.MIL)), dict.compose("RUS", "peacekeepers"));
    assertTrue(dict.compose("ARM", "bicycle").isEmpty());
    assertTrue(dict.compose("XXX", "military").isEmpty());

    assertEquals(Optional.of(a("Armenian armed forces", "ARM", Role.MIL)),
        dict.composePhrase("Armenia’s", "armed forces"));
    assertEquals(Optional.of(a("Azerbaijani Defence Ministry", "AZE", Role.GOV)),
        dict.composePhrase("Azerbaijan's", "Defence Ministry"));
    assertEquals(Optional.of(a("US Embassy", "USA", Role.GOV)),
        dict.composePhrase("the United States'", "embassy"));
    assertEquals(Optional.of(a("Turkish people", "TUR", Role.CVL)), dict.composePhrase("Turkish", "people"));
    assertEquals(Optional.of(a("Karabakh armed forces", "NKR", Role.MIL)),
        dict.composePhrase("Nagorno-Karabakh's", "army"));
    assertEquals(Optional.of(a("French media", "FRA", Role.MED)), dict.composePhrase("French", "press"));
  }

  @Test
  void everyCodeAndRoleIsValid() {
    for (ActorEntry e : dict.entries()) {
      assertTrue(dict.isValidCode(e.actor().country()), e.toString());
    }
    for (SurfaceForm f : dict.surfaceForms()) {
      assertTrue(dict.isValidCode(f.actor().country()), f.toString());
    }
    Set<String> used = new HashSet<>();
    dict.entries().forEach(e -> used.add(e.actor().country()));
    assertTrue(used.containsAll(Set.of("ARM", "AZE", "NKR", "TUR", "RUS", "USA", "FRA", "IRN", "GEO",
        "EU", "UN", "OSCE", "NATO", "CSTO", "INT")), "used: " + used);
    assertTrue(dict.entries(ActorEntry.Kind.PERSON).size() >= 100);
    assertTrue(dict.entries(ActorEntry.Kind.OUTLET).size() >= 50);
    assertTrue(dict.entries(ActorEntry.Kind.ORGANISATION).size() >= 50);
  }

  @Test
  void surfaceFormsAreLongestFirstAndCoverEveryKind() {
    List<SurfaceForm> forms = dict.surfaceForms();
    for (int i = 1; i < forms.size(); i++) {
      assertTrue(forms.get(i - 1).pattern().length() >= forms.get(i).pattern().length());
    }
    Set<SurfaceKind> kinds = forms.stream().map(SurfaceForm::kind).collect(Collectors.toSet());
    assertEquals(Set.copyOf(Arrays.asList(SurfaceKind.values())), kinds);
    assertTrue(forms.stream().filter(f -> f.kind() == SurfaceKind.HANDLE)
        .allMatch(f -> f.pattern().startsWith("@")));
    assertTrue(forms.stream().filter(f -> f.kind() == SurfaceKind.HASHTAG)
        .allMatch(f -> f.pattern().startsWith("#")));
  }

  @Test
  void isImmutable() {
    org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
        () -> dict.surfaceForms().clear());
    org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
        () -> dict.adjectives().put("Martian", dict.country("ARM").orElseThrow()));
    org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
        () -> dict.country("ARM").orElseThrow().adjectives().add("x"));
  }
}
