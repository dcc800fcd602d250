package io.framing.jobs.summarize;

import io.framing.actors.ActorDictionary;
import io.framing.actors.AuthorResolver;
import io.framing.frames.FrameTagger;
import io.framing.jobs.ExitCode;
import io.framing.jobs.FramingException;
import io.framing.sentiment.LevelSentiment;
import io.framing.sentiment.ConflictLexicon;
import io.framing.sentiment.SentimentAnalyzer;
import io.framing.sentiment.VaderSentimentAnalyzer;
import io.framing.stance.StanceRules;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The core's scorers for one data directory, loaded once per JVM (driver or executor) and shared
 * by every task: the adjusted sentiment (VADER with {@code lexicons/conflict/}), plain VADER
 * ({@code lexicons/vader/} alone, for the {@code vader_compound} columns), the frame cues ({@code frames/cues.csv}), the
 * stance cues ({@code stance/cues.csv}, {@code relations/sides.csv}) and the tweet-author
 * resolver ({@code actors/}). All immutable and thread-safe. Tasks carry only the directory's
 * path; the loading happens on first use in each JVM.
 */
public final class Summarizers {
  private static final ConcurrentHashMap<String, Summarizers> BY_DIR = new ConcurrentHashMap<>();

  private final LevelSentiment sentiment;
  private final SentimentAnalyzer plainVader;
  private final FrameTagger frames;
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
    this.frames = FrameTagger.fromDataDir(dataDir);
    this.stance = StanceRules.fromDataDir(dataDir);
    ActorDictionary dictionary = ActorDictionary.load(dataDir.resolve("actors"));
    this.dictionary = dictionary;
    this.sides = io.framing.relations.ConflictSides.load(dataDir.resolve("relations").resolve("sides.csv"));
    // The same author resolution as extract's (DocumentExtractor): display names read for institutions.
    this.authors = new AuthorResolver(dictionary,
        AuthorResolver.loadPlaces(dataDir.resolve("actors").resolve("places.csv"), dictionary),
        new io.framing.actors.MentionFinder(dictionary, new io.framing.text.OpenNlpTokenizer()));
  }

  /**
   * The scorers of a data directory, loaded on the first call in this JVM. {@code dataDirs} is
   * one directory or several joined with {@link java.io.File#pathSeparator} (see {@link
   * #candidates}): the first that exists here is used, so that a relative {@code data} works
   * both in an executor's working directory ({@code --archives data.zip#data}) and, through the
   * driver's absolute path, on executors that share the driver's disk.
   */
  public static Summarizers of(String dataDirs) {
    String chosen = null;
    for (String d : dataDirs.split(java.util.regex.Pattern.quote(java.io.File.pathSeparator))) {
      if (!d.isEmpty() && java.nio.file.Files.isDirectory(Path.of(d))) {
        chosen = d;
        break;
      }
    }
    if (chosen == null) {
      throw new FramingException(ExitCode.UNREADABLE_INPUT, "No data directory at " + dataDirs
          + " (give --data-dir, or ship it with --archives data.zip#data)");
    }
    return BY_DIR.computeIfAbsent(Path.of(chosen).toAbsolutePath().normalize().toString(),
        d -> new Summarizers(Path.of(d)));
  }

  /** {@code --data-dir} as given, then as the driver resolves it, for {@link #of}. */
  public static String candidates(String dataDir) {
    return dataDir + java.io.File.pathSeparator + Path.of(dataDir).toAbsolutePath().normalize();
  }

  public LevelSentiment sentiment() {
    return sentiment;
  }

  /** Plain VADER: the authors' lexicons, no conflict supplement (the {@code vader_compound} columns). */
  public SentimentAnalyzer plainVader() {
    return plainVader;
  }

  public FrameTagger frames() {
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
