package io.framing.relations;

import io.framing.Args;
import io.framing.CsvTable;
import io.framing.actors.Actor;
import io.framing.actors.ActorDictionary;
import io.framing.actors.AuthorResolver;
import io.framing.actors.CoreferenceResolver;
import io.framing.actors.MentionFinder;
import io.framing.actors.Role;
import io.framing.model.Corpus;
import io.framing.model.Document;
import io.framing.model.EmbeddedTweet;
import io.framing.sentiment.VaderLexicon;
import io.framing.text.OpenNlpTokenizer;
import io.framing.text.TextAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The extraction stage's entry point in the core: documents in, mentions and relations out.
 * Built once from the data directory (dictionaries and cue files that analysts extend), then
 * shared: immutable and thread-safe. Loading takes a second or two, so a Spark executor should
 * build one per JVM, never one per row.
 */
public final class DocumentExtractor {
  private final ActorDictionary dictionary;
  private final AuthorResolver authors;
  private final RelationExtractor relations;

  private DocumentExtractor(ActorDictionary dictionary, AuthorResolver authors, RelationExtractor relations) {
    this.dictionary = dictionary;
    this.authors = authors;
    this.relations = relations;
  }

  /**
   * Loads {@code dataDir/actors/} and {@code dataDir/relations/}; errors name the bad file and
   * line.
   */
  public static DocumentExtractor load(Path dataDir) {
    Args.notNull(dataDir, "data directory");
    Args.check(Files.isDirectory(dataDir.resolve("actors")) && Files.isDirectory(dataDir.resolve("relations")),
        "data directory %s must hold actors/ and relations/", dataDir.toAbsolutePath());
    ActorDictionary dictionary = ActorDictionary.load(dataDir.resolve("actors"));
    Map<String, String> places = AuthorResolver.loadPlaces(dataDir.resolve("actors/places.csv"), dictionary);
    ConflictSides sides = ConflictSides.load(dataDir.resolve("relations/sides.csv")).withPlaces(places);
    List<Actor> sideActors = new ArrayList<>();
    for (String c : sides.countries()) {
      sideActors.add(dictionary.country(c).orElseThrow(
          () -> new IllegalArgumentException("sides.csv names unknown country " + c)).government());
    }
    CoreferenceResolver coreference = new CoreferenceResolver(dictionary,
        CoreferenceResolver.loadReferences(dataDir.resolve("actors/references.csv")), sideActors);
    MentionFinder finder = new MentionFinder(dictionary, new OpenNlpTokenizer());
    AuthorResolver authors = new AuthorResolver(dictionary, places, finder);
    Actor international = dictionary.actor("international community")
        .orElse(new Actor("international community", "INT", Role.IGO));
    RelationExtractor relations = new RelationExtractor(TextAnalyzer.english(), finder, coreference,
        CueDictionary.loadDirectory(dataDir.resolve("relations")),
        speechVerbs(dataDir.resolve("relations/speech_verbs.csv")), sides, international, labels(dataDir));
    return new DocumentExtractor(dictionary, authors, relations);
  }

  /**
   * {@code relations/labels.csv}, with the VADER authors' lexicon of {@code lexicons/vader/} when
   * the data directory has it (its strongly negative words are hostile labels).
   */
  private static EvaluativeLabels labels(Path dataDir) {
    Path vaderDir = dataDir.resolve("lexicons/vader");
    VaderLexicon vader = null;
    if (Files.isRegularFile(vaderDir.resolve(VaderLexicon.VALENCE_FILE_NAME))) {
      try {
        vader = VaderLexicon.load(vaderDir);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the VADER lexicon in " + vaderDir + ": " + e.getMessage(), e);
      }
    }
    return EvaluativeLabels.load(dataDir.resolve("relations/labels.csv"), vader);
  }

  private static Set<String> speechVerbs(Path file) {
    List<String> problems = new ArrayList<>();
    Set<String> forms = new HashSet<>();
    for (CsvTable.Row row : CsvTable.read(file, List.of("verb", "forms"), problems)) {
      forms.addAll(Inflections.ofVerb(row.fields()[0].strip().toLowerCase()));
      for (String f : row.fields()[1].split("\\|")) {
        if (!f.isBlank()) {
          forms.add(f.strip().toLowerCase());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Bad speech verbs file:\n  " + String.join("\n  ", problems));
    }
    return forms;
  }


  /** The actor behind a tweet's account, or null (articles, unknown accounts). */
  public Actor authorOf(Document doc) {
    if (doc.corpus() != Corpus.TWEET) {
      return null;
    }
    return authors.resolve(doc.author(), doc.authorName(), doc.text()).orElse(null);
  }

  /**
   * Mentions and relations of a document. A retweet has mentions but no relations of its own:
   * the speech act is the original author's, coded on the original.
   */
  public RelationExtractor.Result extract(Document doc) {
    Actor author = authorOf(doc);
    List<RelationExtractor.SpokenSpan> embedded = new ArrayList<>();
    for (EmbeddedTweet t : doc.embeddedTweets()) {
      Actor speaker = dictionary.actor("@" + t.handle())
          .or(() -> t.name() == null ? java.util.Optional.empty() : dictionary.actor(t.name()))
          .orElse(null);
      if (speaker != null) {
        embedded.add(new RelationExtractor.SpokenSpan(t.textStart(), t.textEnd(), speaker));
      }
    }
    return relations.extract(doc.text(), author, embedded, doc.retweetOf() == null, doc.corpus() == Corpus.ARTICLE);
  }
}
