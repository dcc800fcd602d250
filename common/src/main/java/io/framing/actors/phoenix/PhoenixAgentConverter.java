package io.framing.actors.phoenix;

import io.framing.Args;
import io.framing.CsvTable;
import io.framing.actors.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts the agent dictionary of PETRARCH2/Phoenix ({@code Phoenix.agents.txt}: lines
 * {@code NOUN_PHRASE {PLURALS} [~CODE]}, macros {@code !NAME! = A, B}) into role-noun rows in the
 * format of {@code data/actors/role_nouns.csv} plus a {@code provenance} column.
 *
 * <ul>
 *   <li>Only codes that are one of the guideline's roles convert: GOV, MIL, REB, OPP, MED, CVL,
 *       NGO, IGO, ELI as themselves, and LEG (legislators) and COP (police) as GOV, as the
 *       guidelines and {@code data/actors/README.md} code them. Composite sector codes
 *       ({@code ~GOVAGR}, {@code ~REBMUS}) and roles with no counterpart (BUS, CRM, JUD, EDU ...)
 *       are dropped: they do not map cleanly.</li>
 *   <li>A noun claimed by two roles in Phoenix is dropped, and so is one already in the
 *       hand-written {@code role_nouns.csv}: the hand-written row wins.</li>
 *   <li>The label follows the README's convention where a rule gives it: every MIL noun is
 *       "armed forces" (one MIL actor per party); other nouns are labelled with their own
 *       singular, in lower case.</li>
 *   <li>Patterns are the singular with Phoenix's listed plurals, or else a regular plural.</li>
 * </ul>
 */
public final class PhoenixAgentConverter {
  private PhoenixAgentConverter() {}

  public static final List<String> HEADER = List.of("pattern", "role", "label", "provenance");

  /** One output row. Immutable. */
  public record Row(String pattern, Role role, String label, String provenance) {
    public Row {
      Args.notBlank(pattern, "pattern");
      Args.notNull(role, "role");
      Args.notNull(label, "label");
      Args.notBlank(provenance, "provenance");
    }
  }

  private static final Map<String, Role> CODES = Map.ofEntries(
      Map.entry("GOV", Role.GOV), Map.entry("MIL", Role.MIL), Map.entry("REB", Role.REB), Map.entry("OPP", Role.OPP),
      Map.entry("MED", Role.MED), Map.entry("CVL", Role.CVL), Map.entry("NGO", Role.NGO), Map.entry("IGO", Role.IGO),
      Map.entry("ELI", Role.ELI), Map.entry("LEG", Role.GOV), Map.entry("COP", Role.GOV));

  private static final Pattern MACRO = Pattern.compile("^(![A-Z]+!)\\s*=\\s*(.+)$");
  private static final Pattern ENTRY = Pattern.compile("^(.+?)\\s*(?:\\{([^}]*)\\})?\\s*\\[~([A-Z]+)\\]\\s*$");
  private static final Pattern MACRO_USE = Pattern.compile("![A-Z]+!");

  /** The role of a Phoenix agent code, or none when it does not map cleanly. */
  public static Optional<Role> roleOf(String code) {
    Args.notBlank(code, "Phoenix agent code");
    return Optional.ofNullable(CODES.get(code.strip().replace("~", "")));
  }

