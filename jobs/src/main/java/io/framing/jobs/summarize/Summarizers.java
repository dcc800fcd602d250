package io.framing.jobs.summarize;

import io.framing.actors.ActorDictionary;
import io.framing.actors.AuthorResolver;
import io.framing.frames.FrameTagger;
import io.framing.frames.RelationFrames;
import io.framing.jobs.ExitCode;
import io.framing.jobs.FramingException;
import io.framing.jobs.io.BundleHolder;
import io.framing.jobs.io.DataBundle;
import io.framing.sentiment.LevelSentiment;
import io.framing.sentiment.ConflictLexicon;
import io.framing.sentiment.SentimentAnalyzer;
import io.framing.sentiment.VaderSentimentAnalyzer;
import io.framing.stance.StanceRules;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The core's scorers for one data directory, loaded once per JVM (driver or executor) and shared
 * by every task: the adjusted sentiment (VADER with {@code lexicons/conflict/}), plain VADER
 * ({@code lexicons/vader/} alone, for the {@code vader_compound} columns), the frames of a relation ({@code frames/cues.csv}, the WordNet cues {@code frames/wordnet_frames.txt} names, {@code relations/sides.csv}), the
 * stance cues ({@code stance/cues.csv}, {@code relations/sides.csv}) and the tweet-author
 * resolver ({@code actors/}). All immutable and thread-safe. Tasks carry the broadcast {@link
 * DataBundle}; the loading happens on first use in each JVM, from the bundle's files (executors
 * never read {@code --data-dir}).
 */
public final class Summarizers {
  private final LevelSentiment sentiment;
  private final SentimentAnalyzer plainVader;
  private final RelationFrames frames;
  private final StanceRules stance;
  private final AuthorResolver authors;
  private final ActorDictionary dictionary;
  private final io.framing.relations.ConflictSides sides;

  private Summarizers(Path dataDir) {
    try {
      this.sentiment = new LevelSentiment(ConflictLexicon.analyzer(dataDir));
      this.plainVader = VaderSentimentAnalyzer.fromDirectory(dataDir.resolve("lexicons").resolve("vader"));
    } catch (IOException e) {
      throw new FramingException(ExitCode.STAGE_FAILED, "Cannot read the VADER lexicons under " + dataDir + ": " + e.getMessage(), e);
    }
    this.stance = StanceRules.fromDataDir(dataDir);
    ActorDictionary dictionary = ActorDictionary.load(dataDir.resolve("actors"));
    this.dictionary = dictionary;
    this.sides = io.framing.relations.ConflictSides.load(dataDir.resolve("relations").resolve("sides.csv"));
    this.frames = new RelationFrames(FrameTagger.fromDataDir(dataDir), sides);
    // The same author resolution as extract's (DocumentExtractor): display names read for institutions.
    this.authors = new AuthorResolver(dictionary,
        AuthorResolver.loadPlaces(dataDir.resolve("actors").resolve("places.csv"), dictionary),
        new io.framing.actors.MentionFinder(dictionary, new io.framing.text.OpenNlpTokenizer()));
  }

  /**
   * The scorers of the broadcast data bundle, loaded on the first call in this JVM ({@link
   * BundleHolder}, which also holds extract's extractor of the same bundle).
   */
  public static Summarizers of(DataBundle bundle) {
    return BundleHolder.get(bundle, Summarizers.class, Summarizers::new);
  }

  public LevelSentiment sentiment() {
    return sentiment;
  }

  /** Plain VADER: the authors' lexicons, no conflict supplement (the {@code vader_compound} columns). */
  public SentimentAnalyzer plainVader() {
    return plainVader;
  }

  public RelationFrames frames() {
    return frames;
  }

  public StanceRules stance() {
    return stance;
  }

  public io.framing.relations.ConflictSides sides() {
    return sides;
  }

  public ActorDictionary dictionary() {
    return dictionary;
  }

  public AuthorResolver authors() {
    return authors;
  }
}
