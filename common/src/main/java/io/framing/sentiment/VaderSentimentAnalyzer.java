package io.framing.sentiment;

import io.framing.Args;
import java.io.IOException;
import java.nio.file.Path;

/**
 * VADER, the rule-based sentiment method of Hutto and Gilbert (2014, "VADER: A Parsimonious
 * Rule-based Model for Sentiment Analysis of Social Media Text", ICWSM-14), reproducing the
 * scores of the authors' implementation, vaderSentiment 3.3.x.
 *
 * <p>A text is scored in four steps: emoji are replaced by their descriptions ({@link
 * EmojiTranscriber}); the text is split into tokens ({@link VaderTokens}); each token gets a
 * valence from the lexicon, adjusted for the words around it: boosters and dampeners, negation,
 * "no", "least", capitals, idioms, "but" ({@link VaderWordValences}); and the valences are summed,
 * emphasised by "!" and "?", and normalised ({@link VaderScoreAggregator}).
 *
 * <p>Thread-safe: immutable after construction, so one instance serves every thread.
 */
public final class VaderSentimentAnalyzer implements SentimentAnalyzer {

  private final VaderLexicon lexicon;
  private final VaderWordValences wordValences;

  public VaderSentimentAnalyzer(VaderLexicon lexicon) {
    this.lexicon = Args.notNull(lexicon, "lexicon");
    this.wordValences = new VaderWordValences(lexicon);
  }

  /**
   * An analyzer with the lexicons in {@code lexiconDirectory}, for example {@code
   * data/lexicons/vader}; see {@link VaderLexicon#load(Path)}.
   */
  public static VaderSentimentAnalyzer fromDirectory(Path lexiconDirectory) throws IOException {
    return new VaderSentimentAnalyzer(VaderLexicon.load(lexiconDirectory));
  }

  /** The lexicons this analyzer scores with. */
  public VaderLexicon lexicon() {
    return lexicon;
  }

  /**
   * Returns the VADER scores of {@code text}, rounded as the authors report them: the compound to
   * four decimals, the shares to three.
   */
  @Override
  public SentimentScores score(String text) {
    Args.notNull(text, "text");
    String transcribed = EmojiTranscriber.transcribe(text, lexicon);
    VaderTokens tokens = VaderTokens.of(transcribed);
    double[] valences = wordValences.valences(tokens);
    return VaderScoreAggregator.aggregate(valences, transcribed);
  }

  @Override
  public String toString() {
    return "VaderSentimentAnalyzer[" + lexicon + "]";
  }
}
