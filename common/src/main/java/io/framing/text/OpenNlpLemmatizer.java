package io.framing.text;

import io.framing.Args;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;

/**
 * {@link Lemmatizer} over OpenNLP's English UD lemmatizer model.
 *
 * <p>Expensive: about ten times the cost of part-of-speech tagging, so {@link TextAnalyzer} runs
 * it only when asked. The model lower-cases everything; this class gives proper nouns
 * ({@code PROPN}) their surface case back ("Smith", not "smith"), and leaves hashtags, handles,
 * emoji, URLs and e-mail addresses as they are. A contraction gets a compound lemma such as
 * "do+not", matching its compound tag. Sentences longer than 100 tokens are lemmatized in windows.
 *
 * <p>Thread-safe: the model is shared (by default the JVM-wide one from {@link OpenNlpModels});
 * each thread gets its own {@link LemmatizerME}.
 */
public final class OpenNlpLemmatizer implements Lemmatizer {

  private final LemmatizerModel model;
  private final ThreadLocal<LemmatizerME> lemmatizer;

  /** Uses the shared English model. */
  public OpenNlpLemmatizer() {
    this(OpenNlpModels.lemmatizerModel());
  }

  /** Uses {@code model}, which the caller promises to share rather than reload. */
  public OpenNlpLemmatizer(LemmatizerModel model) {
    this.model = Args.notNull(model, "model");
    this.lemmatizer = ThreadLocal.withInitial(() -> new LemmatizerME(model));
  }

  /** The model this lemmatizer uses. */
  public LemmatizerModel model() {
    return model;
  }

  @Override
  public List<String> lemmatize(List<String> tokens, List<String> tags) {
    Args.notNull(tokens, "tokens");
    Args.notNull(tags, "tags");
    Args.check(tokens.size() == tags.size(),
        "%s tokens but %s tags", tokens.size(), tags.size());
    if (tokens.isEmpty()) {
      return List.of();
    }
    String[] view = new String[tokens.size()];
    for (int i = 0; i < view.length; i++) {
      view[i] = TokenShapes.modelView(tokens.get(i));
    }
    String[] tagArray = tags.toArray(new String[0]);
    LemmatizerME me = lemmatizer.get();
    String[] lemmas = new String[view.length];
    int[] w = Chunks.windows(view);
    for (int k = 0; k + 1 < w.length; k++) {
      String[] part = me.lemmatize(
          Arrays.copyOfRange(view, w[k], w[k + 1]), Arrays.copyOfRange(tagArray, w[k], w[k + 1]));
      System.arraycopy(part, 0, lemmas, w[k], part.length);
    }
    for (int i = 0; i < lemmas.length; i++) {
      lemmas[i] = fix(tokens.get(i), tagArray[i], lemmas[i]);
    }
    return List.of(lemmas);
  }

  private static String fix(String token, String tag, String lemma) {
    if (lemma == null || lemma.isEmpty()
        || TokenShapes.isHashtagOrHandle(token)
        || TokenShapes.isEmoji(token)
        || TokenShapes.isUrlOrEmail(token)) {
      return token;
    }
    if ("PROPN".equals(tag) && lemma.equalsIgnoreCase(token)) {
      return token;
    }
    return lemma;
  }
}
