package io.framing.actors;


import io.framing.Args;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The actor dictionary: countries, role nouns, organisations, people and news outlets, loaded
 * once from the CSV files of a directory ({@code data/actors/}; its README documents the
 * files) and then only read.
 *
 * <p><b>Thread safety.</b> An instance is immutable: every field is final and every collection
 * it holds or returns is unmodifiable, and the entries are records of immutable values. One
 * instance may be shared by any number of threads (or broadcast to Spark executors after being
 * loaded there) without synchronisation.
 *
 * <p><b>Matching.</b> Patterns are normalised with {@link #normalize} (NFC, typographic
 * apostrophes and hyphens to ASCII, runs of white space to one space). Names, capitals,
 * adjectives and demonyms keep their case ("US" is not "us"); titles, handles, hashtags and
 * role nouns ignore case. Diacritics are not folded: write both forms ("Erdoğan|Erdogan").
 *
 * <p><b>Loading.</b> {@link #load} checks every row and reports every problem at once, each
 * naming file, line and bad value: a missing file or wrong header, a wrong number of columns,
 * an unknown role, a bad country code, an empty pattern, a handle or hashtag written with
 * {@code @} or {@code #}, a duplicate country code, and a pattern claimed by two different
 * actors within one key space (names; titles; handles; hashtags; adjectives; demonyms; role
 * nouns).
 */
public final class ActorDictionary {

  public static final String COUNTRIES = "countries.csv";
  public static final String ROLE_NOUNS = "role_nouns.csv";
  public static final String ORGANISATIONS = "organisations.csv";
  public static final String PEOPLE = "people.csv";
  public static final String OUTLETS = "outlets.csv";

  static final List<String> COUNTRY_HEADER =
      List.of("iso3", "name", "short_forms", "adjectives", "demonyms", "capital", "handles", "hashtags");
  static final List<String> ROLE_NOUN_HEADER = List.of("pattern", "role", "label");
  static final List<String> ORGANISATION_HEADER = List.of("actor", "country", "role", "patterns", "handles");
  static final List<String> PEOPLE_HEADER =
      List.of("actor", "country", "role", "titles", "patterns", "handles");
  static final List<String> OUTLET_HEADER = List.of("actor", "country", "role", "patterns", "handles");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Map<String, CountryEntry> countries;
  private final Set<String> codes;
  private final List<ActorEntry> entries;
  private final List<SurfaceForm> surfaceForms;
  private final Map<SurfaceKind.Group, Map<String, SurfaceForm>> byKey;
  private final Map<String, CountryEntry> byName;
  private final Map<String, CountryEntry> byAdjective;
  private final Map<String, CountryEntry> byDemonym;
  private final Map<String, CountryEntry> byCapital;
  private final Map<String, RoleNoun> roleNouns;

  private ActorDictionary(ActorDictionaryLoader l) {
    this.countries = Collections.unmodifiableMap(new LinkedHashMap<>(l.countries));
    Set<String> all = new TreeSet<>(l.countries.keySet());
    all.addAll(ActorCodes.ORGANISATION_CODES);
    this.codes = Collections.unmodifiableSet(all);
    this.entries = List.copyOf(l.entries);
    List<SurfaceForm> forms = new ArrayList<>();
    Map<SurfaceKind.Group, Map<String, SurfaceForm>> keyed = new EnumMap<>(SurfaceKind.Group.class);
    for (var e : l.surface.entrySet()) {
      forms.addAll(e.getValue().values());
      keyed.put(e.getKey(), Collections.unmodifiableMap(new HashMap<>(e.getValue())));
    }
    forms.sort(Comparator.comparingInt((SurfaceForm f) -> -f.pattern().length())
        .thenComparing(SurfaceForm::pattern));
    this.surfaceForms = List.copyOf(forms);
    this.byKey = Collections.unmodifiableMap(keyed);
    this.byName = unmodifiable(l.byName);
    this.byAdjective = unmodifiable(l.byAdjective);
    this.byDemonym = unmodifiable(l.byDemonym);
    this.byCapital = unmodifiable(l.byCapital);
    this.roleNouns = unmodifiable(l.roleNouns);
  }

  private static <V> Map<String, V> unmodifiable(Map<String, V> m) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(m));
  }

  // ---------------------------------------------------------------- loading

  /**
   * Loads the five files of {@code dir}.
   *
   * @throws ActorDictionaryException listing every problem (file, line, bad value) when the
   *     files are missing, unreadable or invalid
   */
  public static ActorDictionary load(Path dir) {
    Args.notNull(dir, "dictionary directory");
    ActorDictionaryLoader l = new ActorDictionaryLoader();
    l.readCountries(dir.resolve(COUNTRIES));
    l.readRoleNouns(dir.resolve(ROLE_NOUNS));
    l.readEntries(dir.resolve(ORGANISATIONS), ActorEntry.Kind.ORGANISATION, ORGANISATION_HEADER);
    l.readEntries(dir.resolve(PEOPLE), ActorEntry.Kind.PERSON, PEOPLE_HEADER);
    l.readEntries(dir.resolve(OUTLETS), ActorEntry.Kind.OUTLET, OUTLET_HEADER);
    if (!l.problems.isEmpty()) {
      throw new ActorDictionaryException(l.problems);
    }
    return new ActorDictionary(l);
  }

  /**
   * The normal form of a pattern or of text to look up: Unicode NFC, typographic apostrophes
   * ({@code ’ ‘ ʼ ′}) to {@code '}, non-ASCII hyphens and dashes between letters to {@code -},
   * runs of white space to one space, stripped.
   */
  public static String normalize(String s) {
    if (s == null) {
      return "";
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFC);
    StringBuilder sb = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      switch (c) {
        case '\u2019', '\u2018', '\u02BC', '\u2032' -> sb.append('\'');
        case '\u2010', '\u2011', '\u2012', '\u2013', '\u2212' -> sb.append('-');
        case '\u00A0', '\u2007', '\u202F' -> sb.append(' ');
        default -> sb.append(c);
      }
    }
    return SPACES.matcher(sb).replaceAll(" ").strip();
  }

  /** The lookup key of a pattern: normalised, and lower-cased unless {@code caseSensitive}. */
  public static String key(String pattern, boolean caseSensitive) {
    String n = normalize(pattern);
    return caseSensitive ? n : n.toLowerCase(Locale.ROOT);
  }

  // ---------------------------------------------------------------- countries and codes

  /** Every {@code countries.csv} row (states and NKR), in file order. */
  public Collection<CountryEntry> countries() {
    return countries.values();
  }

  /** The country with this code ({@code ARM}, {@code NKR}), if it is in {@code countries.csv}. */
  public Optional<CountryEntry> country(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(countries.get(code.strip()));
  }

  /** Every valid party code: the {@code countries.csv} codes and {@link ActorCodes#ORGANISATION_CODES}. */
  public Set<String> codes() {
    return codes;
  }

  /** Whether {@code code} is a valid party code. */
  public boolean isValidCode(String code) {
    return code != null && codes.contains(code);
  }

  // ---------------------------------------------------------------- surface patterns

  /** Organisations, people and outlets, in file order (organisations, people, outlets). */
  public List<ActorEntry> entries() {
    return entries;
  }

  /** The entries of one kind. */
  public List<ActorEntry> entries(ActorEntry.Kind kind) {
    return entries.stream().filter(e -> e.kind() == kind).toList();
  }

  /**
   * Every surface pattern with its actor: country names and short forms, capitals,
   * organisation, person and outlet names, titles, {@code @handles} and {@code #hashtags}.
   * Longest pattern first, which suits longest-match finders. Adjectives, demonyms and role
   * nouns are not here: they are modifiers and heads that {@link #compose} combines.
   */
  public List<SurfaceForm> surfaceForms() {
    return surfaceForms;
  }

  /** The surface patterns of one kind, longest first. */
  public List<SurfaceForm> surfaceForms(SurfaceKind kind) {
    return surfaceForms.stream().filter(f -> f.kind() == kind).toList();
  }

  /**
   * The actor a whole surface string designates: {@code @handle} (case ignored),
   * {@code #hashtag} (case ignored), else a name, short form or capital (case kept), else a
   * title (case ignored).
   */
  public Optional<SurfaceForm> lookup(String surface) {
    String n = normalize(surface);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    if (n.startsWith("@")) {
      return get(SurfaceKind.Group.HANDLE, n);
    }
    if (n.startsWith("#")) {
      return get(SurfaceKind.Group.HASHTAG, n);
    }
    Optional<SurfaceForm> name = get(SurfaceKind.Group.NAME, n);
    return name.isPresent() ? name : get(SurfaceKind.Group.TITLE, n);
  }

  /** The actor of {@link #lookup}. */
  public Optional<Actor> actor(String surface) {
    return lookup(surface).map(SurfaceForm::actor);
  }

  private Optional<SurfaceForm> get(SurfaceKind.Group group, String normalized) {
    Map<String, SurfaceForm> m = byKey.getOrDefault(group, Map.of());
    String k = group.caseSensitive() ? normalized : normalized.toLowerCase(Locale.ROOT);
    return Optional.ofNullable(m.get(k));
  }

  // ---------------------------------------------------------------- adjectives, demonyms, capitals

  /** The country of an adjective ("Brazilian" is BRA); case kept. */
  public Optional<CountryEntry> countryOfAdjective(String adjective) {
    return Optional.ofNullable(byAdjective.get(normalize(adjective)));
  }

  /** The country of a demonym ("Armenians" is ARM); case kept. */
  public Optional<CountryEntry> countryOfDemonym(String demonym) {
    return Optional.ofNullable(byDemonym.get(normalize(demonym)));
  }

  /** The CVL actor of a demonym: "Armenians" is {@code Armenians [ARM/CVL]}. */
  public Optional<Actor> demonymActor(String demonym) {
    return countryOfDemonym(demonym).map(CountryEntry::people);
  }

  /** The country whose capital this is ("Tokyo" is JPN); case kept. */
  public Optional<CountryEntry> countryOfCapital(String capital) {
    return Optional.ofNullable(byCapital.get(normalize(capital)));
  }

  /** The GOV actor a capital stands for: "Baku" is {@code Azerbaijan [AZE/GOV]}. */
  public Optional<Actor> capitalActor(String capital) {
    return countryOfCapital(capital).map(CountryEntry::government);
  }

  /** The country of a name or short form ("the United States" is USA); case kept. */
  public Optional<CountryEntry> countryOfName(String name) {
    return Optional.ofNullable(byName.get(normalize(name)));
  }

  /**
   * The country of a modifier in front of a role noun: an adjective ("Armenian"), a possessive
   * ("Armenia's", "Armenia’s", "the United States'") or a name used attributively ("US",
   * "Karabakh"). A leading "the" is ignored when the form without it is known.
   */
  public Optional<CountryEntry> countryOfModifier(String modifier) {
    String m = normalize(modifier);
    if (m.isEmpty()) {
      return Optional.empty();
    }
    Optional<CountryEntry> c = modifierCandidates(m);
    if (c.isEmpty() && (m.startsWith("the ") || m.startsWith("The "))) {
      c = modifierCandidates(m.substring(4));
    }
    return c;
  }

  private Optional<CountryEntry> modifierCandidates(String m) {
    CountryEntry c = byAdjective.get(m);
    if (c == null) {
      c = byName.get(m);
    }
    if (c == null && m.endsWith("'s")) {
      c = byName.get(m.substring(0, m.length() - 2));
    }
    if (c == null && m.endsWith("s'")) {
      c = byName.get(m.substring(0, m.length() - 1));
    }
    return Optional.ofNullable(c);
  }

  /** Adjective pattern to country, as written in the data (unmodifiable). */
  public Map<String, CountryEntry> adjectives() {
    return byAdjective;
  }

  /** Demonym pattern to country (unmodifiable). */
  public Map<String, CountryEntry> demonyms() {
    return byDemonym;
  }

  /** Capital pattern to country (unmodifiable). */
  public Map<String, CountryEntry> capitals() {
    return byCapital;
  }

  // ---------------------------------------------------------------- role nouns and composition

  /** Every role noun, keyed by its lower-case pattern (unmodifiable). */
  public Map<String, RoleNoun> roleNouns() {
    return roleNouns;
  }

  /** The role noun for a noun phrase ("Defence Ministry" finds "defence ministry"); case ignored. */
  public Optional<RoleNoun> roleNoun(String noun) {
    return Optional.ofNullable(roleNouns.get(key(noun, false)));
  }

  /**
   * The actor for "{@code <country adjective or possessive> <role noun>}": display name
   * "{@code <first adjective> <label>}" with the noun's role, or the country's own GOV actor
   * when the label is empty. ARM + "defence ministry" is
   * {@code Armenian Defence Ministry [ARM/GOV]}; AZE + "military" is
   * {@code Azerbaijani armed forces [AZE/MIL]}; ARM + "government" is {@code Armenia [ARM/GOV]}.
   */
  public static Actor compose(CountryEntry country, RoleNoun noun) {
    Args.notNull(country, "country");
    Args.notNull(noun, "role noun");
    if (noun.meansCountry()) {
      return country.government();
    }
    return new Actor(country.displayAdjective() + " " + noun.label(), country.code(), noun.role());
  }

  /** {@link #compose(CountryEntry, RoleNoun)} from a country code and a noun; empty when either is unknown. */
  public Optional<Actor> compose(String countryCode, String noun) {
    Optional<CountryEntry> c = country(countryCode);
    Optional<RoleNoun> r = roleNoun(noun);
    return c.isPresent() && r.isPresent() ? Optional.of(compose(c.get(), r.get())) : Optional.empty();
  }

  /**
   * {@link #compose(CountryEntry, RoleNoun)} from the words of the text: a modifier resolved
   * by {@link #countryOfModifier} ("Armenia's") and a noun ("armed forces").
   */
  public Optional<Actor> composePhrase(String modifier, String noun) {
    Optional<CountryEntry> c = countryOfModifier(modifier);
    Optional<RoleNoun> r = roleNoun(noun);
    return c.isPresent() && r.isPresent() ? Optional.of(compose(c.get(), r.get())) : Optional.empty();
  }

  @Override
  public String toString() {
    return "ActorDictionary[" + countries.size() + " countries, " + roleNouns.size()
        + " role nouns, " + entries.size() + " entries, " + surfaceForms.size() + " surface forms]";
  }
}
