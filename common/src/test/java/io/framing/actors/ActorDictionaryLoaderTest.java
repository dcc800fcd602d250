package io.framing.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading small dictionaries written to a temporary directory, valid and malformed. */
class ActorDictionaryLoaderTest {

  static final String COUNTRIES = """
      iso3,name,short_forms,adjectives,demonyms,capital,handles,hashtags
      ARM,Armenia,Republic of Armenia,Armenian,Armenians|Armenian,Yerevan,armgov,Armenia
      AZE,Azerbaijan,,Azerbaijani|Azeri,Azerbaijanis|Azeris,Baku,,Azerbaijan
      USA,United States,"US|U.S.|the United States",US|American,Americans,"Washington|Washington, D.C.",,USA
      NKR,Nagorno-Karabakh Republic,Artsakh,Karabakh,Karabakh Armenians,Stepanakert,,Artsakh
      GBR,United Kingdom,UK|Britain,British,Britons,London,,UK
      FRA,France,,French,,Paris,,France
      """;
  static final String ROLE_NOUNS = """
      pattern,role,label
      government|authorities,GOV,
      defence ministry|defense ministry,GOV,Defence Ministry
      military|army|armed forces,MIL,armed forces
      """;
  static final String ORGANISATIONS = """
      actor,country,role,patterns,handles
      OSCE Minsk Group,OSCE,IGO,Minsk Group,
      Human Rights Watch,INT,NGO,HRW,hrw
      """;
  static final String PEOPLE = """
      actor,country,role,titles,patterns,handles
      Nikol Pashinyan,ARM,GOV,Armenian Prime Minister,Pashinyan,NikolPashinyan
      Ilham Aliyev,AZE,GOV,Azerbaijani President,Aliyev,presidentaz
      """;
  static final String OUTLETS = """
      actor,country,role,patterns,handles
      Reuters,GBR,MED,,Reuters
      """;

  @TempDir Path dir;

