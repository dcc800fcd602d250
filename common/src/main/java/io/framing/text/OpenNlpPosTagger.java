package io.framing.text;

import io.framing.Args;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/**
 * {@link PartOfSpeechTagger} over OpenNLP's English UD part-of-speech model: UPOS tags.
 *
 * <p>On top of the model: hashtags and handles are tagged as the word behind the '#' or '@'
 * ({@code #Azerbaijan} as "Azerbaijan"), curly quotes as ASCII ones; emoji are tagged {@code SYM}
 * and URLs and e-mail addresses {@code X}, as the UD guidelines ask (the model calls a flag
 * {@code NUM} and a smiley {@code PUNCT}). Sentences longer than 100 tokens are tagged in windows,
 * keeping the cost linear. Contractions get compound tags such as {@code AUX+PART}.
 *
 * <p>Thread-safe: the model is shared (by default the JVM-wide one from {@link OpenNlpModels});
 * each thread gets its own {@link POSTaggerME}.
 */
public final class OpenNlpPosTagger implements PartOfSpeechTagger {

  private final POSModel model;
  private final ThreadLocal<POSTaggerME> tagger;

  /** Uses the shared English model. */
  public OpenNlpPosTagger() {
    this(OpenNlpModels.posModel());
  }

  /** Uses {@code model}, a UD model, which the caller promises to share rather than reload. */
  public OpenNlpPosTagger(POSModel model) {
    this.model = Args.notNull(model, "model");
    this.tagger = ThreadLocal.withInitial(() -> new POSTaggerME(model, POSTagFormat.UD));
  }

  /** The model this tagger uses. */
  public POSModel model() {
    return model;
  }

  @Override
  public List<String> tag(List<String> tokens) {
    Args.notNull(tokens, "tokens");
    if (tokens.isEmpty()) {
      return List.of();
    }
    String[] view = new String[tokens.size()];
    for (int i = 0; i < view.length; i++) {
      view[i] = TokenShapes.modelView(tokens.get(i));
    }
    POSTaggerME me = tagger.get();
    String[] tags = new String[view.length];
    int[] w = Chunks.windows(view);
    for (int k = 0; k + 1 < w.length; k++) {
      String[] part = me.tag(Arrays.copyOfRange(view, w[k], w[k + 1]));
      System.arraycopy(part, 0, tags, w[k], part.length);
    }
    for (int i = 0; i < tags.length; i++) {
      String token = tokens.get(i);
      if (TokenShapes.isEmoji(token)) {
        tags[i] = "SYM";
      } else if (TokenShapes.isUrlOrEmail(token)) {
        tags[i] = "X";
      }
    }
    return List.of(tags);
  }
}
