package io.framing.text;

import io.framing.Args;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * {@link SentenceSplitter} over OpenNLP's English UD sentence model.
 *
 * <p>The text is first cut into blocks at line breaks (see {@link LineBreaks}); the model then
 * splits each block. So a paragraph break always ends a sentence, whatever the model thinks, and
 * the model's abbreviation handling ("Mr.", "U.S.") applies within a block. Spans are trimmed of
 * whitespace, and any non-whitespace text the model leaves out becomes a sentence of its own, so
 * the sentences always cover the whole text.
 *
 * <p>Thread-safe: the model is shared (by default the JVM-wide one from {@link OpenNlpModels});
 * each thread gets its own {@link SentenceDetectorME}.
 */
public final class OpenNlpSentenceSplitter implements SentenceSplitter {

  /** Which line breaks are hard sentence boundaries. */
  public enum LineBreaks {
    /**
     * Every line break ends a sentence. Right for headlines, social posts, subtitles, lists and
     * most scraped text. The default.
     */
    EVERY_LINE(Pattern.compile("\\R")),
    /**
     * Only a blank line (two line breaks, possibly with spaces between) or U+2029 ends a sentence;
     * a single line break is left to the model. Right for hard-wrapped prose such as e-mail.
     */
    BLANK_LINE(Pattern.compile("\\R\\h*\\R|\\u2029"));

    private final Pattern boundary;

    LineBreaks(Pattern boundary) {
      this.boundary = boundary;
    }
  }

  private final SentenceModel model;
  private final LineBreaks lineBreaks;
  private final ThreadLocal<SentenceDetectorME> detector;

  /** Uses the shared English model; every line break ends a sentence. */
  public OpenNlpSentenceSplitter() {
    this(OpenNlpModels.sentenceModel(), LineBreaks.EVERY_LINE);
  }

  /** Uses the shared English model with the given line-break policy. */
  public OpenNlpSentenceSplitter(LineBreaks lineBreaks) {
    this(OpenNlpModels.sentenceModel(), lineBreaks);
  }

  /** Uses {@code model}, which the caller promises to share rather than reload. */
  public OpenNlpSentenceSplitter(SentenceModel model, LineBreaks lineBreaks) {
    this.model = Args.notNull(model, "model");
    this.lineBreaks = Args.notNull(lineBreaks, "lineBreaks");
    this.detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(model));
  }

  /** The model this splitter uses. */
  public SentenceModel model() {
    return model;
  }

  @Override
  public List<CharSpan> split(String text) {
    Args.notNull(text, "text");
    List<CharSpan> out = new ArrayList<>();
    Matcher m = lineBreaks.boundary.matcher(text);
    int blockStart = 0;
    while (m.find()) {
      splitBlock(text, blockStart, m.start(), out);
      blockStart = m.end();
    }
    splitBlock(text, blockStart, text.length(), out);
    return List.copyOf(out);
  }

  private void splitBlock(String text, int from, int to, List<CharSpan> out) {
    int start = skipWhitespace(text, from, to);
    int end = trimEnd(text, start, to);
    if (start >= end) {
      return;
    }
    String block = text.substring(start, end);
    Span[] spans = detector.get().sentPosDetect(block);
    int firstOfBlock = out.size();
    int covered = start; // everything before this offset has been assigned
    for (Span span : spans) {
      int s = Math.max(start + span.getStart(), covered);
      int e = Math.min(start + span.getEnd(), end);
      addGap(text, covered, s, out);
      addTrimmed(text, s, e, out);
      covered = Math.max(covered, e);
    }
    addGap(text, covered, end, out);
    mergeQuotedQuestions(text, out, firstOfBlock);
  }

  /**
   * The model ends a sentence after a quoted question or exclamation even when the reporting
   * clause follows in lower case: “Why now?” | she asked. Such pairs are joined again.
   */
  private static void mergeQuotedQuestions(String text, List<CharSpan> out, int from) {
    for (int i = Math.max(from, 1); i < out.size(); i++) {
      CharSpan prev = out.get(i - 1);
      CharSpan next = out.get(i);
      if (i - 1 >= from
          && endsWithQuotedQuestion(text, prev)
          && Character.isLowerCase(text.codePointAt(next.start()))) {
        out.set(i - 1, new CharSpan(prev.start(), next.end()));
        out.remove(i);
        i--;
      }
    }
  }

  private static boolean endsWithQuotedQuestion(String text, CharSpan s) {
    int i = s.end() - 1;
    int quotes = 0;
    while (i > s.start() && CLOSING_QUOTES.indexOf(text.charAt(i)) >= 0) {
      i--;
      quotes++;
    }
    return quotes > 0 && (text.charAt(i) == '?' || text.charAt(i) == '!');
  }

  private static final String CLOSING_QUOTES = "”’\"'»";

  /** Text the model skipped between {@code from} and {@code to} becomes its own sentence. */
  private static void addGap(String text, int from, int to, List<CharSpan> out) {
    addTrimmed(text, from, to, out);
  }

  private static void addTrimmed(String text, int from, int to, List<CharSpan> out) {
    int s = skipWhitespace(text, from, to);
    int e = trimEnd(text, s, to);
    if (s < e) {
      out.add(new CharSpan(s, e));
    }
  }

  private static int skipWhitespace(String text, int from, int to) {
    int i = from;
    while (i < to && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trimEnd(String text, int from, int to) {
    int i = to;
    while (i > from && isSpace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /** Whitespace including the no-break and other Unicode spaces. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
  }
}
