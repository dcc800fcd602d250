package io.framing.bench;

import io.framing.CsvTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The words the synthetic corpus is built from: actors read from the dictionary the extractor
 * loads ({@code actors/countries.csv} and {@code actors/people.csv}, for the parties and
 * outsiders of the 2020 war), plus places, outlets and ordinary users of the generator's own.
 * Every choice goes through the caller's random source, so a seed fixes the corpus.
 */
final class Vocabulary {
  /** The parties and the outsiders who spoke most about the war. */
  static final List<String> COUNTRY_CODES = List.of("ARM", "AZE", "TUR", "RUS", "IRN", "FRA", "USA", "GEO",
      "ISR", "PAK", "SYR", "GRC", "DEU", "GBR", "CAN", "NKR");
  private static final Set<String> WEIGHTED = Set.of("ARM", "AZE", "TUR", "RUS", "NKR");

  record Country(String code, String name, String adjective, String capital, List<String> hashtags) {}

  record Person(String name, String country, String title, String surname, String handle) {}

  final List<Country> countries = new ArrayList<>();
  final List<Person> people = new ArrayList<>();
  final List<Person> withHandles = new ArrayList<>();
  final Map<String, Country> byCode = new TreeMap<>();

  static final List<String> PLACES = List.of("Stepanakert", "Ganja", "Tartar", "Barda", "Shusha", "Martuni",
      "Hadrut", "Fuzuli", "Jabrayil", "Aghdam", "Lachin", "Kalbajar", "Mingachevir", "Askeran", "Goris",
      "Vardenis", "Zangilan", "Qubadli", "Beylagan", "Terter district");
  static final List<String> ORGANISATIONS = List.of("the United Nations", "the European Union", "the OSCE Minsk Group",
      "NATO", "Amnesty International", "Human Rights Watch", "the Red Cross", "the Minsk Group co-chairs");
  static final List<String> MINISTRIES = List.of("Foreign Ministry", "Defence Ministry", "Defense Ministry",
      "Interior Ministry", "Prosecutor General's Office", "ombudsman", "Emergency Situations Ministry");
  static final List<String> FORCES = List.of("forces", "troops", "armed forces", "artillery units", "army",
      "military", "air defence units");
  static final List<String> OUTLETS = List.of("Caucasus Evening Post", "Harbour Line News", "Steppe Ledger",
      "Two Rivers Bulletin", "Northern Pass Review", "Lakeside Wire", "Orchard Street Journal",
      "Plateau Chronicle");
  static final List<String> WRITERS = List.of("Lena Vardan", "Tomas Okafor", "Ines Halvorsen", "Rauf Demirci",
      "Claire Mbeki", "Arto Linna", "Mira Castell", "Jonah Ferris");
  static final List<String> ORDINARY_USERS = List.of("baku_teacher_82", "yerevan_nights", "ganja.mornings",
      "stepanakert_kid", "tbilisi_watch", "glendale_mom", "istanbul_cat", "caspian_sailor", "peace_first_2020",
      "sevan_lake_photos", "mountain_roads", "news_junkie_77", "diaspora_voice", "karabakh_notes",
      "late_shift_editor");
  static final List<String> TOPIC_TAGS = List.of("Karabakh", "NagornoKarabakh", "StopTheWar", "PeaceNow",
      "Artsakh", "KarabakhIsAzerbaijan", "ArmeniaStrong", "StopAzerbaijaniAggression", "StopArmenianOccupation",
      "Ceasefire");

