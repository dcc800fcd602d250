package io.framing.sentiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find the product's lexicons and the shared reference data. */
final class VaderTestData {

  private VaderTestData() {}

  private static VaderSentimentAnalyzer analyzer;

  static Path projectRoot() {
    String root = System.getProperty("framing.project.root");
    // Falls back to the module's parent so that the tests also run from an IDE.
    return (root != null ? Path.of(root) : Path.of("").toAbsolutePath().getParent()).normalize();
  }

  /** The product's runtime lexicons. */
  static Path lexiconDirectory() {
    return projectRoot().resolve("data/lexicons/vader");
  }

  static Path sharedVaderDirectory() {
    Path shared = projectRoot().resolve("../shared/vader").normalize();
    if (!Files.isDirectory(shared)) {
      throw new IllegalStateException("shared VADER reference data not found at " + shared);
    }
    return shared;
  }

  /**
   * One analyzer over the authors' unchanged lexicons, shared by the tests (it is thread-safe).
   * The tests hold the algorithm to the authors' scores with the authors' files, so that an
   * analyst's extension of the product's copies in {@code data/lexicons/vader} does not fail them.
   */
  static synchronized VaderSentimentAnalyzer analyzer() {
    if (analyzer == null) {
      try {
        analyzer = VaderSentimentAnalyzer.fromDirectory(sharedVaderDirectory());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return analyzer;
  }
}
