package io.framing.frames;

import io.framing.text.FunctionWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The light tokenisation the frame tagger matches cues on: lower-cased words (hyphens and
 * apostrophes kept inside a word, so "counter-offensive" is one token and not "offensive"),
 * clause punctuation as tokens of its own, and hashtags split at their capitals
 * ("#StopAzerbaijaniAggression" reads as "stop azerbaijani aggression"). Stateless.
 */
public final class ClauseTokens {
  private static final Pattern HASHTAG = Pattern.compile("#(\\p{L}[\\p{L}\\p{N}_]*)");
  private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})");
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['\\-][\\p{L}\\p{N}]+)*|[.,;:!?()\"]");

  /** Tokens that end a clause: a negation before them does not reach a cue after them. */
  public static final Set<String> CLAUSE_BREAKS =
      FunctionWords.union(FunctionWords.CLAUSE_BREAKS, FunctionWords.MINOR_CLAUSE_BREAKS);

  private ClauseTokens() {}

  /** The tokens of {@code text}, lower-cased. */
  public static List<String> of(String text) {
    String t = text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u2010', '-')
        .replace('\u2011', '-').replace('\u201C', '"').replace('\u201D', '"');
    Matcher h = HASHTAG.matcher(t);
    StringBuilder sb = new StringBuilder();
    while (h.find()) {
      h.appendReplacement(sb, Matcher.quoteReplacement(" " + CAMEL.matcher(h.group(1)).replaceAll(" ") + " "));
    }
    h.appendTail(sb);
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(sb.toString().toLowerCase(Locale.ROOT));
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }
}