  static Vocabulary load(Path dataDir) {
    Vocabulary v = new Vocabulary();
    List<String> problems = new ArrayList<>();
    Path actors = dataDir.resolve("actors");
    for (CsvTable.Row row : CsvTable.read(actors.resolve("countries.csv"),
        List.of("iso3", "name", "short_forms", "adjectives", "demonyms", "capital", "handles", "hashtags"), problems)) {
      String[] f = row.fields();
      if (!COUNTRY_CODES.contains(f[0])) {
        continue;
      }
      String name = f[0].equals("USA") ? "the United States" : f[0].equals("GBR") ? "Britain"
          : f[0].equals("NKR") ? "Nagorno-Karabakh" : f[1];
      String adjective = first(f[3]);
      String capital = first(f[5]);
      List<String> tags = new ArrayList<>();
      for (String t : f[7].split("\\|")) {
        if (!t.isBlank()) {
          tags.add(t.strip());
        }
      }
      Country c = new Country(f[0], name, adjective, capital, tags);
      v.countries.add(c);
      v.byCode.put(c.code(), c);
    }
    for (CsvTable.Row row : CsvTable.read(actors.resolve("people.csv"),
        List.of("actor", "country", "role", "titles", "patterns", "handles"), problems)) {
      String[] f = row.fields();
      if (!COUNTRY_CODES.contains(f[1]) && !Set.of("UN", "EU", "OSCE", "NATO").contains(f[1])) {
        continue;
      }
      String name = f[0].strip();
      String[] parts = name.split(" ");
      Person p = new Person(name, f[1], first(f[3]), parts[parts.length - 1], first(f[5]));
      v.people.add(p);
      if (p.handle() != null) {
        v.withHandles.add(p);
      }
    }
    if (!problems.isEmpty() || v.countries.size() < 10 || v.people.size() < 20) {
      throw new IllegalArgumentException("Cannot build the generator's vocabulary from " + actors + ": " + problems);
    }
    return v;
  }

  private static String first(String field) {
    for (String s : field.split("\\|")) {
      if (!s.isBlank()) {
        return s.strip();
      }
    }
    return null;
  }

  /** A country, the war's parties and their neighbours more often than the rest. */
  Country country(SplittableRandom r) {
    if (r.nextInt(100) < 60) {
      List<String> main = List.of("ARM", "AZE", "TUR", "RUS", "NKR");
      return byCode.get(main.get(r.nextInt(main.size())));
    }
    return countries.get(r.nextInt(countries.size()));
  }

  boolean weighted(String code) {
    return WEIGHTED.contains(code);
  }

  Person person(SplittableRandom r) {
    return people.get(r.nextInt(people.size()));
  }

  /** A speaking actor as a noun phrase, in one of the ways the dev texts name them. */
  String actor(SplittableRandom r) {
    int k = r.nextInt(100);
    if (k < 22) {
      return country(r).name();
    }
    if (k < 32) {
      return country(r).capital();
    }
    if (k < 48) {
      Country c = country(r);
      String ministry = pick(r, MINISTRIES);
      return r.nextBoolean() ? "the " + c.adjective() + " " + ministry : possessive(c.name()) + " " + ministry;
    }
    if (k < 80) {
      Person p = person(r);
      int form = r.nextInt(4);
      if (form == 0 && p.title() != null) {
        return p.title() + " " + p.name();
      }
      if (form == 1) {
        return p.surname();
      }
      return p.name();
    }
    if (k < 90) {
      return pick(r, ORGANISATIONS);
    }
    Country c = country(r);
    return c.adjective() + " " + pick(r, List.of("officials", "diplomats", "lawmakers", "authorities"));
  }

  /** Someone an act is aimed at. */
  String target(SplittableRandom r) {
    int k = r.nextInt(100);
    if (k < 45) {
      return country(r).name();
    }
    if (k < 60) {
      return country(r).capital();
    }
    if (k < 75) {
      return country(r).adjective() + " " + pick(r, FORCES);
    }
    if (k < 92) {
      return person(r).name();
    }
    return pick(r, ORGANISATIONS);
  }

  String forces(SplittableRandom r) {
    return country(r).adjective() + " " + pick(r, FORCES);
  }

  String place(SplittableRandom r) {
    return pick(r, PLACES);
  }

  String handle(SplittableRandom r) {
    return "@" + withHandles.get(r.nextInt(withHandles.size())).handle();
  }

  String hashtag(SplittableRandom r) {
    if (r.nextInt(3) == 0) {
      return "#" + pick(r, TOPIC_TAGS);
    }
    Country c = country(r);
    return "#" + (c.hashtags().isEmpty() ? c.name().replace(" ", "") : c.hashtags().get(0));
  }

  static String possessive(String name) {
    String n = name.startsWith("the ") ? name.substring(4) : name;
    return (name.startsWith("the ") ? "the " : "") + n + (n.endsWith("s") ? "'" : "'s");
  }

  static <T> T pick(SplittableRandom r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }
}
