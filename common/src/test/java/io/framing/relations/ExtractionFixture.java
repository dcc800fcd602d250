package io.framing.relations;

import io.framing.ingest.EmbeddedTweetFinder;
import io.framing.model.Corpus;
import io.framing.model.Document;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** One extractor per test JVM over the project's real data directory, and document builders. */
final class ExtractionFixture {
  private static DocumentExtractor extractor;

  private ExtractionFixture() {}

  static synchronized DocumentExtractor extractor() {
    if (extractor == null) {
      Path root = Path.of(System.getProperty("framing.project.root", "..")).toAbsolutePath().normalize();
      extractor = DocumentExtractor.load(root.resolve("data"));
    }
    return extractor;
  }

  static Document article(String text) {
    return Document.builder().corpus(Corpus.ARTICLE).nativeId("test-article").text(text).inputFile("test")
        .embeddedTweets(EmbeddedTweetFinder.find(text)).build();
  }

  static Document tweet(String handle, String name, String text) {
    return Document.builder().corpus(Corpus.TWEET).nativeId("1").author(handle).authorName(name).text(text)
        .inputFile("test").build();
  }

  /** "SRC/ROLE RELATION TGT" strings, e.g. "TUR/GOV CONDEMN ARM", sorted. */
  static List<String> keys(Document doc) {
    return extractor().extract(doc).relations().stream()
        .map(r -> r.source().country() + "/" + r.source().role() + " " + r.type() + " "
            + (r.target() == null ? "-" : r.target().country()))
        .sorted().distinct().collect(Collectors.toList());
  }

  static List<Relation> relations(Document doc) {
    return extractor().extract(doc).relations();
  }
}
