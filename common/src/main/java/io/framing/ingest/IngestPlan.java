package io.framing.ingest;

import io.framing.Args;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which listed input files a run parses and which it skips because the output already holds
 * them: a file is {@code already_ingested} when a stamp with its path, size and modification
 * time is recorded (see {@link InputFileStamp}); any other file (new, or changed since) is
 * parsed. With {@code reingest} every file is parsed, as a run over an empty output would.
 * Both lists keep the order of the listing, so a plan is deterministic.
 *
 * @param toParse files to read this run
 * @param alreadyIngested files skipped: their records are published already
 */
public record IngestPlan(List<InputFileStamp> toParse, List<InputFileStamp> alreadyIngested) {
  /** The outcome the run report gives a skipped file. */
  public static final String ALREADY_INGESTED = "already_ingested";

  public IngestPlan {
    toParse = List.copyOf(Args.notNull(toParse, "toParse"));
    alreadyIngested = List.copyOf(Args.notNull(alreadyIngested, "alreadyIngested"));
  }

  /**
   * @param listed the input files of this run, as listed
   * @param recorded the stamps the output recorded for the files it ingested (empty for a new output)
   * @param reingest parse every listed file, whatever is recorded
   */
  public static IngestPlan of(List<InputFileStamp> listed, Collection<InputFileStamp> recorded, boolean reingest) {
    Args.notNull(listed, "listed");
    Args.notNull(recorded, "recorded");
    Set<InputFileStamp> known = reingest ? Set.of() : new HashSet<>(recorded);
    Set<String> seen = new HashSet<>();
    List<InputFileStamp> parse = new ArrayList<>();
    List<InputFileStamp> skip = new ArrayList<>();
    for (InputFileStamp file : listed) {
      Args.check(seen.add(file.path()), "input file %s is listed twice", file.path());
      (known.contains(file) ? skip : parse).add(file);
    }
    return new IngestPlan(parse, skip);
  }

  /** Whether nothing is left to parse: every listed file was ingested before. */
  public boolean nothingNew() {
    return toParse.isEmpty();
  }
}
