package io.framing.jobs.ingest;

import io.framing.model.Document;
import io.framing.text.DetectedLanguage;
import io.framing.text.LanguageDetector;
import io.framing.text.OpenNlpLanguageDetector;
import java.io.Serializable;

/**
 * Fills {@code lang} where the input lacks it, with OpenNLP's language-detection model. The
 * detector (and its 10 MB model) is created once per executor JVM and shared by its tasks; it
 * is thread-safe. A guess the detector itself calls unreliable (short or mixed text) is recorded
 * as {@code und} rather than as a confident wrong language.
 */
public class LanguageFiller implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final String UNDETERMINED = "und";

  private static volatile LanguageDetector shared;

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
    if (doc.lang() != null) {
      return new Filled(doc.lang(), false);
    }
    DetectedLanguage guess = detector().detect(doc.title() == null ? doc.text() : doc.title() + "\n" + doc.text());
    return new Filled(guess.reliable() ? guess.code() : UNDETERMINED, true);
  }

  protected LanguageDetector detector() {
    LanguageDetector d = shared;
    if (d == null) {
      synchronized (LanguageFiller.class) {
        d = shared;
        if (d == null) {
          d = new OpenNlpLanguageDetector();
          shared = d;
        }
      }
    }
    return d;
  }
}
