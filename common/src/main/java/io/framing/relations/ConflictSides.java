package io.framing.relations;

import io.framing.CsvTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The two sides of the conflict ({@code data/relations/sides.csv}: side, country, allies), so
 * that "both sides", "each other" and "the other side" resolve to parties; with the places of
 * {@code data/actors/places.csv} it also knows whose town was hit ("the strike on Ganja").
 * Immutable.
 */
public final class ConflictSides {
  public static final List<String> HEADER = List.of("side", "country", "allies");

  private final List<String> countries;
  private final Map<String, String> sideOf = new HashMap<>();
  private final Map<String, String> places;

  private ConflictSides(ConflictSides sides, Map<String, String> places) {
    this.countries = sides.countries;
    this.sideOf.putAll(sides.sideOf);
    this.places = Map.copyOf(places);
  }

  private ConflictSides(List<String[]> rows) {
    this.places = Map.of();
    List<String> cs = new ArrayList<>();
    for (String[] r : rows) {
      String side = r[0].strip();
      String country = r[1].strip();
      cs.add(country);
      sideOf.put(country, side);
      for (String ally : r[2].split("\\|")) {
        if (!ally.isBlank()) {
          sideOf.put(ally.strip(), side);
        }
      }
    }
    this.countries = List.copyOf(cs);
  }

  public static ConflictSides load(Path file) {
    List<String> problems = new ArrayList<>();
    List<String[]> rows = new ArrayList<>();
    for (CsvTable.Row row : CsvTable.read(file, HEADER, problems)) {
      rows.add(row.fields());
    }
    if (rows.size() != 2) {
      problems.add(file + ": expected exactly two sides, got " + rows.size());
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Bad sides file:\n  " + String.join("\n  ", problems));
    }
    return new ConflictSides(rows);
  }

  /**
   * These sides with a gazetteer of places (lower-cased name to country code, as
   * {@code AuthorResolver.loadPlaces} reads it).
   */
  public ConflictSides withPlaces(Map<String, String> placeCountries) {
    return new ConflictSides(this, placeCountries);
  }

  /** The country of a place name ("Ganja" is AZE), or null when the gazetteer does not hold it. */
  public String countryOfPlace(String name) {
    return places.get(name.toLowerCase(java.util.Locale.ROOT));
  }

  /** The two main parties' country codes, side A first. */
  public List<String> countries() {
    return countries;
  }

  /** The main party of the other side, or null when {@code country} is on neither side. */
  public String opponentOf(String country) {
    String side = sideOf.get(country);
    if (side == null) {
      return null;
    }
    for (String c : countries) {
      if (!side.equals(sideOf.get(c))) {
        return c;
      }
    }
    return null;
  }

  /** Whether {@code country} is on one of the war's sides (a main party or an ally). */
  public boolean onASide(String country) {
    return sideOf.get(country) != null;
  }

  /** Whether the two countries are on the war's two different sides. */
  public boolean opposed(String a, String b) {
    String sa = sideOf.get(a);
    String sb = sideOf.get(b);
    return sa != null && sb != null && !sa.equals(sb);
  }

  /** Whether the two countries are on the same side (or equal). */
  public boolean sameSide(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    String sa = sideOf.get(a);
    return sa != null && sa.equals(sideOf.get(b));
  }
}
