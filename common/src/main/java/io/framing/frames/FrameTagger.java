package io.framing.frames;

import io.framing.Args;
import io.framing.CsvTable;
import io.framing.text.FunctionWords;
import io.framing.relations.RelationType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Tags a relation's evidence clause with the frames its cue words evoke (coding guidelines,
 * section 4): multi-label, from the cues of {@code data/frames/cues.csv} (header {@code
 * frame,cue,kind}, see {@link FrameCue}).
 *
 * <p>Decisions, in the project's own words:
 * <ul>
 *   <li><b>Negation.</b> A cue with a negator ("not", "no", "never", "without", "nor", "n't" ...)
 *       at most {@value #NEGATION_WINDOW} tokens before it, in the same clause (no comma, stop,
 *       "but", "and", "which" ... in between), does not count: "the army did not target
 *       civilians" is not CIVILIAN_HARM, "no fire has been opened" is not AGGRESSION. A denial
 *       still frames through its other words ("false", "lies": DISINFORMATION).
 *   <li><b>Narrator-reported attacks.</b> An {@link RelationType#ATTACK} gives no frame: the
 *       attacker is not framing anything (the extractor codes a claimed attack as ACCUSE, so an
 *       ATTACK is always the narrator's fact).
 *   <li><b>Denials.</b> A {@link RelationType#REJECT} frames only as DISINFORMATION: the claim it
 *       denies ("denied that Pakistani troops were fighting") is the other side's, not the
 *       denier's framing, just as the relation rules code no claim nested in a denial. The
 *       denial verbs themselves ("denied", "rejected") are no cue: denying is not calling a lie.
 *   <li><b>Broken agreements.</b> A DE_ESCALATION cue right after a word that breaks an agreement
 *       ("violated the truce", "breaking the ceasefire") does not count: the breach is
 *       foregrounded, not the wish to stop fighting.
 *   <li><b>Office names.</b> "foreign" is a cue only with what is foreign ("foreign fighters",
 *       "foreign interference"); alone it was mostly "Foreign Minister".
 *   <li>Cues are general vocabulary of each frame, not a list fitted to any annotated set.
 * </ul>
 *
 * <p>Loaded once, immutable and thread-safe.
 */
public final class FrameTagger {
  public static final List<String> HEADER = List.of("frame", "cue", "kind");
  /** The generated file's header: a cue, then where it came from. */
  public static final List<String> GENERATED_HEADER = List.of("frame", "cue", "kind", "concept", "provenance");
  public static final String HAND_FILE = "cues.csv";
  public static final String GENERATED_FILE = "wordnet_cues.csv";
  /** How many tokens before a cue a negator reaches. */
  public static final int NEGATION_WINDOW = 3;

  private static final Set<String> NEGATORS = FunctionWords.union(FunctionWords.NEGATIONS, FunctionWords.NEGATIVE_WORDS);

  private final List<FrameCue> cues;

  public FrameTagger(List<FrameCue> cues) {
    Args.notNull(cues, "cues");
    Args.check(!cues.isEmpty(), "a frame tagger needs at least one cue");
    this.cues = List.copyOf(cues);
  }

  /** Loads a cue file; errors name the file and line of every bad row. */
  public static FrameTagger load(Path file) {
    return load(List.of(file));
  }

  /**
   * Loads cue files: {@code cues.csv} ({@link #HEADER}) or {@code wordnet_cues.csv} ({@link
   * #GENERATED_HEADER}: the same three columns, then the concept and the provenance of each
   * generated cue, which the tagger does not need). Errors name the file and line of every bad
   * row.
   */
  public static FrameTagger load(List<Path> files) {
    return load(files, frame -> true);
  }

  private static FrameTagger load(List<Path> files, Predicate<Frame> generatedFrames) {
    List<String> problems = new ArrayList<>();
    List<FrameCue> cues = new ArrayList<>();
    for (Path file : files) {
      boolean generated = file.getFileName().toString().equals(GENERATED_FILE);
      for (CsvTable.Row row : CsvTable.read(file, generated ? GENERATED_HEADER : HEADER, problems)) {
        try {
          FrameCue cue = FrameCue.of(row.fields()[0], row.fields()[1], row.fields()[2]);
          if (!generated || generatedFrames.test(cue.frame())) {
            cues.add(cue);
          }
        } catch (IllegalArgumentException e) {
          problems.add(row.where() + ": " + e.getMessage());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Bad frame cue file:\n  " + String.join("\n  ", problems));
    }
    return new FrameTagger(cues);
  }

  /**
   * Loads {@code dataDir/frames/cues.csv}, the hand-written cues, and, for the frames that {@code
   * dataDir/frames/wordnet_frames.txt} names (one frame a line, {@code #} comments; no file, no
   * frame), the WordNet-generated cues of {@code wordnet_cues.csv} (module {@code cuegen}). All of
   * the generated cues scored lower than the hand-written ones on the validation set, alone
   * (frame F1 0.522 vs 0.563) and added to them (0.541); frame by frame, CIVILIAN_HARM's
   * inflections and synonyms ("deaths", "killings", "injuries", "carnage") gained and changed no
   * dev figure, so the file names that frame (README, "Frame cues from WordNet").
   */
  public static FrameTagger fromDataDir(Path dataDir) {
    Path dir = dataDir.resolve("frames");
    Set<Frame> widened = widenedFrames(dir.resolve(GENERATED_FRAMES_FILE));
    if (widened.isEmpty()) {
      return load(List.of(dir.resolve(HAND_FILE)));
    }
    return load(List.of(dir.resolve(HAND_FILE), dir.resolve(GENERATED_FILE)), widened::contains);
  }

  /** The file naming the frames whose generated cues are loaded. */
  public static final String GENERATED_FRAMES_FILE = "wordnet_frames.txt";

  /** The frames a frame list names; none when the file is absent. Errors name the file and line. */
  static Set<Frame> widenedFrames(Path file) {
    if (!Files.exists(file)) {
      return Set.of();
    }
    Set<Frame> frames = EnumSet.noneOf(Frame.class);
    List<String> problems = new ArrayList<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read frame list " + file, e);
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = (i == 0 ? lines.get(i).replace("\uFEFF", "") : lines.get(i)).strip(); // a byte-order mark
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        frames.add(Frame.parse(line));
      } catch (IllegalArgumentException e) {
        problems.add(file + ":" + (i + 1) + ": " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Bad frame list:\n  " + String.join("\n  ", problems));
    }
    return frames;
  }

  public List<FrameCue> cues() {
    return cues;
  }

  /**
   * The frames of a relation: none for a narrator-reported {@code ATTACK}, else those of its
   * clause. {@code type} may be null (a clause read on its own).
   */
  public Set<Frame> tag(String clause, RelationType type) {
    if (type == RelationType.ATTACK) {
      return Collections.unmodifiableSet(EnumSet.noneOf(Frame.class));
    }
    Set<Frame> frames = tag(clause);
    if (type == RelationType.REJECT) {
      EnumSet<Frame> denial = EnumSet.noneOf(Frame.class);
      if (frames.contains(Frame.DISINFORMATION)) {
        denial.add(Frame.DISINFORMATION);
      }
      return Collections.unmodifiableSet(denial);
    }
    return frames;
  }

  /** The frames whose cues occur un-negated in {@code clause}, in the enum's order. */
  public Set<Frame> tag(String clause) {
    Args.notNull(clause, "clause");
    List<String> tokens = ClauseTokens.of(clause);
    EnumSet<Frame> found = EnumSet.noneOf(Frame.class);
    for (int i = 0; i < tokens.size(); i++) {
      for (FrameCue cue : cues) {
        if (!found.contains(cue.frame()) && cue.matchesAt(tokens, i) && !negated(tokens, i)
            && !(cue.frame() == Frame.DE_ESCALATION && broken(tokens, i))) {
          found.add(cue.frame());
        }
      }
    }
    return Collections.unmodifiableSet(found);
  }

  /** Words that break an agreement: "violated the truce" foregrounds the breach, not de-escalation. */
  private static final Set<String> BREAKERS = Set.of("violate", "violates", "violated", "violating", "violation",
      "violations", "breach", "breaches", "breached", "breaching", "break", "breaks", "broke", "broken", "breaking",
      "undermine", "undermines", "undermined", "undermining", "ignore", "ignores", "ignored", "ignoring", "disrupt",
      "disrupted", "disrupting", "sabotage", "sabotaged", "sabotaging", "wreck", "wrecked", "wrecking");

  /** Whether a word that breaks an agreement stands within the window before token {@code i}, in the same clause. */
  static boolean broken(List<String> tokens, int i) {
    return inWindowBefore(tokens, i, BREAKERS::contains);
  }

  /** Whether a negator stands within the window before token {@code i}, in the same clause. */
  static boolean negated(List<String> tokens, int i) {
    return inWindowBefore(tokens, i, t -> NEGATORS.contains(t) || t.endsWith("n't"));
  }

  /** Whether a token that {@code test} accepts stands within the window before {@code i}, no clause break between. */
  private static boolean inWindowBefore(List<String> tokens, int i, Predicate<String> test) {
    for (int k = i - 1; k >= Math.max(0, i - NEGATION_WINDOW); k--) {
      String t = tokens.get(k);
      if (ClauseTokens.CLAUSE_BREAKS.contains(t)) {
        return false;
      }
      if (test.test(t)) {
        return true;
      }
    }
    return false;
  }
}
