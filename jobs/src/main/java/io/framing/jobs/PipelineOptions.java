package io.framing.jobs;

import io.framing.ingest.InputFormat;
import io.framing.jobs.evaluate.Threshold;
import io.framing.ingest.ReaderOptions;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The typed, documented, defaulted options of every subcommand. Immutable; parse with
 * {@link #parse(String[])}.
 */
public final class PipelineOptions {

  /** The subcommands, in pipeline order where they are stages. */
  public enum Command {
    INGEST("ingest", "read the inputs into documents and rejects"),
    EXTRACT("extract", "find actor mentions and relations in documents"),
    SUMMARIZE("summarize", "sentiment, stance, frames and the framing summary"),
    RUN("run", "all stages in order"),
    EVALUATE("evaluate", "score a run's tables against a gold file");

    private final String word;
    private final String help;

    Command(String word, String help) {
      this.word = word;
      this.help = help;
    }

    public String word() {
      return word;
    }

    static Command of(String word) {
      for (Command c : values()) {
        if (c.word.equals(word.toLowerCase(Locale.ROOT))) {
          return c;
        }
      }
      throw new FramingException(ExitCode.BAD_ARGUMENTS, "Unknown command '" + word + "'.\n" + usage());
    }
  }

  private final Command command;
  private final List<String> inputs;
  private final String output;
  private final InputFormat format;
  private final String gold;
  private final int maxRecordBytes;
  private final boolean help;
  private final String dataDir;
  private final List<Threshold> thresholds;
  private final LocalDate since;
  private final LocalDate until;
  private final int progressSeconds;
  private final boolean summaryOnly;
  private final boolean reingest;

  /** The metric {@code --min-relation-f1} sets a minimum for. */
  public static final String RELATION_F1 = "relations.micro_f1";

  /** Where the dictionaries, cue files and lexicons are, unless --data-dir says otherwise. */
  public static final String DEFAULT_DATA_DIR = "data";

  /** Seconds between two progress lines in the log, unless --progress-seconds says otherwise. */
  public static final int DEFAULT_PROGRESS_SECONDS = 10;

  private PipelineOptions(Command command, List<String> inputs, String output, InputFormat format,
      String gold, int maxRecordBytes, boolean help, String dataDir, List<Threshold> thresholds,
      LocalDate since, LocalDate until, int progressSeconds, boolean summaryOnly, boolean reingest) {
    this.summaryOnly = summaryOnly;
    this.reingest = reingest;
    this.since = since;
    this.until = until;
    this.progressSeconds = progressSeconds;
    this.dataDir = dataDir;
    this.thresholds = List.copyOf(thresholds);
    this.command = command;
    this.inputs = List.copyOf(inputs);
    this.output = output;
    this.format = format;
    this.gold = gold;
    this.maxRecordBytes = maxRecordBytes;
    this.help = help;
  }

  /** Parses {@code args}; throws {@link FramingException} with {@link ExitCode#BAD_ARGUMENTS}. */
  public static PipelineOptions parse(String[] args) {
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
      return new PipelineOptions(null, List.of(), null, null, null, ReaderOptions.DEFAULT_MAX_RECORD_BYTES, true,
          DEFAULT_DATA_DIR, List.of(), null, null, DEFAULT_PROGRESS_SECONDS, false, false);
    }
    Command command = Command.of(args[0]);
    args = ConfigFile.merge(args);
    List<String> inputs = new ArrayList<>();
    String output = null;
    InputFormat format = null;
    String gold = null;
    int maxRecordBytes = ReaderOptions.DEFAULT_MAX_RECORD_BYTES;
    boolean help = false;
    String dataDir = DEFAULT_DATA_DIR;
    List<Threshold> thresholds = new ArrayList<>();
    LocalDate since = null;
    LocalDate until = null;
    int progressSeconds = DEFAULT_PROGRESS_SECONDS;
    boolean summaryOnly = false;
    boolean reingest = false;
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      String name = arg;
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      }
      switch (name) {
        case "--help":
        case "-h":
          help = true;
          break;
        case "--input":
          inputs.add(path(value != null ? value : valueOf(args, ++i, name), name));
          break;
        case "--output":
          output = path(value != null ? value : valueOf(args, ++i, name), name);
          break;
        case "--format":
          try {
            format = InputFormat.fromFlag(value != null ? value : valueOf(args, ++i, name));
          } catch (IllegalArgumentException e) {
            throw new FramingException(ExitCode.BAD_ARGUMENTS, e.getMessage());
          }
          break;
        case "--data-dir":
          dataDir = path(value != null ? value : valueOf(args, ++i, name), name);
          break;
        case "--summary-only":
          summaryOnly = true;
          break;
        case "--reingest":
          reingest = true;
          break;
        case "--gold":
          gold = path(value != null ? value : valueOf(args, ++i, name), name);
          break;
        case "--min": {
          // --min polarity.macro_f1=0.70: a minimum for any metric of the evaluation report
          String spec = value != null ? value : valueOf(args, ++i, name);
          int eqAt = spec.indexOf('=');
          if (eqAt <= 0 || !spec.substring(0, eqAt).contains(".")) {
            throw new FramingException(ExitCode.BAD_ARGUMENTS,
                "--min takes SECTION.METRIC=VALUE (e.g. stance.f_average=0.75), got '" + spec + "'");
          }
          thresholds.add(new Threshold(spec.substring(0, eqAt), fraction(spec.substring(eqAt + 1), name)));
          break;
        }
        case "--min-relation-f1":
          thresholds.add(new Threshold(RELATION_F1, fraction(value != null ? value : valueOf(args, ++i, name), name)));
          break;
        case "--since":
          since = date(value != null ? value : valueOf(args, ++i, name), name);
          break;
        case "--until":
          until = date(value != null ? value : valueOf(args, ++i, name), name);
          break;
        case "--progress-seconds":
          String p = value != null ? value : valueOf(args, ++i, name);
          try {
            progressSeconds = Integer.parseInt(p);
          } catch (NumberFormatException e) {
            throw new FramingException(ExitCode.BAD_ARGUMENTS, "--progress-seconds needs a whole number, got '" + p + "'");
          }
          if (progressSeconds < 1) {
            throw new FramingException(ExitCode.BAD_ARGUMENTS, "--progress-seconds must be at least 1, got " + p);
          }
          break;
        case "--max-record-bytes":
          String v = value != null ? value : valueOf(args, ++i, name);
          try {
            maxRecordBytes = Integer.parseInt(v);
          } catch (NumberFormatException e) {
            throw new FramingException(ExitCode.BAD_ARGUMENTS, "--max-record-bytes needs a number, got '" + v + "'");
          }
          if (maxRecordBytes < 1024) {
            throw new FramingException(ExitCode.BAD_ARGUMENTS, "--max-record-bytes must be at least 1024, got " + v);
          }
          break;
        default:
          throw new FramingException(ExitCode.BAD_ARGUMENTS, "Unknown option '" + arg + "' for " + command.word + ".\n" + usage());
      }
    }
    PipelineOptions options = new PipelineOptions(command, inputs, output, format, gold, maxRecordBytes, help, dataDir,
        thresholds, since, until, progressSeconds, summaryOnly, reingest);
    if (!help) {
      options.validate();
    }
    return options;
  }

  private void validate() {
    if (output == null) {
      throw new FramingException(ExitCode.BAD_ARGUMENTS, command.word + " needs --output DIR.\n" + usage());
    }
    boolean readsInputs = command == Command.INGEST || command == Command.RUN;
    if (readsInputs && inputs.isEmpty()) {
      throw new FramingException(ExitCode.BAD_ARGUMENTS, command.word + " needs at least one --input.\n" + usage());
    }
    if (command == Command.EVALUATE && gold == null) {
      throw new FramingException(ExitCode.BAD_ARGUMENTS, "evaluate needs --gold FILE.\n" + usage());
    }
    if (command != Command.EVALUATE && (gold != null || !thresholds.isEmpty())) {
      throw new FramingException(ExitCode.BAD_ARGUMENTS, "--gold and --min-relation-f1 belong to evaluate, not "
          + command.word + ".\n" + usage());
    }
    if (command != Command.EVALUATE && summaryOnly) {
      throw new FramingException(ExitCode.BAD_ARGUMENTS, "--summary-only belongs to evaluate, not " + command.word
          + ".\n" + usage());
    }
    if (reingest && command != Command.INGEST && command != Command.RUN) {
      throw new FramingException(ExitCode.BAD_ARGUMENTS, "--reingest belongs to ingest and run, not " + command.word
          + ".\n" + usage());
    }
    if (command == Command.EVALUATE && (since != null || until != null)) {
      throw new FramingException(ExitCode.BAD_ARGUMENTS, "--since and --until belong to the stages, not evaluate.\n" + usage());
    }
    if (since != null && until != null && since.isAfter(until)) {
      throw new FramingException(ExitCode.BAD_ARGUMENTS, "--since " + since + " is after --until " + until);
    }
  }

  /** A path option's value; an empty one would become Hadoop's "Can not create a Path from an empty string" later. */
  private static String path(String v, String name) {
    if (v.isBlank()) {
      throw new FramingException(ExitCode.BAD_ARGUMENTS, name + " needs a path, got an empty value '" + v + "'");
    }
    return v;
  }

  private static LocalDate date(String v, String name) {
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new FramingException(ExitCode.BAD_ARGUMENTS, name + " needs a day as YYYY-MM-DD, got '" + v + "'");
    }
  }

  /** The same options writing under another output root (a run's staging directory). */
  public PipelineOptions withOutput(String newOutput) {
    return new PipelineOptions(command, inputs, newOutput, format, gold, maxRecordBytes, help, dataDir, thresholds,
        since, until, progressSeconds, summaryOnly, reingest);
  }

  private static double fraction(String v, String name) {
    double d;
    try {
      d = Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new FramingException(ExitCode.BAD_ARGUMENTS, name + " needs a number between 0 and 1, got '" + v + "'");
    }
    if (!(d >= 0 && d <= 1)) {
      throw new FramingException(ExitCode.BAD_ARGUMENTS, name + " needs a number between 0 and 1, got '" + v + "'");
    }
    return d;
  }

  private static String valueOf(String[] args, int i, String name) {
    if (i >= args.length || args[i].startsWith("--")) {
      throw new FramingException(ExitCode.BAD_ARGUMENTS, name + " needs a value");
    }
    return args[i];
  }

  public static String usage() {
    StringBuilder sb = new StringBuilder();
    sb.append("Usage: framing COMMAND [OPTIONS]\n\nCommands:\n");
    for (Command c : Command.values()) {
      sb.append(String.format("  %-10s %s%n", c.word, c.help));
    }
    sb.append("\nOptions:\n")
        .append("  --input PATH            file, directory or glob; repeatable. A directory may mix formats.\n")
        .append("  --output DIR            where the tables are written (one directory per table)\n")
        .append("  --format FORMAT         read every input as FORMAT instead of detecting it per file:\n")
        .append("                          ").append(InputFormat.allFlags()).append('\n')
        .append("  --max-record-bytes N    records larger than N bytes go to rejects (default ")
        .append(ReaderOptions.DEFAULT_MAX_RECORD_BYTES).append(")\n")
        .append("  --data-dir DIR          dictionaries, cue files and lexicons (default: data)\n")
        .append("  --since DAY, --until DAY  only documents whose day (YYYY-MM-DD, UTC) is in this inclusive\n")
        .append("                          window; a run replaces exactly the window's days. Documents without a\n")
        .append("                          day are kept only when no window is given\n")
        .append("  --reingest              ingest, run: parse every input file again; without it, a run over an\n")
        .append("                          output parses only the files not in its ingested_files table (new, or\n")
        .append("                          changed in size or modification time) and rewrites only the days they\n")
        .append("                          bring documents to\n")
        .append("  --config FILE           key=value settings, keys as the long options (input=a,b output=DIR\n")
        .append("                          since=...); flags on the command line override them\n")
        .append("  --progress-seconds N    a progress line (stage, records, records/s) every N seconds (default ")
        .append(DEFAULT_PROGRESS_SECONDS).append(")\n")
        .append("  --gold FILE             gold.jsonl to score against (evaluate); the report goes to\n")
        .append("                          DIR/_evaluation/<the gold file's folder name>.json\n")
        .append("  --min SECTION.METRIC=X  evaluate: a minimum for any reported metric, repeatable\n")
        .append("                          (relations.micro_f1, relations.micro_precision, relations.micro_recall,\n")
        .append("                          polarity.macro_f1, polarity.vader_macro_f1, stance.f_average,\n")
        .append("                          frames.micro_f1)\n")
        .append("  --min-relation-f1 X     evaluate: exit ").append(ExitCode.BELOW_THRESHOLD.code())
        .append(" when the relations' micro F1 is below X (0..1)\n")
        .append("  --summary-only          evaluate: scores and per-type tables only; no misses, false hits or\n")
        .append("                          differences, on the console or in the report (for held-out sets)\n")
        .append("  --help                  this text\n")
        .append("\nThe Spark master comes from spark-submit's --master; run directly, it is local[*].\n")
        .append("Exit codes:");
    for (ExitCode e : ExitCode.values()) {
      sb.append(String.format("%n  %d  %s", e.code(), e.meaning()));
    }
    return sb.append('\n').toString();
  }

  public Command command() {
    return command;
  }

  public List<String> inputs() {
    return inputs;
  }

  public String output() {
    return output;
  }

  /** The forced input format, or null to detect per file. */
  public InputFormat format() {
    return format;
  }

  public String gold() {
    return gold;
  }

  public boolean help() {
    return help;
  }

  /** The directory of dictionaries, cue files and lexicons. */
  public String dataDir() {
    return dataDir;
  }

  /** The minimum scores evaluate must reach ({@code --min-relation-f1}). */
  public List<Threshold> thresholds() {
    return thresholds;
  }

  public ReaderOptions readerOptions() {
    return ReaderOptions.defaults().withMaxRecordBytes(maxRecordBytes);
  }

  public int maxRecordBytes() {
    return maxRecordBytes;
  }

  /** The first day of the window ({@code --since}), or null for no lower bound. */
  public LocalDate since() {
    return since;
  }

  /** The last day of the window ({@code --until}, inclusive), or null for no upper bound. */
  public LocalDate until() {
    return until;
  }

  /** Whether {@code --since} or {@code --until} limits the run to a window of days. */
  public boolean hasWindow() {
    return since != null || until != null;
  }

  /** Whether {@code day} is in the window (a null day is in no window; without a window every day is in). */
  public boolean inWindow(LocalDate day) {
    if (!hasWindow()) {
      return true;
    }
    return day != null && (since == null || !day.isBefore(since)) && (until == null || !day.isAfter(until));
  }

  /** The window as the run report spells it: "2020-10-05..2020-10-05", "..2020-10-05", or "all". */
  public String windowLabel() {
    return hasWindow() ? (since == null ? "" : since.toString()) + ".." + (until == null ? "" : until.toString()) : "all";
  }

  /**
   * Whether evaluate reports scores only ({@code --summary-only}): a held-out set must be looked at
   * through its scores, never through the documents it missed.
   */
  public boolean summaryOnly() {
    return summaryOnly;
  }

  /**
   * Whether ingest parses every input file ({@code --reingest}) rather than only those the
   * output's {@code ingested_files} table does not hold.
   */
  public boolean reingest() {
    return reingest;
  }

  public int progressSeconds() {
    return progressSeconds;
  }
}
