package io.framing.text;

import io.framing.Args;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * {@link Tokenizer} over OpenNLP's English UD tokenizer model, corrected for web text.
 *
 * <p>The model splits hashtags and handles ("#", "Azerbaijan") and leaves emoji and em dashes glued
 * to words ("great😀", "was—as"). After the model has run, these shapes are re-cut so that each of
 * the following is exactly one token: a URL, an e-mail address, a hashtag ({@code #Azerbaijan}), a
 * handle ({@code @KimKardashian}), one emoji cluster (a flag such as 🇦🇲, an emoji with skin tone,
 * a zero-width-joiner family), and a run of em/en dashes or an ellipsis. Everything else is the
 * model's tokenization; note that the English UD model keeps contractions whole ("don't",
 * "Trump's").
 *
 * <p>Thread-safe: the model is shared (by default the JVM-wide one from {@link OpenNlpModels});
 * each thread gets its own {@link TokenizerME}.
 */
public final class OpenNlpTokenizer implements Tokenizer {

  private final TokenizerModel model;
  private final ThreadLocal<TokenizerME> tokenizer;

  /** Uses the shared English model. */
  public OpenNlpTokenizer() {
    this(OpenNlpModels.tokenizerModel());
  }

  /** Uses {@code model}, which the caller promises to share rather than reload. */
  public OpenNlpTokenizer(TokenizerModel model) {
    this.model = Args.notNull(model, "model");
    this.tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(model));
  }

  /** The model this tokenizer uses. */
  public TokenizerModel model() {
    return model;
  }

  @Override
  public List<CharSpan> tokenize(String documentText, CharSpan sentence) {
    Args.notNull(documentText, "documentText");
    Args.notNull(sentence, "sentence");
    Args.check(sentence.end() <= documentText.length(),
        "sentence %s beyond text of length %s", sentence, documentText.length());
    String s = sentence.coveredText(documentText);
    int base = sentence.start();
    // The model was trained on ASCII quotes: shown curly ones it leaves "Armenia’s" and
    // "Azerbaijan”" whole. The mapping keeps every offset, so spans apply to the original.
    Span[] modelSpans = tokenizer.get().tokenizePos(asciiQuotes(s));
    List<CharSpan> atomic = TokenShapes.atomicSpans(s);

    List<CharSpan> out = new ArrayList<>(modelSpans.length + atomic.size());
    for (Span t : modelSpans) {
      addOutsideAtomic(s, t.getStart(), t.getEnd(), atomic, out);
    }
    out.addAll(atomic);
    out.sort(null);
    return toDocument(splitFinalPeriod(s, splitPossessives(s, joinSplitSurrogates(s, out), atomic)), base);
  }

  /**
   * "Armenia's" and "Armenia’s" become "Armenia" + "'s", and "forces'" becomes "forces" + "'",
   * as in the UD treebanks: the model keeps them whole, and actors are found on the stem.
   */
  private static List<CharSpan> splitPossessives(String s, List<CharSpan> tokens, List<CharSpan> atomic) {
    List<CharSpan> out = new ArrayList<>(tokens.size());
    for (CharSpan t : tokens) {
      int n = t.end() - t.start();
      if (n >= 3 && !atomic.contains(t)) {
        char last = s.charAt(t.end() - 1);
        char beforeLast = s.charAt(t.end() - 2);
        if ((last == 's' || last == 'S') && isApostrophe(beforeLast) && Character.isLetter(s.charAt(t.end() - 3))) {
          out.add(new CharSpan(t.start(), t.end() - 2));
          out.add(new CharSpan(t.end() - 2, t.end()));
          continue;
        }
        if (isApostrophe(last) && (beforeLast == 's' || beforeLast == 'S')) {
          out.add(new CharSpan(t.start(), t.end() - 1));
          out.add(new CharSpan(t.end() - 1, t.end()));
          continue;
        }
      }
      out.add(t);
    }
    return out;
  }

  /**
   * The model sometimes keeps a sentence's final period on a name ("Lavrov."), taking it for
   * an abbreviation. A final token of three or more letters with no other period is a word and
   * its period.
   */
  private static List<CharSpan> splitFinalPeriod(String s, List<CharSpan> tokens) {
    if (tokens.isEmpty()) {
      return tokens;
    }
    CharSpan last = tokens.get(tokens.size() - 1);
    String text = last.coveredText(s);
    if (text.length() >= 4 && text.endsWith(".") && text.indexOf('.') == text.length() - 1
        && Character.isLetter(text.charAt(text.length() - 2)) && Character.isLetter(text.charAt(text.length() - 3))) {
      List<CharSpan> out = new ArrayList<>(tokens.subList(0, tokens.size() - 1));
      out.add(new CharSpan(last.start(), last.end() - 1));
      out.add(new CharSpan(last.end() - 1, last.end()));
      return out;
    }
    return tokens;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }

  static String asciiQuotes(String s) {
    return s.replace('“', '"').replace('”', '"').replace('„', '"').replace('‘', '\'').replace('’', '\'');
  }

  /** Adds the parts of {@code [start, end)} not covered by any atomic span, split at spaces. */
  private static void addOutsideAtomic(
      String s, int start, int end, List<CharSpan> atomic, List<CharSpan> out) {
    int pos = start;
    for (CharSpan a : atomic) {
      if (a.end() <= pos) {
        continue;
      }
      if (a.start() >= end) {
        break;
      }
      addSpaceSeparated(s, pos, Math.min(a.start(), end), out);
      pos = Math.max(pos, a.end());
      if (pos >= end) {
        return;
      }
    }
    addSpaceSeparated(s, pos, end, out);
  }

  private static void addSpaceSeparated(String s, int start, int end, List<CharSpan> out) {
    int i = start;
    while (i < end) {
      while (i < end && OpenNlpSentenceSplitter.isSpace(s.charAt(i))) {
        i++;
      }
      int j = i;
      while (j < end && !OpenNlpSentenceSplitter.isSpace(s.charAt(j))) {
        j++;
      }
      if (j > i) {
        out.add(new CharSpan(i, j));
      }
      i = j;
    }
  }

  /** Never leave a boundary between the two halves of a surrogate pair. */
  private static List<CharSpan> joinSplitSurrogates(String s, List<CharSpan> tokens) {
    List<CharSpan> out = new ArrayList<>(tokens.size());
    for (CharSpan t : tokens) {
      if (!out.isEmpty()) {
        CharSpan prev = out.get(out.size() - 1);
        if (prev.end() == t.start()
            && Character.isHighSurrogate(s.charAt(t.start() - 1))
            && Character.isLowSurrogate(s.charAt(t.start()))) {
          out.set(out.size() - 1, new CharSpan(prev.start(), t.end()));
          continue;
        }
      }
      out.add(t);
    }
    return out;
  }

  private static List<CharSpan> toDocument(List<CharSpan> spans, int base) {
    if (base == 0) {
      return List.copyOf(spans);
    }
    List<CharSpan> out = new ArrayList<>(spans.size());
    for (CharSpan t : spans) {
      out.add(new CharSpan(base + t.start(), base + t.end()));
    }
    return List.copyOf(out);
  }
}
