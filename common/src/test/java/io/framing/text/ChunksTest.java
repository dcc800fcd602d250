package io.framing.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ChunksTest {

  @Test
  void shortSequencesAreOneWindow() {
    assertArrayEquals(new int[] {0, 0}, Chunks.windows(new String[0]));
    assertArrayEquals(new int[] {0, 100}, Chunks.windows(filled(100, "w")));
  }

  @Test
  void longSequencesAreCoveredByBoundedWindowsCutAfterPunctuation() {
    String[] tokens = filled(1234, "w");
    for (int i = 7; i < tokens.length; i += 17) {
      tokens[i] = ",";
    }
    int[] w = Chunks.windows(tokens);
    assertEquals(0, w[0]);
    assertEquals(tokens.length, w[w.length - 1]);
    for (int k = 0; k + 1 < w.length; k++) {
      int size = w[k + 1] - w[k];
      assertTrue(size > 0 && size <= Chunks.MAX_WINDOW, Arrays.toString(w));
      if (k + 2 < w.length) {
        assertEquals(",", tokens[w[k + 1] - 1], "cut not after punctuation: " + Arrays.toString(w));
      }
    }
  }

  private static String[] filled(int n, String value) {
    String[] a = new String[n];
    Arrays.fill(a, value);
    return a;
  }
}