  /** The rows of a dictionary's lines, sorted by role name then pattern; {@code handWritten}: nouns to skip. */
  public static List<Row> convert(String source, List<String> lines, Set<String> handWritten) {
    Args.notBlank(source, "source name");
    Map<String, List<String>> macros = new LinkedHashMap<>();
    Map<String, Role> roles = new LinkedHashMap<>();
    Map<String, Row> firstRow = new LinkedHashMap<>();
    Set<String> conflicted = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i).replaceAll("#.*", "").strip();
      Matcher m = MACRO.matcher(text);
      if (m.matches()) {
        List<String> values = new ArrayList<>();
        for (String v : m.group(2).split(",")) {
          values.add(v.strip());
        }
        macros.put(m.group(1), values);
        continue;
      }
      Matcher e = ENTRY.matcher(text);
      if (!e.matches()) {
        continue;
      }
      String raw = text.replaceAll("\\s+", " ");
      Optional<Role> role = roleOf(e.group(3));
      // Each singular labels itself and its plural; Phoenix's listed plurals take the first
      // singular's label. "{}" means the phrase has no plural.
      Map<String, String> labelOf = new LinkedHashMap<>();
      List<String> singulars = expand(e.group(1), macros);
      for (String s : singulars) {
        labelOf.putIfAbsent(s, s);
        // A macro (!PERSON! = MAN, MEN, ...) lists its plurals itself.
        if (e.group(2) == null && !MACRO_USE.matcher(e.group(1)).find()) {
          labelOf.putIfAbsent(plural(s), s);
        }
      }
      if (e.group(2) != null && !singulars.isEmpty()) {
        for (String plural : e.group(2).split(",")) {
          for (String p : expand(plural, macros)) {
            labelOf.putIfAbsent(p, singulars.get(0));
          }
        }
      }
      for (Map.Entry<String, String> f : labelOf.entrySet()) {
        String form = f.getKey();
        if (!form.matches("[a-z][a-z' -]*[a-z]")) {
          continue;
        }
        Role r = role.orElse(null);
        if (roles.containsKey(form) && roles.get(form) != r) {
          conflicted.add(form);
        }
        roles.putIfAbsent(form, r);
        if (r != null) {
          firstRow.putIfAbsent(form, new Row(form, r, r == Role.MIL ? "armed forces" : f.getValue(),
              source + ":" + (i + 1) + " " + raw));
        }
      }
    }
    TreeMap<String, Row> sorted = new TreeMap<>();
    firstRow.forEach((form, row) -> {
      if (!conflicted.contains(form) && !handWritten.contains(form)) {
        sorted.put(row.role() + "\t" + form, row);
      }
    });
    return List.copyOf(sorted.values());
  }

  /** "GOVERNMENT_SPOKES!PERSON!" → "government spokesman", "government spokeswoman", ... */
  static List<String> expand(String phrase, Map<String, List<String>> macros) {
    List<String> out = new ArrayList<>();
    Matcher m = MACRO_USE.matcher(phrase);
    if (!m.find()) {
      out.add(phrase.replace('_', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
      return out;
    }
    for (String value : macros.getOrDefault(m.group(), List.of())) {
      out.addAll(expand(phrase.substring(0, m.start()) + value + phrase.substring(m.end()), macros));
    }
    return out;
  }

  /** The regular plural of a phrase's last word (PETRARCH makes the same for entries without braces). */
  static String plural(String phrase) {
    if (phrase.isEmpty()) {
      return phrase;
    }
    if (phrase.endsWith("s") || phrase.endsWith("x") || phrase.endsWith("ch") || phrase.endsWith("sh")) {
      return phrase + "es";
    }
    if (phrase.length() > 1 && phrase.endsWith("y") && "aeiou".indexOf(phrase.charAt(phrase.length() - 2)) < 0) {
      return phrase.substring(0, phrase.length() - 1) + "ies";
    }
    return phrase + "s";
  }

  /** The hand-written nouns of a role-noun file ({@code pattern} column, split on {@code |}). */
  public static Set<String> handWrittenNouns(Path roleNouns) {
    List<String> problems = new ArrayList<>();
    Set<String> nouns = new HashSet<>();
    for (CsvTable.Row row : CsvTable.read(roleNouns, List.of("pattern", "role", "label"), problems)) {
      for (String p : row.fields()[0].split("\\|")) {
        nouns.add(p.strip().toLowerCase(Locale.ROOT));
      }
    }
    Args.check(problems.isEmpty(), "Bad role-noun file %s: %s", roleNouns, problems);
    return nouns;
  }

  /** Writes the rows with {@link #HEADER}, quoting fields where needed. */
  public static void write(List<Row> rows, Path out) throws IOException {
    StringBuilder csv = new StringBuilder(String.join(",", HEADER)).append('\n');
    for (Row r : rows) {
      csv.append(quote(r.pattern())).append(',').append(r.role()).append(',').append(quote(r.label())).append(',')
          .append(quote(r.provenance())).append('\n');
    }
    Files.writeString(out, csv, StandardCharsets.UTF_8);
  }

  private static String quote(String field) {
    return field.contains(",") || field.contains("\"") ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
  }

  /** {@code PhoenixAgentConverter Phoenix.agents.txt role_nouns.csv phoenix_role_nouns.csv}. */
  public static void main(String[] args) throws IOException {
    Args.check(args.length == 3, "usage: PhoenixAgentConverter <Phoenix.agents.txt> <role_nouns.csv> <output csv>, got %s args",
        args.length);
    Path source = Path.of(args[0]);
    List<Row> rows = convert(source.getFileName().toString(), Files.readAllLines(source, StandardCharsets.ISO_8859_1),
        handWrittenNouns(Path.of(args[1])));
    write(rows, Path.of(args[2]));
    Map<Role, Integer> counts = new TreeMap<>();
    rows.forEach(r -> counts.merge(r.role(), 1, Integer::sum));
    System.out.println("wrote " + rows.size() + " role nouns to " + args[2] + ": " + counts);
  }
}
