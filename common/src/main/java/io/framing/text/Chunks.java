package io.framing.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an over-long token sequence into windows for OpenNLP's sequence models.
 *
 * <p>OpenNLP's beam search copies the outcome history at every step, so tagging one sentence
 * costs time quadratic in its length: a 5,000-token "sentence" (a scraped list, a run of
 * hashtags) takes seconds. The tagger and lemmatizer look only a few tokens either side, so
 * windows of {@value #MAX_WINDOW} tokens, cut after punctuation where possible, give the same tags
 * for all ordinary sentences and near-identical ones for monsters, in linear time. Stateless.
 */
final class Chunks {

  /** Longest window handed to a beam search. Ordinary sentences (&lt; 100 tokens) are one window. */
  static final int MAX_WINDOW = 100;

  private Chunks() {}

  /** Returns window boundaries {@code [0, c1, c2, ..., n]}; just {@code [0, n]} when short. */
  static int[] windows(String[] tokens) {
    int n = tokens.length;
    if (n <= MAX_WINDOW) {
      return new int[] {0, n};
    }
    List<Integer> cuts = new ArrayList<>();
    cuts.add(0);
    int start = 0;
    while (n - start > MAX_WINDOW) {
      int cut = start + MAX_WINDOW;
      for (int i = start + MAX_WINDOW - 1; i >= start + MAX_WINDOW / 2; i--) {
        if (isBreakPunctuation(tokens[i])) {
          cut = i + 1;
          break;
        }
      }
      cuts.add(cut);
      start = cut;
    }
    cuts.add(n);
    return cuts.stream().mapToInt(Integer::intValue).toArray();
  }

  private static boolean isBreakPunctuation(String t) {
    return t.length() == 1 && ",;:.!?)-".indexOf(t.charAt(0)) >= 0
        || "—".equals(t) || "–".equals(t) || "…".equals(t);
  }
}
