package io.framing.text;

import io.framing.Args;

/**
 * The result of language identification.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code ISO 639-1 two-letter code such as {@code "en"} when the language has one, else the
 *     ISO 639-3 code (such as {@code "ceb"}); {@code "und"} when undetermined
 * @param iso6393 the ISO 639-3 code as reported by the model, such as {@code "eng"}; {@code "und"}
 *     when undetermined
 * @param confidence the model's score for this language, in {@code [0, 1]}. It is the model's
 *     probability spread over all of its languages, so even a clear sentence may score well below
 *     0.5; compare it across texts, or use {@link #reliable()}
 * @param reliable whether the text was long enough and the winner far enough ahead of the runner-up
 *     for the answer to be trusted (see the detector's documentation for the rule)
 */
public record DetectedLanguage(String code, String iso6393, double confidence, boolean reliable) {

  /** No letters to judge by. */
  public static final DetectedLanguage UNDETERMINED = new DetectedLanguage("und", "und", 0.0, false);

  public DetectedLanguage {
    Args.notBlank(code, "code");
    Args.notBlank(iso6393, "iso6393");
    Args.check(confidence >= 0.0 && confidence <= 1.0, "confidence out of [0,1]: %s", confidence);
  }

  /** True when this is {@link #UNDETERMINED}. */
  public boolean isUndetermined() {
    return "und".equals(code);
  }
}
