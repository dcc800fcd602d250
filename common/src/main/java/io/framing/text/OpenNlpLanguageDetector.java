package io.framing.text;

import io.framing.Args;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * {@link LanguageDetector} over OpenNLP's 103-language character n-gram model.
 *
 * <p>Before the model sees the text, URLs, e-mail addresses, handles, the '#' of hashtags, digits
 * and emoji are removed (they are no language's), and only the first {@value #DEFAULT_MAX_CHARS}
 * chars are kept (the cost is linear in length; the answer stabilises long before).
 *
 * <p>Codes: the model answers in ISO 639-3 ("eng"); {@link DetectedLanguage#code()} is the ISO
 * 639-1 code from {@link Locale} ("en"), and for the five individual languages the model knows
 * that belong to a macrolanguage with a 639-1 code, that code (cmn→zh, pes→fa, lvs→lv, ekk→et,
 * plt→mg); otherwise the 639-3 code itself (ceb, war, min, nds, nan, gsw, ast, pnb).
 *
 * <p>Short text: the model is unreliable below a sentence. It still returns its best guess, but
 * {@link DetectedLanguage#reliable()} is true only when the cleaned text has at least {@value
 * #MIN_RELIABLE_LETTERS} letters and the winner's score is at least {@value #MIN_RELIABLE_RATIO}
 * times the runner-up's. Measured on this model: "Hello" → war, "Merci beaucoup" → war, "Danke
 * schön" → vol, "Спасибо" → che (all unreliable); whole sentences in English, French, German and
 * Russian are detected correctly with a ratio of 1.7 to 3.8. Text with no letter at all yields
 * {@link DetectedLanguage#UNDETERMINED}.
 *
 * <p>Thread-safe: the model is shared (by default the JVM-wide one from {@link OpenNlpModels});
 * each thread gets its own {@link LanguageDetectorME}.
 */
public final class OpenNlpLanguageDetector implements LanguageDetector {

  /** Chars of cleaned text handed to the model. */
  public static final int DEFAULT_MAX_CHARS = 2000;
  /** Fewer letters than this and the answer is never called reliable. */
  public static final int MIN_RELIABLE_LETTERS = 20;
  /** Winner-to-runner-up score ratio required for a reliable answer. */
  public static final double MIN_RELIABLE_RATIO = 1.2;

  private static final Pattern NOISE = Pattern.compile(
      TokenShapes.URL.pattern() + "|" + TokenShapes.EMAIL.pattern() + "|"
          + TokenShapes.HANDLE.pattern() + "|[#\\p{N}_]+");
  private static final Map<String, String> ISO3_TO_ISO1 = buildIsoMap();

  private final LanguageDetectorModel model;
  private final ThreadLocal<LanguageDetectorME> detector;

  /** Uses the shared language-detection model. */
  public OpenNlpLanguageDetector() {
    this(OpenNlpModels.languageDetectorModel());
  }

  /** Uses {@code model}, which the caller promises to share rather than reload. */
  public OpenNlpLanguageDetector(LanguageDetectorModel model) {
    this.model = Args.notNull(model, "model");
    this.detector = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
  }

  /** The model this detector uses. */
  public LanguageDetectorModel model() {
    return model;
  }

  @Override
  public DetectedLanguage detect(CharSequence text) {
    Args.notNull(text, "text");
    String clean = clean(text);
    int letters = countLetters(clean);
    if (letters == 0) {
      return DetectedLanguage.UNDETERMINED;
    }
    Language[] ranked = detector.get().predictLanguages(clean);
    Language best = ranked[0];
    double runnerUp = ranked.length > 1 ? ranked[1].getConfidence() : 0.0;
    boolean reliable = letters >= MIN_RELIABLE_LETTERS
        && best.getConfidence() >= MIN_RELIABLE_RATIO * runnerUp;
    double confidence = Math.max(0.0, Math.min(1.0, best.getConfidence()));
    return new DetectedLanguage(toIso1(best.getLang()), best.getLang(), confidence, reliable);
  }

  /**
   * The ISO 639-1 code for an ISO 639-3 (or 639-2/T) code, when one exists; else {@code iso3}.
   */
  public static String toIso1(String iso3) {
    Args.notBlank(iso3, "iso3");
    return ISO3_TO_ISO1.getOrDefault(iso3.toLowerCase(Locale.ROOT), iso3);
  }

  private static String clean(CharSequence text) {
    CharSequence head = text.length() > 4 * DEFAULT_MAX_CHARS
        ? text.subSequence(0, 4 * DEFAULT_MAX_CHARS) : text;
    String noNoise = NOISE.matcher(head).replaceAll(" ");
    StringBuilder b = new StringBuilder(Math.min(noNoise.length(), DEFAULT_MAX_CHARS));
    boolean space = true;
    for (int i = 0; i < noNoise.length() && b.length() < DEFAULT_MAX_CHARS; ) {
      int cp = noNoise.codePointAt(i);
      i += Character.charCount(cp);
      boolean drop = TokenShapes.isEmojiBase(cp) || TokenShapes.isRegionalIndicator(cp)
          || Character.getType(cp) == Character.OTHER_SYMBOL
          || Character.getType(cp) == Character.FORMAT;
      if (drop || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        if (!space) {
          b.append(' ');
          space = true;
        }
      } else {
        b.appendCodePoint(cp);
        space = false;
      }
    }
    return b.toString().strip();
  }

  private static int countLetters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  private static Map<String, String> buildIsoMap() {
    Map<String, String> map = new HashMap<>();
    for (String iso1 : Locale.getISOLanguages()) {
      Locale locale = new Locale(iso1);
      try {
        map.putIfAbsent(locale.getISO3Language(), locale.getLanguage());
      } catch (java.util.MissingResourceException e) {
        // no three-letter code known to the JDK: nothing to map
      }
    }
    // Individual languages the model reports, inside a macrolanguage that has a 639-1 code.
    map.put("cmn", "zh");
    map.put("pes", "fa");
    map.put("lvs", "lv");
    map.put("ekk", "et");
    map.put("plt", "mg");
    return Map.copyOf(map);
  }
}
