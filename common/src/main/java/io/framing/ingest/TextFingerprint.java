package io.framing.ingest;

import io.framing.model.DocIds;
import java.text.Normalizer;
import java.util.Locale;

/**
 * A fingerprint of an article's wording that ignores case, punctuation, quotes and spacing, so
 * that an outlet re-running another's wire copy is recognised. Texts too short to be telling
 * (a headline-only item) get no fingerprint. Thread-safe.
 */
public final class TextFingerprint {
  private TextFingerprint() {}

  /** Normalised texts shorter than this are not fingerprinted. */
  public static final int MIN_CHARS = 200;

  /** The fingerprint of {@code text}, or null when it is too short to tell. */
  public static String of(String text) {
    if (text == null) {
      return null;
    }
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(folded.length());
    boolean space = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (space && sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(c);
        space = false;
      } else {
        space = true;
      }
    }
    return sb.length() < MIN_CHARS ? null : DocIds.sha256Hex(sb.toString(), 32);
  }
}
