package io.framing.jobs.summarize;

import io.framing.actors.ActorDictionary;
import io.framing.actors.AuthorResolver;
import io.framing.frames.FrameTagger;
import io.framing.jobs.ExitCode;
import io.framing.jobs.FramingException;
import io.framing.sentiment.LevelSentiment;
import io.framing.sentiment.ConflictLexicon;
import io.framing.stance.StanceRules;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The core's scorers for one data directory, loaded once per JVM (driver or executor) and shared
 * by every task: VADER ({@code lexicons/vader/}), the frame cues ({@code frames/cues.csv}), the
 * stance cues ({@code stance/cues.csv}, {@code relations/sides.csv}) and the tweet-author
 * resolver ({@code actors/}). All immutable and thread-safe. Tasks carry only the directory's
 * path; the loading happens on first use in each JVM.
 */
public final class Summarizers {
  private static final ConcurrentHashMap<String, Summarizers> BY_DIR = new ConcurrentHashMap<>();

  private final LevelSentiment sentiment;
  private final FrameTagger frames;
  private final StanceRules stance;
  private final AuthorResolver authors;
  private final ActorDictionary dictionary;

  private Summarizers(Path dataDir) {
    try {
      this.sentiment = new LevelSentiment(ConflictLexicon.analyzer(dataDir));
    } catch (IOException e) {
      throw new FramingException(ExitCode.STAGE_FAILED, "Cannot read the VADER lexicons under " + dataDir + ": " + e.getMessage(), e);
    }
    this.frames = FrameTagger.fromDataDir(dataDir);
    this.stance = StanceRules.fromDataDir(dataDir);
    ActorDictionary dictionary = ActorDictionary.load(dataDir.resolve("actors"));
    this.dictionary = dictionary;
    this.authors = new AuthorResolver(dictionary,
        AuthorResolver.loadPlaces(dataDir.resolve("actors").resolve("places.csv"), dictionary));
  }

  /** The scorers of {@code dataDir}, loaded on the first call in this JVM. */
  public static Summarizers of(String dataDir) {
    return BY_DIR.computeIfAbsent(Path.of(dataDir).toAbsolutePath().normalize().toString(),
        d -> new Summarizers(Path.of(d)));
  }

  public LevelSentiment sentiment() {
    return sentiment;
  }

  public FrameTagger frames() {
    return frames;
  }

  public StanceRules stance() {
    return stance;
  }

  public ActorDictionary dictionary() {
    return dictionary;
  }

  public AuthorResolver authors() {
    return authors;
  }
}
