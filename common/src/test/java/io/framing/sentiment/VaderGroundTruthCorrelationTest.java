package io.framing.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Holds the analyzer to the VADER paper's evaluation: the Pearson correlation of the compound
 * score with the mean human rating of each text, which the authors' implementation reaches at
 * r = 0.872 on the paper's tweets and r = 0.503 on its New York Times editorial snippets.
 */
class VaderGroundTruthCorrelationTest {

  private static final double ALLOWED_DEVIATION = 0.01;

  @Test
  void tweetsCorrelateWithHumanRatingsAsInThePaper() throws IOException {
    double r = correlationWithHumanMeans("icwsm2014/tweets_GroundTruth.txt");
    assertEquals(0.872, r, ALLOWED_DEVIATION, "Pearson r on the paper's tweets");
  }

  @Test
  void editorialSnippetsCorrelateWithHumanRatingsAsInThePaper() throws IOException {
    double r = correlationWithHumanMeans("icwsm2014/nytEditorialSnippets_GroundTruth.txt");
    assertEquals(0.503, r, ALLOWED_DEVIATION, "Pearson r on the paper's NYT editorial snippets");
  }

  @Test
  void pearsonOfAPerfectLinearRelationIsOne() {
    assertEquals(1.0, pearson(new double[] {1, 2, 3, 4}, new double[] {3, 5, 7, 9}), 1e-12);
    assertEquals(-1.0, pearson(new double[] {1, 2, 3, 4}, new double[] {8, 6, 4, 2}), 1e-12);
  }

  /** Reads "id TAB mean human rating TAB text" lines and correlates the rating with compound. */
  private static double correlationWithHumanMeans(String file) throws IOException {
    Path path = VaderTestData.sharedVaderDirectory().resolve(file);
    List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
    lines.removeIf(String::isBlank);
    double[] human = new double[lines.size()];
    double[] vader = new double[lines.size()];
    VaderSentimentAnalyzer analyzer = VaderTestData.analyzer();
    for (int i = 0; i < lines.size(); i++) {
      String[] fields = lines.get(i).split("\t", 3);
      human[i] = Double.parseDouble(fields[1]);
      vader[i] = analyzer.score(fields[2]).compound();
    }
    double r = pearson(human, vader);
    System.out.printf(
        Locale.ROOT, "VADER Pearson r on %s (%d texts): %.4f%n", file, lines.size(), r);
    return r;
  }

  private static double pearson(double[] x, double[] y) {
    int n = x.length;
    double meanX = 0;
    double meanY = 0;
    for (int i = 0; i < n; i++) {
      meanX += x[i] / n;
      meanY += y[i] / n;
    }
    double covariance = 0;
    double varianceX = 0;
    double varianceY = 0;
    for (int i = 0; i < n; i++) {
      double dx = x[i] - meanX;
      double dy = y[i] - meanY;
      covariance += dx * dy;
      varianceX += dx * dx;
      varianceY += dy * dy;
    }
    return covariance / Math.sqrt(varianceX * varianceY);
  }
}
