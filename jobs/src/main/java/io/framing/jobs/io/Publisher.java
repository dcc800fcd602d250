package io.framing.jobs.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a run's tables atomically per partition, and recovers from runs killed half-way.
 *
 * <ol>
 *   <li>The stages write every table of a run under {@code OUTPUT/_staging/<run-id>/}; the
 *       published tables {@code OUTPUT/<table>} are not touched while the stages run, so a run
 *       killed then leaves the previous output as it was.</li>
 *   <li>When every stage is done, the publish plan (a list of renames) is written to
 *       {@code OUTPUT/_staging/<run-id>/_publishing.json} and then renamed to
 *       {@code OUTPUT/_publishing.json}: that rename is the commit point.</li>
 *   <li>The plan runs: for each table, each published partition in the run's scope (the days
 *       of the window, or the days an incremental ingest wrote; every partition when there is
 *       no window) is renamed to {@code OUTPUT/_trash/<run-id>/}, and the staged
 *       partition is renamed into its place. An unpartitioned table is swapped whole. Then
 *       {@code _run_report.json} and {@code _current} (which names the published run) are
 *       replaced, and the journal, the trash and the staging directory are deleted.</li>
 *   <li>{@link #recover()} (the start of every command) replays a journal it finds to the end
 *       (every step is idempotent, so a publish killed half-way is completed), then deletes
 *       staging directories and trash that killed runs left.</li>
 * </ol>
 *
 * Renames of directories are atomic on local file systems and HDFS; on object stores (S3) a
 * rename is a copy, so partitions there appear file by file.
 */
public final class Publisher {
  private static final Logger LOG = LoggerFactory.getLogger(Publisher.class);
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public static final String STAGING = "_staging";
  public static final String TRASH = "_trash";
  public static final String JOURNAL = "_publishing.json";
  public static final String CURRENT = "_current";
  /** The partition directory Spark writes for a null partition value. */
  public static final String NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__";

  private final Path root;
  private final Configuration conf;
  private final FileSystem fs;

  public Publisher(String outputRoot, Configuration conf) {
    this.root = new Path(outputRoot);
    this.conf = conf;
    try {
      this.fs = root.getFileSystem(conf);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("Cannot open the file system of " + outputRoot, e);
    }
  }

  /** What {@link #newRunId()} returns: the only names recovery deletes under staging and trash. */
  static final java.util.regex.Pattern RUN_ID = java.util.regex.Pattern.compile("\\d{8}T\\d{6}Z-[0-9a-f]{8}");

  /** A new run id: UTC start time and 8 random hex digits, e.g. {@code 20201006T031500Z-1a2b3c4d}. */
  public static String newRunId() {
    byte[] random = new byte[4];
    new SecureRandom().nextBytes(random);
    return DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(Instant.now())
        + "-" + HexFormat.of().formatHex(random);
  }

  /** The published output root of a staging directory {@code OUTPUT/_staging/<run-id>}, or null. */
  static Path publishedRootOf(Path outputRoot) {
    Path parent = outputRoot.getParent();
    return parent != null && STAGING.equals(parent.getName()) ? parent.getParent() : null;
  }

  /** Where the run writes its tables until they are published. */
  public String stagingDir(String runId) {
    return new Path(new Path(root, STAGING), runId).toString();
  }

  /** Which partitions of a table a run replaces: partition column → test on the directory's value. */
  public static final class Scope {
    private final Map<String, Predicate<String>> byColumn;

    public Scope(Map<String, Predicate<String>> byColumn) {
      this.byColumn = Map.copyOf(byColumn);
    }

    /** Whether a run replaces the partition {@code column=value}; columns not named: every partition. */
    boolean covers(String column, String value) {
      Predicate<String> p = byColumn.get(column);
      return p == null || p.test(value);
    }
  }

  /**
   * Publishes run {@code runId}: plans the renames, commits the plan, carries it out. The files
   * {@code extraFiles} (name under the staging directory, e.g. {@code _run_report.json}) replace
   * their namesakes at the output root, and {@code current} becomes {@code OUTPUT/_current}.
   */
  public List<String> publish(String runId, Scope scope, List<String> extraFiles, ObjectNode current) throws IOException {
    return publish(runId, scope, extraFiles, current, -1);
  }

  /** {@link #publish}, stopping as if killed after {@code stopAfter} renames when it is 0 or more (tests). */
  List<String> publish(String runId, Scope scope, List<String> extraFiles, ObjectNode current, int stopAfter)
      throws IOException {
    Path staging = new Path(stagingDir(runId));
    Path trash = new Path(new Path(root, TRASH), runId);
    ArrayNode steps = JSON.createArrayNode();
    List<String> published = new ArrayList<>();
    for (FileStatus table : list(staging)) {
      String name = table.getPath().getName();
      if (!table.isDirectory() || hidden(name)) {
        continue;
      }
      published.add(name);
      Path target = new Path(root, name);
      Path marker = new Path(table.getPath(), Tables.PARTITIONED_BY);
      if (!fs.exists(marker)) {
        step(steps, "move", target, new Path(trash, name));
        step(steps, "move", table.getPath(), target);
        continue;
      }
      String column = read(marker).trim();
      step(steps, "mkdir", null, target);
      for (FileStatus old : fs.exists(target) ? list(target) : new FileStatus[0]) {
        String child = old.getPath().getName();
        if (hidden(child)) {
          continue;
        }
        // A partition of the run's scope, or files of another layout (unpartitioned, other column).
        boolean ours = child.startsWith(column + "=") && old.isDirectory();
        if (!ours || scope.covers(column, child.substring(column.length() + 1))) {
          step(steps, "move", old.getPath(), new Path(new Path(trash, name), child));
        }
      }
      for (FileStatus fresh : list(table.getPath())) {
        String child = fresh.getPath().getName();
        if (hidden(child)) {
          continue;
        }
        if (!child.startsWith(column + "=") || !scope.covers(column, child.substring(column.length() + 1))) {
          throw new IllegalStateException("Run " + runId + " staged " + fresh.getPath() + ", outside its scope");
        }
        step(steps, "move", fresh.getPath(), new Path(target, child));
      }
    }
    for (String file : extraFiles) {
      step(steps, "replace", new Path(staging, file), new Path(root, file));
    }
    Path currentStaged = new Path(staging, CURRENT);
    write(currentStaged, JSON.writeValueAsBytes(current));
    step(steps, "replace", currentStaged, new Path(root, CURRENT));

    ObjectNode journal = JSON.createObjectNode();
    journal.put("run_id", runId);
    journal.set("steps", steps);
    Path journalStaged = new Path(staging, JOURNAL);
    write(journalStaged, JSON.writeValueAsBytes(journal));
    // The commit point: from here on, recover() completes this publish.
    rename(journalStaged, new Path(root, JOURNAL), false);
    LOG.info("publish: run {} committed: {} renames for tables {}", runId, steps.size(), published);
    replay(journal, stopAfter);
    return published;
  }

  /**
   * Completes a publish that a killed run had committed, then deletes what killed runs left:
   * their staging directories and trash. Returns one line per thing done, for the log.
   */
  public List<String> recover() throws IOException {
    List<String> done = new ArrayList<>();
    Path journalPath = new Path(root, JOURNAL);
    if (fs.exists(journalPath)) {
      JsonNode journal = JSON.readTree(read(journalPath));
      replay(journal, -1);
      done.add("completed the interrupted publish of run " + journal.path("run_id").asText());
    }
    // Only what a run wrote: entries named by a run id. The caller holds the output's lock
    // (OutputLock), so no live run of this output is writing its staging meanwhile.
    for (String dir : List.of(STAGING, TRASH)) {
      Path parent = new Path(root, dir);
      if (fs.exists(parent)) {
        boolean foreign = false;
        for (FileStatus left : list(parent)) {
          if (RUN_ID.matcher(left.getPath().getName()).matches()) {
            fs.delete(left.getPath(), true);
            done.add("removed " + left.getPath() + " (left by a run that did not finish)");
          } else if (!left.getPath().getName().endsWith(".crc")) {
            foreign = true;
            done.add("left " + left.getPath() + " alone: not named by a run id, so framing did not write it");
          }
        }
        if (!foreign) {
          fs.delete(parent, true);
        }
      }
    }
    return done;
  }

  /** Carries out a journal's steps in order; each step is skipped when already done. */
  private void replay(JsonNode journal, int stopAfter) throws IOException {
    String runId = journal.path("run_id").asText();
    int done = 0;
    for (JsonNode step : journal.path("steps")) {
      if (done++ == stopAfter) {
        throw new SimulatedKill("publish of run " + runId + " stopped after " + stopAfter + " steps");
      }
      String op = step.path("op").asText();
      Path to = new Path(root, step.path("to").asText());
      Path from = step.hasNonNull("from") ? new Path(root, step.path("from").asText()) : null;
      switch (op) {
        case "mkdir":
          fs.mkdirs(to);
          break;
        case "move":
          // Done once the destination exists; nothing to do when the source never existed.
          if (!fs.exists(to) && fs.exists(from)) {
            rename(from, to, false);
          }
          break;
        case "replace":
          if (fs.exists(from)) {
            rename(from, to, true);
          }
          break;
        default:
          throw new IOException("Unknown publish step '" + op + "' in " + JOURNAL);
      }
    }
    fs.delete(new Path(root, JOURNAL), false);
    fs.delete(new Path(new Path(root, TRASH), runId), true);
    fs.delete(new Path(new Path(root, STAGING), runId), true);
    for (String dir : List.of(STAGING, TRASH)) {
      Path parent = new Path(root, dir);
      if (fs.exists(parent) && list(parent).length == 0) {
        fs.delete(parent, true);
      }
    }
    LOG.info("publish: run {} published", runId);
  }

  /** Thrown by the test hook of {@link #publish} in place of a kill. */
  static final class SimulatedKill extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SimulatedKill(String message) {
      super(message);
    }
  }

  private void step(ArrayNode steps, String op, Path from, Path to) {
    ObjectNode step = steps.addObject();
    step.put("op", op);
    if (from != null) {
      step.put("from", relative(from));
    }
    step.put("to", relative(to));
  }

  private String relative(Path p) {
    String base = fs.makeQualified(root).toUri().getPath();
    String path = fs.makeQualified(p).toUri().getPath();
    if (!path.startsWith(base + "/")) {
      throw new IllegalArgumentException(p + " is not under " + root);
    }
    return path.substring(base.length() + 1);
  }

  private void rename(Path from, Path to, boolean overwrite) throws IOException {
    fs.mkdirs(to.getParent());
    if (overwrite) {
      // An atomic replace where the file system has one (rename(2) on local disks, HDFS).
      FileContext.getFileContext(to.toUri(), conf).rename(from, to, Options.Rename.OVERWRITE);
      return;
    }
    if (!fs.rename(from, to)) {
      throw new IOException("Cannot rename " + from + " to " + to);
    }
  }

  private FileStatus[] list(Path dir) throws IOException {
    FileStatus[] children = fs.listStatus(dir);
    Arrays.sort(children, Comparator.comparing(s -> s.getPath().getName()));
    return children;
  }

  private static boolean hidden(String name) {
    return name.startsWith("_") || name.startsWith(".");
  }

  private String read(Path file) throws IOException {
    try (InputStream in = fs.open(file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private void write(Path file, byte[] bytes) throws IOException {
    try (OutputStream out = fs.create(file, true)) {
      out.write(bytes);
    }
  }
}
