package io.framing.sentiment;

import io.framing.Args;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * VADER's two lexicons: the valence of each word, emoticon and slang token, and the English
 * description of each emoji. Immutable once loaded, so one instance can be shared by every
 * thread.
 *
 * <p>The files are runtime data (the product ships the authors' files in {@code
 * data/lexicons/vader/}), so analysts can extend them without recompiling. Their format is the
 * authors': one entry a line, fields separated by TAB; the valence file's first two fields are the
 * token and its mean valence (further fields, the authors' rating statistics, are ignored), the
 * emoji file's are the emoji and its description. Blank lines are skipped; whitespace around a
 * line or a field is ignored; a later entry for the same token replaces an earlier one, as in the
 * authors' code (their valence file repeats 14 tokens, such as "lol", so its 7,520 lines hold
 * 7,506 tokens).
 */
public final class VaderLexicon {

  /** Name of the valence file in a lexicon directory, as the authors name it. */
  public static final String VALENCE_FILE_NAME = "vader_lexicon.txt";

  /** Name of the emoji description file in a lexicon directory, as the authors name it. */
  public static final String EMOJI_FILE_NAME = "emoji_utf8_lexicon.txt";

  private static final char FIELD_SEPARATOR = '\t';
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final Map<String, Double> valenceByToken;
  private final Map<String, String> descriptionByEmoji;

  /**
   * The reference implementation replaces emoji one code point at a time, so only
   * single-code-point emoji are ever replaced; indexing them by code point keeps that lookup
   * cheap.
   */
  private final Map<Integer, String> descriptionBySingleCodePointEmoji;

  private VaderLexicon(Map<String, Double> valenceByToken, Map<String, String> descriptionByEmoji) {
    this.valenceByToken = Map.copyOf(valenceByToken);
    this.descriptionByEmoji = Map.copyOf(descriptionByEmoji);
    Map<Integer, String> byCodePoint = new HashMap<>();
    descriptionByEmoji.forEach(
        (emoji, description) -> {
          if (emoji.codePointCount(0, emoji.length()) == 1) {
            byCodePoint.put(emoji.codePointAt(0), description);
          }
        });
    this.descriptionBySingleCodePointEmoji = Map.copyOf(byCodePoint);
  }

  /**
   * Loads {@value #VALENCE_FILE_NAME} and {@value #EMOJI_FILE_NAME} from {@code directory}, for
   * example {@code data/lexicons/vader}.
   *
   * @throws LexiconFormatException naming the file and line of the first malformed line
   * @throws IOException when a file is missing, unreadable or not UTF-8
   */
  public static VaderLexicon load(Path directory) throws IOException {
    Args.notNull(directory, "lexicon directory");
    return load(directory.resolve(VALENCE_FILE_NAME), directory.resolve(EMOJI_FILE_NAME));
  }

  /** Loads a valence file and an emoji file given by their paths; see {@link #load(Path)}. */
  public static VaderLexicon load(Path valenceFile, Path emojiFile) throws IOException {
    Args.notNull(valenceFile, "valence file");
    Args.notNull(emojiFile, "emoji file");
    try (InputStream valences = Files.newInputStream(valenceFile);
        InputStream emojis = Files.newInputStream(emojiFile)) {
      return read(valences, valenceFile.toString(), emojis, emojiFile.toString());
    }
  }

  /**
   * Reads the two lexicons from UTF-8 streams, which the caller closes.
   *
   * @param valenceSource name of the valence stream's origin, used in error messages
   * @param emojiSource name of the emoji stream's origin, used in error messages
   * @throws LexiconFormatException naming the source and line of the first malformed line
   */
  public static VaderLexicon read(
      InputStream valences, String valenceSource, InputStream emojis, String emojiSource)
      throws IOException {
    Args.notNull(valences, "valence stream");
    Args.notNull(emojis, "emoji stream");
    Map<String, Double> valenceByToken = new HashMap<>();
    forEachEntry(
        valences,
        valenceSource,
        (token, valenceField, lineNumber, line) -> {
          double valence = parseValence(valenceField, valenceSource, lineNumber, line);
          valenceByToken.put(token, valence);
        });
    Map<String, String> descriptionByEmoji = new HashMap<>();
    forEachEntry(
        emojis,
        emojiSource,
        (emoji, description, lineNumber, line) -> {
          if (PythonStrings.stripWhitespace(description).isEmpty()) {
            throw new LexiconFormatException(
                emojiSource, lineNumber, "the emoji has an empty description", line);
          }
          descriptionByEmoji.put(emoji, description);
        });
    return new VaderLexicon(valenceByToken, descriptionByEmoji);
  }

