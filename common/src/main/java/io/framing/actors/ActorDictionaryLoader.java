package io.framing.actors;

import static io.framing.actors.ActorDictionary.COUNTRIES;
import static io.framing.actors.ActorDictionary.COUNTRY_HEADER;
import static io.framing.actors.ActorDictionary.ROLE_NOUN_HEADER;
import static io.framing.actors.ActorDictionary.key;
import static io.framing.actors.ActorDictionary.normalize;

import io.framing.CsvTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Mutable state of one load of the {@link ActorDictionary}: reads the files one by one, checks
 * every row and collects every problem (file, line, bad value), so that one load reports them
 * all. Never escapes {@link ActorDictionary#load}, which builds the immutable dictionary from it.
 */
final class ActorDictionaryLoader {
  private static final Pattern HANDLE = Pattern.compile("[A-Za-z0-9_]{1,50}");
  private static final Pattern HASHTAG = Pattern.compile("[\\p{L}\\p{N}_]{1,100}");
  private static final Pattern STATE_CODE = Pattern.compile("[A-Z]{3}");

  final List<String> problems = new ArrayList<>();
  final Map<String, CountryEntry> countries = new LinkedHashMap<>();
  final List<ActorEntry> entries = new ArrayList<>();
  final Map<SurfaceKind.Group, Map<String, SurfaceForm>> surface = new EnumMap<>(SurfaceKind.Group.class);
  final Map<String, CountryEntry> byName = new LinkedHashMap<>();
  final Map<String, CountryEntry> byAdjective = new LinkedHashMap<>();
  final Map<String, CountryEntry> byDemonym = new LinkedHashMap<>();
  final Map<String, CountryEntry> byCapital = new LinkedHashMap<>();
  final Map<String, RoleNoun> roleNouns = new LinkedHashMap<>();

  void problem(CsvTable.Row row, String message) {
    problems.add(row.where() + ": " + message);
  }

  /** Checks every field of a row for '#', which the files must not contain. */
  boolean hashFree(CsvTable.Row row, List<String> header) {
    boolean ok = true;
    for (int i = 0; i < row.fields().length; i++) {
      if (row.fields()[i].indexOf('#') >= 0) {
        problem(row, "column '" + header.get(i) + "' contains '#' in '" + row.fields()[i]
            + "' (the files are #-free: write hashtags without '#')");
        ok = false;
      }
    }
    return ok;
  }

  /** Splits a '|' list; reports empty patterns. */
  List<String> patterns(CsvTable.Row row, String column, String value) {
    List<String> out = new ArrayList<>();
    if (value.isBlank()) {
      return out;
    }
    String[] parts = value.split("\\|", -1);
    for (String p : parts) {
      String n = normalize(p);
      if (n.isEmpty()) {
        problem(row, "empty pattern in column '" + column + "' ('" + value + "')");
      } else if (!out.contains(n)) {
        out.add(n);
      }
    }
    return out;
  }

  List<String> handles(CsvTable.Row row, String column, String value) {
    List<String> out = new ArrayList<>();
    for (String h : patterns(row, column, value)) {
      if (h.startsWith("@")) {
        problem(row, "handle '" + h + "' in column '" + column + "' must be written without '@'");
      } else if (!HANDLE.matcher(h).matches()) {
        problem(row, "bad handle '" + h + "' in column '" + column + "' (letters, digits and _ only)");
      } else {
        out.add(h);
      }
    }
    return out;
  }

  List<String> hashtags(CsvTable.Row row, String column, String value) {
    List<String> out = new ArrayList<>();
    for (String h : patterns(row, column, value)) {
      if (!HASHTAG.matcher(h).matches()) {
        problem(row, "bad hashtag '" + h + "' in column '" + column + "' (letters, digits and _ only)");
      } else {
        out.add(h);
      }
    }
    return out;
  }

  Optional<Role> role(CsvTable.Row row, String value) {
    Optional<Role> r = Role.parse(value);
    if (r.isEmpty()) {
      problem(row, "unknown role '" + value + "' (expected one of " + Role.codes() + ")");
    }
    return r;
  }

  void register(CsvTable.Row row, String pattern, SurfaceKind kind, Actor actor) {
    String k = key(pattern, kind.caseSensitive());
    Map<String, SurfaceForm> m = surface.computeIfAbsent(kind.group(), g -> new HashMap<>());
    SurfaceForm old = m.get(k);
    if (old == null) {
      m.put(k, new SurfaceForm(pattern, kind, actor, row.where()));
    } else if (!old.actor().equals(actor)) {
      problem(row, "pattern '" + pattern + "' (" + kind.name().toLowerCase(Locale.ROOT)
          + ") is claimed by " + actor + " and by " + old.actor() + " (" + old.origin() + ")");
    }
  }

  void registerCountryKey(CsvTable.Row row, Map<String, CountryEntry> map, String what,
      String pattern, CountryEntry c) {
    CountryEntry old = map.putIfAbsent(pattern, c);
    if (old != null && !old.code().equals(c.code())) {
      problem(row, what + " '" + pattern + "' is claimed by " + c.code() + " and by "
          + old.code() + " (" + old.origin() + ")");
    }
  }

  void readCountries(Path file) {
    for (CsvTable.Row row : CsvTable.read(file, COUNTRY_HEADER, problems)) {
      if (!hashFree(row, COUNTRY_HEADER)) {
        continue;
      }
      String[] f = row.fields();
      String code = f[0].strip();
      String name = normalize(f[1]);
      boolean ok = true;
      if (!STATE_CODE.matcher(code).matches() || !ActorCodes.isStateCode(code)) {
        problem(row, "bad country code '" + code
            + "' in column 'iso3' (expected an ISO 3166-1 alpha-3 code, XKX or NKR)");
        ok = false;
      } else if (countries.containsKey(code)) {
        problem(row, "duplicate country code '" + code + "' (first at "
            + countries.get(code).origin() + ")");
        ok = false;
      }
      if (name.isEmpty()) {
        problem(row, "empty name in column 'name'");
        ok = false;
      }
      List<String> shortForms = patterns(row, "short_forms", f[2]);
      List<String> adjectives = patterns(row, "adjectives", f[3]);
      List<String> demonyms = patterns(row, "demonyms", f[4]);
      List<String> capitals = patterns(row, "capital", f[5]);
      List<String> handles = handles(row, "handles", f[6]);
      List<String> hashtags = hashtags(row, "hashtags", f[7]);
      if (!ok) {
        continue;
      }
      CountryEntry c = new CountryEntry(code, name, shortForms, adjectives, demonyms, capitals,
          handles, hashtags, row.where());
      countries.put(code, c);
      Actor gov = c.government();
      register(row, name, SurfaceKind.COUNTRY_NAME, gov);
      registerCountryKey(row, byName, "name", name, c);
      for (String s : shortForms) {
        register(row, s, SurfaceKind.COUNTRY_NAME, gov);
        registerCountryKey(row, byName, "name", s, c);
      }
      for (String s : capitals) {
        register(row, s, SurfaceKind.CAPITAL, gov);
        registerCountryKey(row, byCapital, "capital", s, c);
      }
      for (String s : adjectives) {
        registerCountryKey(row, byAdjective, "adjective", s, c);
      }
      for (String s : demonyms) {
        registerCountryKey(row, byDemonym, "demonym", s, c);
      }
      for (String h : handles) {
        register(row, "@" + h, SurfaceKind.HANDLE, gov);
      }
      for (String h : hashtags) {
        register(row, "#" + h, SurfaceKind.HASHTAG, gov);
      }
    }
  }

  void readRoleNouns(Path file) {
    for (CsvTable.Row row : CsvTable.read(file, ROLE_NOUN_HEADER, problems)) {
      if (!hashFree(row, ROLE_NOUN_HEADER)) {
        continue;
      }
      String[] f = row.fields();
      List<String> ps = patterns(row, "pattern", f[0]);
      if (ps.isEmpty()) {
        problem(row, "empty pattern in column 'pattern'");
      }
      Optional<Role> role = role(row, f[1]);
      String label = normalize(f[2]);
      if (role.isEmpty()) {
        continue;
      }
      if (label.isEmpty() && role.get() != Role.GOV) {
        problem(row, "empty label for role " + role.get()
            + " (only GOV nouns may leave the label empty, meaning the country itself)");
        continue;
      }
      for (String p : ps) {
        String k = key(p, false);
        RoleNoun rn = new RoleNoun(k, role.get(), label, row.where());
        RoleNoun old = roleNouns.putIfAbsent(k, rn);
        if (old != null && (old.role() != rn.role() || !old.label().equals(rn.label()))) {
          problem(row, "role noun '" + p + "' is claimed as " + rn.role() + " '" + label
              + "' and as " + old.role() + " '" + old.label() + "' (" + old.origin() + ")");
        }
      }
    }
  }

  void readEntries(Path file, ActorEntry.Kind kind, List<String> header) {
    boolean people = kind == ActorEntry.Kind.PERSON;
    for (CsvTable.Row row : CsvTable.read(file, header, problems)) {
      if (!hashFree(row, header)) {
        continue;
      }
      String[] f = row.fields();
      String name = normalize(f[0]);
      String code = f[1].strip();
      boolean ok = true;
      if (name.isEmpty()) {
        problem(row, "empty actor name in column 'actor'");
        ok = false;
      }
      if (!countries.containsKey(code) && !ActorCodes.isOrganisationCode(code)) {
        problem(row, "bad country code '" + code + "' in column 'country' (expected a "
            + COUNTRIES + " code or one of " + new TreeSet<>(ActorCodes.ORGANISATION_CODES) + ")");
        ok = false;
      }
      Optional<Role> role = role(row, f[2]);
      List<String> titles = people ? patterns(row, "titles", f[3]) : List.of();
      int p = people ? 4 : 3;
      List<String> pats = new ArrayList<>();
      if (!name.isEmpty()) {
        pats.add(name);
      }
      for (String s : patterns(row, header.get(p), f[p])) {
        if (!pats.contains(s)) {
          pats.add(s);
        }
      }
      List<String> handles = handles(row, "handles", f[p + 1]);
      if (!ok || role.isEmpty()) {
        continue;
      }
      Actor actor = new Actor(name, code, role.get());
      entries.add(new ActorEntry(kind, actor, titles, pats, handles, row.where()));
      for (String s : pats) {
        register(row, s, kind.surfaceKind(), actor);
      }
      for (String t : titles) {
        register(row, t, SurfaceKind.TITLE, actor);
      }
      for (String h : handles) {
        register(row, "@" + h, SurfaceKind.HANDLE, actor);
      }
    }
  }
}
