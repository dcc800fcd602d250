package io.framing.sentiment;

import io.framing.Args;
import io.framing.relations.RelationType;
import io.framing.text.CharSpan;
import io.framing.text.OpenNlpSentenceSplitter;
import io.framing.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Sentiment at the three levels of the coding guidelines (section 3) and formats.md:
 * <ul>
 *   <li><b>sentence</b>: the analyzer's scores of each sentence, split as {@code TextAnalyzer}
 *       splits them (so indices match the relations' {@code sentence_idx});
 *   <li><b>document</b>: for a tweet, the compound of its whole text (VADER was built for short
 *       social texts, and a tweet's parts modify each other); for an article, the mean of its
 *       sentences' compounds (a long text's compound saturates toward +/-1); 0 for a text
 *       without sentences;
 *   <li><b>relation</b>: the compound of its evidence clause.
 * </ul>
 * A sentence or tweet is not scored against the sign of the acts it carries ({@link ActSigns}).
 * Thread-safe when its analyzer is (VADER is).
 */
public final class LevelSentiment {
  private final SentimentAnalyzer analyzer;
  private final SentenceSplitter splitter;

  public LevelSentiment(SentimentAnalyzer analyzer, SentenceSplitter splitter) {
    this.analyzer = Args.notNull(analyzer, "analyzer");
    this.splitter = Args.notNull(splitter, "splitter");
  }

  /** With the English sentence splitter that {@code TextAnalyzer.english()} uses. */
  public LevelSentiment(SentimentAnalyzer analyzer) {
    this(analyzer, new OpenNlpSentenceSplitter());
  }

  /** The scores of every sentence of {@code text}, in order. */
  public List<SentenceSentiment> sentences(String text) {
    Args.notNull(text, "text");
    List<SentenceSentiment> out = new ArrayList<>();
    for (CharSpan span : splitter.split(text)) {
      String s = span.coveredText(text);
      out.add(new SentenceSentiment(out.size(), span.start(), span.end(), s, analyzer.score(s)));
    }
    return out;
  }

  /**
   * A tweet's document score: the compound of its whole text. VADER reads no feeling into
   * national flags (its emoji lexicon is looked up one code point at a time, and a flag is two);
   * in war-time social media a tweet of flags alone is a show of support, so when the words are
   * neutral each flag (up to three) counts as a mildly positive token, normalised as VADER
   * normalises sums ({@code x / sqrt(x^2 + 15)}).
   */
  public double tweet(String text) {
    double compound = analyzer.score(Args.notNull(text, "text")).compound();
    if (Math.abs(compound) >= 0.05) {
      return compound;
    }
    int flags = Math.min(3, countFlags(text));
    return flags == 0 ? compound : flags / Math.sqrt(flags * flags + 15.0);
  }

  /** National flags: pairs of regional indicator symbols. */
  static int countFlags(String text) {
    int indicators = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (cp >= 0x1F1E6 && cp <= 0x1F1FF) {
        indicators++;
      }
      i += Character.charCount(cp);
    }
    return indicators / 2;
  }

  /** An article's document score: the mean compound of its sentences, 0 when it has none. */
  public static double article(List<SentenceSentiment> sentences) {
    if (sentences.isEmpty()) {
      return 0.0;
    }
    double sum = 0;
    for (SentenceSentiment s : sentences) {
      sum += s.scores().compound();
    }
    return sum / sentences.size();
  }

  /** The document score of {@code text}, by corpus ({@code tweet} or anything else: article). */
  public double document(boolean tweet, String text, List<SentenceSentiment> sentences) {
    return document(tweet, text, sentences, List.of());
  }

  /**
   * The document score given the relation types the text carries: a tweet's compound bounded by
   * the sign of all its acts ({@link ActSigns}); an article's mean over {@code sentences}, which
   * the caller has bounded one by one with their own acts.
   */
  public double document(boolean tweet, String text, List<SentenceSentiment> sentences,
      Collection<RelationType> acts) {
    return tweet ? ActSigns.bound(tweet(text), acts) : article(sentences);
  }

  /** A relation's score: the compound of its evidence clause. */
  public double relation(String evidence) {
    return analyzer.score(Args.notNull(evidence, "evidence")).compound();
  }

  /** The polarity label of a compound: positive at 0.05 or more, negative at -0.05 or less. */
  public static String polarity(double compound) {
    return compound >= 0.05 ? "positive" : compound <= -0.05 ? "negative" : "neutral";
  }
}