  /** Whether {@code token} has a valence; tokens are matched exactly (the analyzer lower-cases). */
  public boolean contains(String token) {
    return valenceByToken.containsKey(token);
  }

  /** The valence of {@code token}, on the authors' -4..+4 scale, if it has one. */
  public OptionalDouble valence(String token) {
    Double valence = valenceByToken.get(token);
    return valence == null ? OptionalDouble.empty() : OptionalDouble.of(valence);
  }

  /** The English description of {@code emoji}, if it has one. */
  public Optional<String> emojiDescription(String emoji) {
    return Optional.ofNullable(descriptionByEmoji.get(emoji));
  }

  /** The number of tokens with a valence. */
  public int valenceCount() {
    return valenceByToken.size();
  }

  /** The number of emoji with a description. */
  public int emojiCount() {
    return descriptionByEmoji.size();
  }

  /** The valence of a token known to be present; for the analyzer's inner loop. */
  double valenceOf(String token) {
    Double valence = valenceByToken.get(token);
    if (valence == null) {
      throw new IllegalArgumentException("no valence for '" + token + "'");
    }
    return valence;
  }

  /** The description of a single-code-point emoji, or null when it is not one. */
  String descriptionOfEmoji(int codePoint) {
    return descriptionBySingleCodePointEmoji.get(codePoint);
  }

  @Override
  public String toString() {
    return "VaderLexicon[" + valenceCount() + " tokens, " + emojiCount() + " emoji]";
  }

  @FunctionalInterface
  private interface EntryConsumer {
    void accept(String key, String value, int lineNumber, String line) throws IOException;
  }

  /** Calls {@code consumer} with the first two TAB-separated fields of each non-blank line. */
  private static void forEachEntry(InputStream in, String source, EntryConsumer consumer)
      throws IOException {
    // A strict decoder, so that a file saved in another encoding fails loudly instead of
    // silently turning its non-ASCII tokens into replacement characters.
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    int lineNumber = 0;
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder))) {
      String line;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK) {
          line = line.substring(1); // editors on Windows may add one; it is not part of a token
        }
        String entry = PythonStrings.stripWhitespace(line);
        if (entry.isEmpty()) {
          continue;
        }
        int separator = entry.indexOf(FIELD_SEPARATOR);
        if (separator < 0) {
          throw new LexiconFormatException(
              source, lineNumber, "expected at least two TAB-separated fields", line);
        }
        int nextSeparator = entry.indexOf(FIELD_SEPARATOR, separator + 1);
        // Whitespace around a field is a typing slip, never part of a token (the authors' files
        // have none), so an analyst's "ceasefire <TAB> 2.0" means "ceasefire".
        String key = PythonStrings.stripWhitespace(entry.substring(0, separator));
        String value =
            PythonStrings.stripWhitespace(
                entry.substring(separator + 1, nextSeparator < 0 ? entry.length() : nextSeparator));
        if (key.isEmpty()) {
          throw new LexiconFormatException(source, lineNumber, "the first field is empty", line);
        }
        consumer.accept(key, value, lineNumber, line);
      }
    } catch (CharacterCodingException e) {
      throw new IOException(
          source + ", after line " + lineNumber + ": not valid UTF-8 (" + e + ")", e);
    }
  }

  private static double parseValence(String field, String source, int lineNumber, String line)
      throws LexiconFormatException {
    double valence;
    try {
      valence = Double.parseDouble(field.strip());
    } catch (NumberFormatException e) {
      throw new LexiconFormatException(
          source, lineNumber, "the valence '" + field + "' is not a number", line);
    }
    if (!Double.isFinite(valence)) {
      throw new LexiconFormatException(
          source, lineNumber, "the valence '" + field + "' is not a finite number", line);
    }
    return valence;
  }
}
