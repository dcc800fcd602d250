package io.framing.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Normalises language codes to ISO 639-1 ("en") where one exists. Inputs say "en", "EN",
 * "en-GB", "eng" or "und"; the {@code lang} column says "en" for all of the English ones.
 */
public final class Languages {
  private Languages() {}

  private static final Map<String, String> ISO3_TO_ISO1 = new HashMap<>();

  static {
    for (String iso1 : Locale.getISOLanguages()) {
      try {
        ISO3_TO_ISO1.put(new Locale(iso1).getISO3Language(), iso1);
      } catch (java.util.MissingResourceException ignored) {
        // no three-letter code known for this language
      }
    }
  }

  /** The 639-1 code for {@code code}, the lower-cased code when it has none, or null for empty/undetermined. */
  public static String normalize(String code) {
    if (code == null) {
      return null;
    }
    String c = code.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    int dash = c.indexOf('-');
    if (dash > 0) {
      c = c.substring(0, dash);
    }
    if (c.isEmpty() || c.equals("und") || c.equals("zxx") || c.equals("qme") || c.equals("qht")) {
      return null;
    }
    if (c.length() == 3) {
      return ISO3_TO_ISO1.getOrDefault(c, c);
    }
    return c;
  }
}
