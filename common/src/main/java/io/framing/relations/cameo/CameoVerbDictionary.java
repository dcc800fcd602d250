package io.framing.relations.cameo;

import io.framing.Args;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The verb section of a PETRARCH CAMEO verb dictionary ({@code CAMEO.2.0.txt} of
 * {@code openeventdata/petrarch2}), read as data: verb blocks ({@code ---  NAME   [code]  ---}),
 * their verbs ({@code WORD {IRREGULAR FORMS} [code]}) and their patterns
 * ({@code - * OBJECT (PREP NOUN) [code] # VERB}). The synonym sets before the first block are
 * not read: the conversion keeps only patterns without synonym sets, so it never needs them.
 * Immutable.
 */
public final class CameoVerbDictionary {

  /** A verb line: its words (lower case, {@code _} read as a space), listed forms and code. */
  public record Verb(String source, int line, String block, String raw, String words, boolean inflectedFirst,
      List<String> forms, Optional<String> code) {
    public Verb {
      Args.notBlank(words, "verb");
      forms = List.copyOf(forms);
    }
  }

  /**
   * A pattern line: the tokens before and after the verb marker {@code *} as written (upper
   * case, with their brackets and markers), its code and the verb named in its comment, under
   * which CAMEO's coders first wrote it.
   */
  public record PatternLine(String source, int line, String block, String raw, List<String> before,
      List<String> after, Optional<String> code, Optional<String> verb) {
    public PatternLine {
      before = List.copyOf(before);
      after = List.copyOf(after);
    }
  }

  private static final Pattern BLOCK = Pattern.compile("^---\\s+(\\S+)\\s+\\[([^\\]]*)\\]");
  private static final Pattern VERB = Pattern.compile(
      "^([A-Za-z+][^\\s{}\\[\\]]*)\\s*(?:\\{([^}]*)\\})?\\s*(?:\\[([^\\]]*)\\])?\\s*$");
  private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]\\s*$");

  private final List<Verb> verbs;
  private final List<PatternLine> patterns;

  private CameoVerbDictionary(List<Verb> verbs, List<PatternLine> patterns) {
    this.verbs = List.copyOf(verbs);
    this.patterns = List.copyOf(patterns);
  }

  public List<Verb> verbs() {
    return verbs;
  }

  public List<PatternLine> patterns() {
    return patterns;
  }

  /** Reads a dictionary file; its name goes into every entry for provenance. */
  public static CameoVerbDictionary read(Path file) {
    Args.notNull(file, "CAMEO verb dictionary");
    try {
      return parse(file.getFileName().toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the CAMEO verb dictionary " + file.toAbsolutePath(), e);
    }
  }

  /**
   * Parses the lines of a dictionary called {@code source}. A verb or pattern line outside a
   * block, or a line that is neither, is an error naming the source, line and text: the file is
   * data we convert once, so a format we do not understand must stop the conversion, not be
   * skipped silently.
   */
  public static CameoVerbDictionary parse(String source, List<String> lines) {
    Args.notBlank(source, "source name");
    List<Verb> verbs = new ArrayList<>();
    List<PatternLine> patterns = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    String block = null;
    Optional<String> blockCode = Optional.empty();
    for (int i = 0; i < lines.size(); i++) {
      int lineNo = i + 1;
      String full = lines.get(i);
      String comment = commentOf(full);
      String text = stripComment(full).strip();
      if (text.isEmpty()) {
        continue;
      }
      Matcher b = BLOCK.matcher(text);
      if (b.find()) {
        block = b.group(1);
        blockCode = code(b.group(2));
        continue;
      }
      if (block == null) {
        // The synonym sets (&NAME, +WORD) come before the first block and are not read.
        continue;
      }
      if (text.startsWith("~")) {
        // The closing TRANSFORMATIONS section rewrites coded events ("a (b . ATTACK) SAY"); it
        // lists no verbs, and the extractor's own rules do what it does.
        continue;
      }
      if (text.startsWith("-")) {
        Matcher c = CODE.matcher(text);
        boolean coded = c.find();
        String body = coded ? text.substring(1, c.start()) : text.substring(1);
        Optional<String> code = coded ? code(c.group(1)) : Optional.empty();
        // A marker glued to a word ("*SCEPTICAL", "SPY_*_DEAL") is read as its own token.
        List<String> tokens = List.of(body.replace("*", " * ").strip().split("\\s+"));
        int star = tokens.indexOf("*");
        if (star < 0) {
          problems.add(source + " line " + lineNo + ": pattern without the verb marker '*': '" + text + "'");
          continue;
        }
        patterns.add(new PatternLine(source, lineNo, block, text, tokens.subList(0, star),
            tokens.subList(star + 1, tokens.size()), code, firstWord(comment)));
        continue;
      }
      Matcher v = VERB.matcher(text);
      if (!v.matches()) {
        problems.add(source + " line " + lineNo + ": neither a block, a verb nor a pattern: '" + text + "'");
        continue;
      }
      String word = v.group(1);
      Optional<String> own = v.group(3) == null ? Optional.empty() : code(v.group(3));
      Set<String> forms = new LinkedHashSet<>();
      if (v.group(2) != null) {
        for (String f : v.group(2).split("[\\s,]+")) {
          if (!f.isBlank()) {
            forms.add(words(f));
          }
        }
      }
      // A verb without a code of its own takes its block's; "[---]" on the verb means none.
      Optional<String> effective = v.group(3) != null ? own : blockCode;
      verbs.add(new Verb(source, lineNo, block, text, words(word), word.startsWith("+"), List.copyOf(forms), effective));
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Bad CAMEO verb dictionary:\n  " + String.join("\n  ", problems));
    }
    return new CameoVerbDictionary(verbs, patterns);
  }

  /** "+ASK_FOR" → "ask for": {@code +} marks the inflected word, {@code _} joins words. */
  static String words(String token) {
    return token.replace("+", "").replace('_', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /**
   * The event code of a bracket: "020" → 020; "042:043" → 042 (PETRARCH's second code is for
   * the reverse direction, which the relation types do not use); "---", ":110" or "" → none.
   */
  static Optional<String> code(String bracket) {
    String first = bracket.strip();
    int colon = first.indexOf(':');
    if (colon >= 0) {
      first = first.substring(0, colon);
    }
    return first.matches("\\d{3,4}") ? Optional.of(first) : Optional.empty();
  }

  /** "#" starts a comment; so does ";" in a few verb lines kept from TABARI's older format. */
  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    String text = hash < 0 ? line : line.substring(0, hash);
    int semicolon = text.indexOf(';');
    return semicolon < 0 ? text : text.substring(0, semicolon);
  }

  private static String commentOf(String line) {
    int hash = line.indexOf('#');
    return hash < 0 ? "" : line.substring(hash + 1);
  }

  private static Optional<String> firstWord(String comment) {
    String w = comment.strip().split("\\s+")[0];
    return w.matches("[A-Z][A-Z_'-]*") ? Optional.of(w) : Optional.empty();
  }
}
