package io.framing.text;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP models of this layer, each loaded lazily and at most once per JVM, then shared.
 *
 * <p>The models are the English Universal Dependencies (EWT) models and the 103-language
 * language-detection model that Apache OpenNLP publishes on Maven Central; they are read from the
 * classpath roots of those jars. A model is loaded on first use, so a job that only detects
 * languages never pays for the part-of-speech model.
 *
 * <p>Thread-safe: each accessor may be called from any number of threads; concurrent first calls
 * load the model once (double-checked locking on a volatile field) and all callers get the same
 * instance. OpenNLP models are immutable, so the shared instance may be used by many threads at
 * once — but the {@code *ME} classes built over them may not; see the {@code OpenNlp*} components,
 * which keep one per thread. A failed load throws {@link UncheckedIOException} and is retried on
 * the next call.
 */
public final class OpenNlpModels {

  /** Classpath resource of the sentence-detection model. */
  public static final String SENTENCE_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  /** Classpath resource of the tokenizer model. */
  public static final String TOKENIZER_RESOURCE = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  /** Classpath resource of the part-of-speech model (UPOS tags). */
  public static final String POS_RESOURCE = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  /** Classpath resource of the lemmatizer model. */
  public static final String LEMMATIZER_RESOURCE = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
  /** Classpath resource of the language-detection model (ISO 639-3 codes). */
  public static final String LANGDETECT_RESOURCE = "/langdetect-183.bin";

  private static final Map<String, AtomicInteger> LOADS = new ConcurrentHashMap<>();

  private static final Lazy<SentenceModel> SENTENCE =
      new Lazy<>(SENTENCE_RESOURCE, SentenceModel::new);
  private static final Lazy<TokenizerModel> TOKENIZER =
      new Lazy<>(TOKENIZER_RESOURCE, in -> withAlphaNumericOptimization(new TokenizerModel(in)));
  private static final Lazy<POSModel> POS =
      new Lazy<>(POS_RESOURCE, in -> withGreedyDecoding(new POSModel(in)));
  private static final Lazy<LemmatizerModel> LEMMATIZER =
      new Lazy<>(LEMMATIZER_RESOURCE, LemmatizerModel::new);
  private static final Lazy<LanguageDetectorModel> LANGDETECT =
      new Lazy<>(LANGDETECT_RESOURCE, LanguageDetectorModel::new);

  private OpenNlpModels() {}

  /** The shared English sentence-detection model. */
  public static SentenceModel sentenceModel() {
    return SENTENCE.get();
  }

  /** The shared English tokenizer model. */
  public static TokenizerModel tokenizerModel() {
    return TOKENIZER.get();
  }

  /**
   * The model as shipped, but with OpenNLP's alphanumeric optimisation on: a token made only of
   * letters and digits is kept whole without asking the classifier about each character, which
   * is most of the tokenizer's cost. Such tokens are never split by the model anyway.
   */
  static TokenizerModel withAlphaNumericOptimization(TokenizerModel shipped) {
    if (shipped.useAlphaNumericOptimization()) {
      return shipped;
    }
    opennlp.tools.tokenize.TokenizerFactory f = shipped.getFactory();
    opennlp.tools.tokenize.TokenizerFactory optimised = new opennlp.tools.tokenize.TokenizerFactory(
        f.getLanguageCode(), f.getAbbreviationDictionary(), true, f.getAlphaNumericPattern());
    return new TokenizerModel(shipped.getMaxentModel(), java.util.Map.of(), optimised);
  }

  /** The beam size of the shared part-of-speech model; the shipped model asks for 3. */
  public static final int POS_BEAM_SIZE = 1;

  /**
   * The model as shipped, but decoded greedily (beam size {@value #POS_BEAM_SIZE}) rather than
   * with the manifest's beam of 3. The maxent model and its features are the same; the beam
   * only revisits a tag when a later token makes a second-best path win, which on the gold sets
   * changed no relation, and it costs one model evaluation per token per beam entry, the
   * largest single cost of extraction.
   */
  static POSModel withGreedyDecoding(POSModel shipped) {
    String beam = shipped.getManifestProperty("BeamSize");
    if (beam != null && Integer.parseInt(beam) == POS_BEAM_SIZE) {
      return shipped;
    }
    opennlp.tools.ml.model.MaxentModel maxent = shipped.getArtifact("pos.model");
    if (maxent == null) {
      throw new IllegalStateException("The part-of-speech model " + POS_RESOURCE
          + " has no maxent artifact 'pos.model' to decode greedily");
    }
    return new POSModel(shipped.getLanguage(), maxent, POS_BEAM_SIZE, Map.of(), shipped.getFactory());
  }

  /** The shared English part-of-speech model. */
  public static POSModel posModel() {
    return POS.get();
  }

  /** The shared English lemmatizer model. */
  public static LemmatizerModel lemmatizerModel() {
    return LEMMATIZER.get();
  }

  /** The shared language-detection model. */
  public static LanguageDetectorModel languageDetectorModel() {
    return LANGDETECT.get();
  }

  /** How many times the model at {@code resource} has been read in this JVM (0 or 1). */
  static int loadCount(String resource) {
    AtomicInteger n = LOADS.get(resource);
    return n == null ? 0 : n.get();
  }

  @FunctionalInterface
  private interface ModelReader<T> {
    T read(InputStream in) throws IOException;
  }

  /** A value computed once, on first demand; a failure is not cached. */
  private static final class Lazy<T> {
    private final String resource;
    private final ModelReader<T> reader;
    private volatile T value;

    Lazy(String resource, ModelReader<T> reader) {
      this.resource = resource;
      this.reader = reader;
    }

    T get() {
      T v = value;
      if (v == null) {
        synchronized (this) {
          v = value;
          if (v == null) {
            v = load();
            value = v;
          }
        }
      }
      return v;
    }

    private T load() {
      InputStream raw = OpenNlpModels.class.getResourceAsStream(resource);
      if (raw == null) {
        throw new UncheckedIOException(
            new IOException("OpenNLP model not on the classpath: " + resource));
      }
      try (InputStream in = new BufferedInputStream(raw)) {
        T model = reader.read(in);
        LOADS.computeIfAbsent(resource, r -> new AtomicInteger()).incrementAndGet();
        return model;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
      }
    }
  }
}
