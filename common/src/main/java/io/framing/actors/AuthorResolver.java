package io.framing.actors;

import io.framing.Args;
import io.framing.CsvTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The actor behind a tweet's account: a known account (handle or name in the dictionary), else
 * an ordinary user coded as a civilian of the country they identify with — a place in their
 * handle or name ("nino_tbilisi"), "As a Turk", or a home town in the text ("our house in
 * Ganja"). Places come from {@code data/actors/places.csv} and the capitals. Immutable and
 * thread-safe.
 */
public final class AuthorResolver {
  public static final List<String> PLACES_HEADER = List.of("place", "country");

  private static final Pattern AS_A = Pattern.compile("(?i)\\b(?:as an?|I am an?|I'm an?)\\s+(\\p{Lu}\\p{L}+)");
  private static final Pattern IN_PLACE = Pattern.compile("\\b(?:in|from|of)\\s+(\\p{Lu}\\p{L}+(?:\\s\\p{Lu}\\p{L}+)?)");

  private final ActorDictionary dictionary;
  private final Map<String, String> places;
  private final MentionFinder names;

  public AuthorResolver(ActorDictionary dictionary, Map<String, String> places) {
    this(dictionary, places, null);
  }

  /**
   * @param names reads an account's display name or split handle ("MFA of Armenia",
   *     "AzerbaijanMOD") for an institution or a known person; null to match names whole only
   */
  public AuthorResolver(ActorDictionary dictionary, Map<String, String> places, MentionFinder names) {
    this.dictionary = Args.notNull(dictionary, "dictionary");
    this.places = Map.copyOf(places);
    this.names = names;
  }

  /**
   * The resolver extract uses, loaded from {@code dataDir/actors/} alone (the dictionary and
   * {@code places.csv}), for a caller that needs a tweet's author but not the whole extractor.
   */
  public static AuthorResolver load(Path dataDir) {
    ActorDictionary dictionary = ActorDictionary.load(dataDir.resolve("actors"));
    return new AuthorResolver(dictionary, loadPlaces(dataDir.resolve("actors").resolve("places.csv"), dictionary),
        new MentionFinder(dictionary, new io.framing.text.OpenNlpTokenizer()));
  }

  /** Reads {@code places.csv}; the error names the file and line of each bad row. */
  public static Map<String, String> loadPlaces(Path file, ActorDictionary dictionary) {
    List<String> problems = new ArrayList<>();
    Map<String, String> places = new HashMap<>();
    for (CsvTable.Row row : CsvTable.read(file, PLACES_HEADER, problems)) {
      String place = row.fields()[0].strip();
      String country = row.fields()[1].strip();
      if (!dictionary.isValidCode(country)) {
        problems.add(row.where() + ": unknown country code '" + country + "'");
      } else {
        places.put(place.toLowerCase(Locale.ROOT), country);
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Bad places file:\n  " + String.join("\n  ", problems));
    }
    return places;
  }

  /** The author's actor, or empty when neither the account nor the text tells a party. */
  public Optional<Actor> resolve(String handle, String name, String text) {
    if (handle != null && !handle.isBlank()) {
      Optional<Actor> known = dictionary.actor("@" + handle.strip());
      if (known.isPresent()) {
        return known;
      }
    }
    if (name != null && !name.isBlank()) {
      Optional<SurfaceForm> byName = dictionary.lookup(name.strip());
      if (byName.isPresent() && byName.get().kind() != SurfaceKind.COUNTRY_NAME
          && byName.get().kind() != SurfaceKind.CAPITAL) {
        return Optional.of(byName.get().actor());
      }
    }
    if (names != null) {
      for (String words : new String[] {name, splitHandle(handle)}) {
        Optional<Actor> named = actorNamedIn(words);
        if (named.isPresent()) {
          return named;
        }
      }
    }
    String display = name != null && !name.isBlank() ? name.strip() : handle;
    if (display == null || display.isBlank()) {
      return Optional.empty();
    }
    return selfIdentifiedCountry(handle, name, text).map(c -> new Actor(display, c, Role.CVL));
  }

  private Optional<String> selfIdentifiedCountry(String handle, String name, String text) {
    for (String source : new String[] {handle, name}) {
      if (source == null) {
        continue;
      }
      for (String part : source.split("[_\\s\\d.-]+")) {
        Optional<String> c = placeCountry(part);
        if (c.isPresent()) {
          return c;
        }
      }
    }
    if (text == null) {
      return Optional.empty();
    }
    Matcher asA = AS_A.matcher(text);
    if (asA.find()) {
      Optional<CountryEntry> c = dictionary.countryOfDemonym(asA.group(1));
      if (c.isPresent()) {
        return Optional.of(c.get().code());
      }
    }
    Matcher in = IN_PLACE.matcher(text);
    while (in.find()) {
      Optional<String> c = placeCountry(in.group(1));
      if (c.isPresent()) {
        return c;
      }
    }
    for (String word : text.split("[^\\p{L}]+")) {
      String country = places.get(word.toLowerCase(Locale.ROOT));
      if (country != null) {
        return Optional.of(country);
      }
    }
    return Optional.empty();
  }

  private Optional<String> placeCountry(String word) {
    if (word == null || word.length() < 3) {
      return Optional.empty();
    }
    String country = places.get(word.toLowerCase(Locale.ROOT));
    if (country != null) {
      return Optional.of(country);
    }
    String capitalized = word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1).toLowerCase(Locale.ROOT);
    return dictionary.countryOfCapital(capitalized).map(CountryEntry::code);
  }

  /**
   * An institution or known person the words name ("Ministry of Defence of Armenia", "Armenian
   * MFA", "Azerbaijan MOD"); a country or capital alone ("Narek | Yerevan") names no account
   * holder, nor does a civilian group.
   */
  private Optional<Actor> actorNamedIn(String words) {
    if (words == null || words.isBlank()) {
      return Optional.empty();
    }
    for (io.framing.text.Sentence s : io.framing.text.TextAnalyzer.english().analyze(words.strip()).sentences()) {
      for (Mention m : names.find(s)) {
        if (m.actor().role() == Role.CVL || m.kind() == MentionKind.MODIFIER) {
          continue;
        }
        Optional<SurfaceForm> form = dictionary.lookup(m.surface());
        boolean placeOnly = form.isPresent()
            && (form.get().kind() == SurfaceKind.COUNTRY_NAME || form.get().kind() == SurfaceKind.CAPITAL);
        if (!placeOnly && (m.kind() == MentionKind.COMPOSED || m.kind() == MentionKind.NAME)) {
          return Optional.of(m.actor());
        }
      }
    }
    return Optional.empty();
  }

  /** "AzerbaijanMOD" as "Azerbaijan MOD", "mfa_russia" as "mfa russia": the words of a handle. */
  static String splitHandle(String handle) {
    if (handle == null) {
      return null;
    }
    return handle.strip().replaceAll("([a-z])([A-Z])", "$1 $2").replaceAll("[_.\\d]+", " ").strip();
  }
}
