package io.framing.sentiment;

import io.framing.Args;
import io.framing.text.CharSpan;
import io.framing.text.OpenNlpSentenceSplitter;
import io.framing.text.SentenceSplitter;
import java.util.ArrayList;
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

  /** A tweet's document score: the compound of its whole text. */
  public double tweet(String text) {
    return analyzer.score(Args.notNull(text, "text")).compound();
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
    return tweet ? tweet(text) : article(sentences);
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