  /** Writes the five files, with the given replacements (file name to content). */
  void write(Map<String, String> replace) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("countries.csv", COUNTRIES);
    files.put("role_nouns.csv", ROLE_NOUNS);
    files.put("organisations.csv", ORGANISATIONS);
    files.put("people.csv", PEOPLE);
    files.put("outlets.csv", OUTLETS);
    files.putAll(replace);
    for (var e : files.entrySet()) {
      if (e.getValue() != null) {
        Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
      }
    }
  }

  ActorDictionaryException fails(Map<String, String> replace) throws IOException {
    write(replace);
    return assertThrows(ActorDictionaryException.class, () -> ActorDictionary.load(dir));
  }

  static void assertProblem(ActorDictionaryException e, String... fragments) {
    boolean found = e.problems().stream().anyMatch(p -> {
      for (String f : fragments) {
        if (!p.contains(f)) {
          return false;
        }
      }
      return true;
    });
    assertTrue(found, "no problem containing " + String.join(" + ", fragments) + " in " + e.problems());
    assertTrue(e.getMessage().contains(fragments[0]), e.getMessage());
  }

  @Test
  void smallValidDictionaryLoads() throws IOException {
    write(Map.of());
    ActorDictionary d = ActorDictionary.load(dir);
    assertEquals(6, d.countries().size());
    assertEquals(Optional.of(new Actor("Nikol Pashinyan", "ARM", Role.GOV)), d.actor("Pashinyan"));
    assertEquals(Optional.of(new Actor("United States", "USA", Role.GOV)), d.actor("Washington, D.C."));
    assertEquals(Optional.of(new Actor("Human Rights Watch", "INT", Role.NGO)), d.actor("@HRW"));
    assertEquals(Optional.of(new Actor("Armenia", "ARM", Role.GOV)), d.actor("@armgov"));
    assertEquals(Optional.of(new Actor("Karabakh armed forces", "NKR", Role.MIL)), d.compose("NKR", "army"));
    assertEquals(Optional.of(new Actor("Armenia", "ARM", Role.GOV)), d.composePhrase("Armenian", "government"));
    assertEquals(Optional.of(new Actor("Armenian Defence Ministry", "ARM", Role.GOV)),
        d.composePhrase("Armenia's", "defense ministry"));
    assertTrue(d.isValidCode("OSCE"));
    assertTrue(d.isValidCode("NKR"));
    assertTrue(!d.isValidCode("DEU"), "DEU is not in this small countries.csv");
  }

  @Test
  void unknownRole() throws IOException {
    var e = fails(Map.of("people.csv", PEOPLE + "Cher,USA,CELEB,,,cher\n"));
    assertProblem(e, "people.csv line 4", "unknown role 'CELEB'");
  }

  @Test
  void lowerCaseRoleIsRejectedToo() throws IOException {
    var e = fails(Map.of("outlets.csv", OUTLETS + "CNN,USA,med,,\n"));
    assertProblem(e, "outlets.csv line 3", "unknown role 'med'");
  }

  @Test
  void badCountryCodeInAnEntry() throws IOException {
    var e = fails(Map.of("organisations.csv", ORGANISATIONS + "Some Group,XYZ,NGO,,\n"));
    assertProblem(e, "organisations.csv line 4", "bad country code 'XYZ'");
  }

  @Test
  void badIso3InCountries() throws IOException {
    var e = fails(Map.of("countries.csv", COUNTRIES + "ABC,Atlantis,,Atlantean,Atlanteans,Poseidonia,,\n"));
    assertProblem(e, "countries.csv line 8", "bad country code 'ABC'");
    var e2 = fails(Map.of("countries.csv", COUNTRIES + "arm,Armenia again,,,,,,\n"));
    assertProblem(e2, "countries.csv line 8", "bad country code 'arm'");
  }

  @Test
  void duplicateCountryCode() throws IOException {
    var e = fails(Map.of("countries.csv", COUNTRIES + "ARM,Armenia Two,,,,,,\n"));
    assertProblem(e, "countries.csv line 8", "duplicate country code 'ARM'", "line 2");
  }

  @Test
  void wrongColumnCount() throws IOException {
    var e = fails(Map.of("role_nouns.csv", ROLE_NOUNS + "navy,MIL\n"));
    assertProblem(e, "role_nouns.csv line 5", "2 columns, expected 3");
    var e2 = fails(Map.of("outlets.csv", OUTLETS + "AP,USA,MED,Associated Press,AP,extra\n"));
    assertProblem(e2, "outlets.csv line 3", "6 columns, expected 5");
  }

  @Test
  void lineNumbersCountPhysicalLinesOfQuotedFields() throws IOException {
    String outlets = OUTLETS + "\"Multi\nLine\",GBR,MED,,\nBad,GBR,XXX,,\n";
    var e = fails(Map.of("outlets.csv", outlets));
    assertProblem(e, "outlets.csv line 5", "unknown role 'XXX'");
  }

  @Test
  void emptyPattern() throws IOException {
    var e = fails(Map.of("people.csv", PEOPLE + "Sergei Lavrov,RUS,GOV,,Lavrov||Sergey Lavrov,\n"));
    assertProblem(e, "people.csv line 4", "empty pattern in column 'patterns'");
    var e2 = fails(Map.of("countries.csv", COUNTRIES + "DEU,Germany,,German|,,Berlin,,\n"));
    assertProblem(e2, "countries.csv line 8", "empty pattern in column 'adjectives'");
    var e3 = fails(Map.of("role_nouns.csv", ROLE_NOUNS + ",MIL,navy\n"));
    assertProblem(e3, "role_nouns.csv line 5", "empty pattern");
  }

  @Test
  void patternClaimedByTwoActors() throws IOException {
    var e = fails(Map.of("people.csv",
        PEOPLE + "Mehriban Aliyeva,AZE,GOV,,Aliyev,\n"));
    assertProblem(e, "people.csv line 4", "pattern 'Aliyev'", "Mehriban Aliyeva", "Ilham Aliyev",
        "people.csv line 3");
  }

  @Test
  void patternClaimedAcrossFiles() throws IOException {
    var e = fails(Map.of("outlets.csv", OUTLETS + "Armenia Today,ARM,MED,Armenia,\n"));
    assertProblem(e, "outlets.csv line 3", "pattern 'Armenia'", "countries.csv line 2");
  }

  @Test
  void titleAndHandleConflictsIgnoreCase() throws IOException {
    var e = fails(Map.of("people.csv", PEOPLE + "Ara Aivazian,ARM,GOV,armenian prime minister,,nikolpashinyan\n"));
    assertProblem(e, "people.csv line 4", "pattern 'armenian prime minister'", "(title)");
    assertProblem(e, "people.csv line 4", "pattern '@nikolpashinyan'", "(handle)");
  }

  @Test
  void samePatternTwiceForOneActorIsFine() throws IOException {
    write(Map.of("people.csv", PEOPLE + "Sergei Lavrov,RUS,GOV,,Lavrov|Sergei Lavrov|Lavrov,\n",
        "countries.csv", COUNTRIES + "RUS,Russia,Russia,Russian,Russians,Moscow,,\n"));
    ActorDictionary d = ActorDictionary.load(dir);
    assertEquals("RUS", d.actor("Lavrov").orElseThrow().country());
  }

  @Test
  void adjectiveClaimedByTwoCountries() throws IOException {
    var e = fails(Map.of("countries.csv", COUNTRIES + "DMA,Dominica,,Azeri,,Roseau,,\n"));
    assertProblem(e, "countries.csv line 8", "adjective 'Azeri'", "DMA", "AZE");
  }

  @Test
  void roleNounClaimedTwice() throws IOException {
    var e = fails(Map.of("role_nouns.csv", ROLE_NOUNS + "Army,REB,militants\n"));
    assertProblem(e, "role_nouns.csv line 5", "role noun 'Army'", "REB", "MIL");
  }

  @Test
  void emptyLabelOnlyForGov() throws IOException {
    var e = fails(Map.of("role_nouns.csv", ROLE_NOUNS + "navy,MIL,\n"));
    assertProblem(e, "role_nouns.csv line 5", "empty label for role MIL");
  }

  @Test
  void handlesAndHashtagsWithoutSigils() throws IOException {
    var e = fails(Map.of("outlets.csv", OUTLETS + "AP,USA,MED,,@AP\n"));
    assertProblem(e, "outlets.csv line 3", "handle '@AP'", "without '@'");
    var e2 = fails(Map.of("countries.csv", COUNTRIES + "TUR,Turkey,,Turkish,Turks,Ankara,,#Turkey\n"));
    assertProblem(e2, "countries.csv line 8", "contains '#'");
    var e3 = fails(Map.of("outlets.csv", OUTLETS + "AP,USA,MED,,A P\n"));
    assertProblem(e3, "outlets.csv line 3", "bad handle 'A P'");
  }

  @Test
  void wrongHeaderAndMissingFile() throws IOException {
    var e = fails(Map.of("outlets.csv", "actor,country,role,handles\nReuters,GBR,MED,Reuters\n"));
    assertProblem(e, "outlets.csv line 1", "header is 'actor,country,role,handles'");
    Files.delete(dir.resolve("people.csv"));
    var e2 = assertThrows(ActorDictionaryException.class, () -> ActorDictionary.load(dir));
    assertProblem(e2, "people.csv", "file is missing");
  }

  @Test
  void unterminatedQuoteIsReported() throws IOException {
    var e = fails(Map.of("outlets.csv", OUTLETS + "\"Broken,GBR,MED,,\n"));
    assertTrue(e.problems().stream().anyMatch(p -> p.startsWith("outlets.csv")), e.problems().toString());
  }

  @Test
  void everyProblemIsReportedInOneLoad() throws IOException {
    var e = fails(Map.of(
        "people.csv", PEOPLE + "Cher,USA,CELEB,,,cher\nX,QQQ,GOV,,,\n",
        "outlets.csv", OUTLETS + "AP,USA,MED\n"));
    assertEquals(3, e.problems().size(), e.problems().toString());
    assertTrue(e.getMessage().startsWith("3 problems"), e.getMessage());
  }

  @Test
  void blankLinesAndBomAreTolerated() throws IOException {
    write(Map.of("outlets.csv", "\uFEFF" + OUTLETS + "\n\nAFP,FRA,MED,Agence France-Presse,AFP\n"));
    ActorDictionary d = ActorDictionary.load(dir);
    assertEquals("FRA", d.actor("Agence France-Presse").orElseThrow().country());
  }
}
