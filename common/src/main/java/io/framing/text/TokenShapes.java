package io.framing.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Token shapes the statistical tokenizer gets wrong and that must come out as exactly one token:
 * URLs, e-mail addresses, hashtags, {@code @handles}, emoji (including flags, skin tones and
 * zero-width-joiner sequences) and runs of dashes. Stateless; thread-safe.
 */
final class TokenShapes {

  private static final String TRAILING_PUNCT = "[^\\s.,;:!?)\\]}'\"“”‘’»]";

  static final Pattern URL =
      Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S*" + TRAILING_PUNCT);
  static final Pattern EMAIL =
      Pattern.compile("(?<![\\w.+-])[\\w.+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");
  /** A hashtag: '#' not glued to a preceding word ("C#", "a#b"), then letters, digits, '_'. */
  static final Pattern HASHTAG =
      Pattern.compile("(?<![\\p{L}\\p{N}_&#@])#[\\p{L}\\p{M}\\p{N}_]*[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}_]*");
  /** A handle: '@' not glued to a preceding word (that would be an e-mail), then word chars. */
  static final Pattern HANDLE = Pattern.compile("(?<![\\p{L}\\p{N}_@#.])@[\\p{L}\\p{M}\\p{N}_]+");
  /** Em dash, en dash, horizontal bar and ellipsis: always tokens of their own. */
  static final Pattern DASHES = Pattern.compile("[\\u2013\\u2014\\u2015]+|\\u2026");

  private static final int ZWJ = 0x200D;

  private TokenShapes() {}

  /**
   * Returns the spans, relative to {@code s}, that must each be exactly one token: sorted and
   * non-overlapping. URLs and e-mail addresses win over hashtags, handles and emoji inside them.
   */
  static List<CharSpan> atomicSpans(String s) {
    List<CharSpan> out = new ArrayList<>();
    if (hasCandidateChar(s)) {
      addMatches(out, URL, s);
      addMatches(out, EMAIL, s);
      addMatches(out, HASHTAG, s);
      addMatches(out, HANDLE, s);
    }
    addMatches(out, DASHES, s);
    addEmoji(out, s);
    out.sort(null);
    return out;
  }

  private static boolean hasCandidateChar(String s) {
    return s.indexOf('#') >= 0
        || s.indexOf('@') >= 0
        || s.indexOf("://") >= 0
        || s.indexOf("www.") >= 0
        || s.indexOf("WWW.") >= 0;
  }

  private static void addMatches(List<CharSpan> out, Pattern p, String s) {
    Matcher m = p.matcher(s);
    while (m.find()) {
      addIfFree(out, new CharSpan(m.start(), m.end()));
    }
  }

  private static void addIfFree(List<CharSpan> out, CharSpan span) {
    for (CharSpan taken : out) {
      if (taken.overlaps(span)) {
        return;
      }
    }
    out.add(span);
  }

  private static void addEmoji(List<CharSpan> out, String s) {
    int i = 0;
    int n = s.length();
    while (i < n) {
      int cp = s.codePointAt(i);
      int end = emojiClusterEnd(s, i, cp);
      if (end > i) {
        addIfFree(out, new CharSpan(i, end));
        i = end;
      } else {
        i += Character.charCount(cp);
      }
    }
  }

  /** If an emoji cluster starts at {@code i}, returns its end; else returns {@code i}. */
  private static int emojiClusterEnd(String s, int i, int cp) {
    int n = s.length();
    if (isRegionalIndicator(cp)) {
      int j = i + Character.charCount(cp);
      if (j < n && isRegionalIndicator(s.codePointAt(j))) {
        j += 2;
      }
      return j; // a flag is a pair of regional indicators; a lone one stands alone
    }
    if (!isEmojiBase(cp)) {
      return i;
    }
    int j = i + Character.charCount(cp);
    while (j < n) {
      int next = s.codePointAt(j);
      if (isEmojiModifier(next)) {
        j += Character.charCount(next);
      } else if (next == ZWJ && j + 1 < n && isEmojiBase(s.codePointAt(j + 1))) {
        j += 1;
        j += Character.charCount(s.codePointAt(j));
      } else {
        break;
      }
    }
    return j;
  }

  static boolean isRegionalIndicator(int cp) {
    return cp >= 0x1F1E6 && cp <= 0x1F1FF;
  }

  /** Pictographic code points: emoji blocks, misc symbols and dingbats, a few technical ones. */
  static boolean isEmojiBase(int cp) {
    return (cp >= 0x1F000 && cp <= 0x1FAFF && !isSkinTone(cp) && !isRegionalIndicator(cp))
        || (cp >= 0x2600 && cp <= 0x27BF)
        || (cp >= 0x2B00 && cp <= 0x2BFF)
        || (cp >= 0x231A && cp <= 0x23FF);
  }

  private static boolean isSkinTone(int cp) {
    return cp >= 0x1F3FB && cp <= 0x1F3FF;
  }

  /** Code points that extend the preceding emoji: variation selectors, skin tones, keycap, tags. */
  private static boolean isEmojiModifier(int cp) {
    return cp == 0xFE0F || cp == 0xFE0E || cp == 0x20E3 || isSkinTone(cp)
        || (cp >= 0xE0020 && cp <= 0xE007F);
  }

  /** True when {@code token} consists of emoji clusters only (e.g. "😀", "🇦🇲", "👍🏽"). */
  static boolean isEmoji(String token) {
    if (token.isEmpty()) {
      return false;
    }
    int i = 0;
    while (i < token.length()) {
      int end = emojiClusterEnd(token, i, token.codePointAt(i));
      if (end == i) {
        return false;
      }
      i = end;
    }
    return true;
  }

  static boolean isUrlOrEmail(String token) {
    return URL.matcher(token).matches() || EMAIL.matcher(token).matches();
  }

  static boolean isHashtagOrHandle(String token) {
    return token.length() > 1
        && (token.charAt(0) == '#' || token.charAt(0) == '@')
        && (HASHTAG.matcher(token).matches() || HANDLE.matcher(token).matches());
  }

  /**
   * The form of a token shown to the statistical models: curly quotes and apostrophes become
   * ASCII (the training data is mostly ASCII), and a hashtag or handle loses its '#' or '@' so the
   * word behind it is tagged as a word. The surface text is never changed.
   */
  static String modelView(String token) {
    if (isHashtagOrHandle(token)) {
      return token.substring(1);
    }
    if (token.length() == 1) {
      switch (token.charAt(0)) {
        case '“', '”', '„', '«', '»' -> {
          return "\"";
        }
        case '‘', '’' -> {
          return "'";
        }
        default -> {
          return token;
        }
      }
    }
    return token.indexOf('’') >= 0 ? token.replace('’', '\'') : token;
  }
}
