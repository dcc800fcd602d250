package io.framing.jobs.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.framing.jobs.ExitCode;
import io.framing.jobs.FramingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run per output at a time: {@code OUTPUT/_lock}, a JSON file naming its holder (run id,
 * host, pid and that process's start time, start time of the run), created exclusively before
 * the run recovers or writes anything, and deleted when the run ends. A second run on the same
 * output is refused (exit 2) with the holder's details, so it can never clear the first run's
 * live staging as a leftover.
 *
 * <p>A lock left by a run that was killed is taken over, not stuck forever: when its holder ran
 * on this host and that process is gone (or the pid now belongs to a process started at another
 * time), or, from any host, when the lock's modification time is older than {@link #DEFAULT_STALE_AFTER}.
 * A live run touches its lock every {@link #DEFAULT_HEARTBEAT} so that only a dead one goes stale.
 */
public final class OutputLock implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(OutputLock.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  public static final String FILE = "_lock";
  /** A lock not touched for this long is a dead run's, whatever host it names. */
  public static final Duration DEFAULT_STALE_AFTER = Duration.ofMinutes(10);
  /** How often a live run touches its lock: far below the staleness timeout. */
  public static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(30);

  private final FileSystem fs;
  private final Path file;
  private final String runId;
  private final ScheduledExecutorService heartbeat;

  private OutputLock(FileSystem fs, Path file, String runId, Duration every) {
    this.fs = fs;
    this.file = file;
    this.runId = runId;
    this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "framing-output-lock");
      t.setDaemon(true);
      return t;
    });
    heartbeat.scheduleAtFixedRate(this::touch, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Takes the lock of {@code outputRoot} for {@code runId}, with the default timings. */
  public static OutputLock acquire(FileSystem fs, Path outputRoot, String runId) throws IOException {
    return acquire(fs, outputRoot, runId, DEFAULT_STALE_AFTER, DEFAULT_HEARTBEAT);
  }

  /** Takes the lock, taking over a stale one; refuses (exit 2, naming the holder) a live one. */
  static OutputLock acquire(FileSystem fs, Path outputRoot, String runId, Duration staleAfter, Duration heartbeat)
      throws IOException {
    fs.mkdirs(outputRoot);
    Path file = new Path(outputRoot, FILE);
    byte[] mine = JSON.writeValueAsBytes(holder(runId));
    // A few attempts: another run may take over the same stale lock at the same moment.
    for (int attempt = 0; attempt < 3; attempt++) {
      if (createExclusive(fs, file, mine)) {
        LOG.info("lock: run {} holds {}", runId, file);
        return new OutputLock(fs, file, runId, heartbeat);
      }
      Optional<JsonNode> held = read(fs, file);
      long age = ageMillis(fs, file);
      if (age < 0) {
        continue; // removed between our create and our look: try again
      }
      String stale = staleReason(held.orElse(null), age, staleAfter);
      if (stale == null) {
        throw new FramingException(ExitCode.BAD_ARGUMENTS, "--output " + outputRoot + " is in use by another run: "
            + describe(held.orElse(null)) + ", lock " + file + " touched " + age / 1000 + " s ago. One run per output "
            + "at a time: wait for it to finish (a lock whose holder is gone is taken over: a dead process on its host, "
            + "or no heartbeat for " + staleAfter.toMinutes() + " min)");
      }
      // Remove the stale lock only if it is still the one judged stale (not a run that took it over meanwhile).
      Optional<JsonNode> now = read(fs, file);
      if (now.map(j -> j.path("run_id").asText()).equals(held.map(j -> j.path("run_id").asText()))) {
        LOG.warn("lock: taking over {} from {}: {}", file, describe(held.orElse(null)), stale);
        fs.delete(file, false);
      }
    }
    throw new FramingException(ExitCode.BAD_ARGUMENTS, "--output " + outputRoot + ": could not take " + file
        + " (other runs are taking it at the same time)");
  }

  /** Why the lock of {@code holder}, last touched {@code ageMillis} ago, is a dead run's; null when it may be live. */
  static String staleReason(JsonNode holder, long ageMillis, Duration staleAfter) {
    if (ageMillis > staleAfter.toMillis()) {
      return "not touched for " + ageMillis / 1000 + " s (stale after " + staleAfter.toSeconds() + " s)";
    }
    if (holder == null || !hostName().equals(holder.path("host").asText())) {
      return null; // being written, or another host's: only the timeout tells
    }
    long pid = holder.path("pid").asLong(-1);
    Optional<ProcessHandle> process = ProcessHandle.of(pid);
    if (process.isEmpty()) {
      return "its process " + pid + " on this host is gone";
    }
    String started = holder.path("pid_started_at").asText("");
    Optional<Instant> actual = process.get().info().startInstant();
    if (!started.isEmpty() && actual.isPresent() && !started.equals(actual.get().toString())) {
      return "pid " + pid + " now belongs to another process (started " + actual.get() + ", not " + started + ")";
    }
    return null;
  }

  /** Releases the lock if it is still this run's. */
  @Override
  public void close() {
    heartbeat.shutdownNow();
    try {
      Optional<JsonNode> held = read(fs, file);
      if (held.isPresent() && runId.equals(held.get().path("run_id").asText())) {
        fs.delete(file, false);
        LOG.info("lock: run {} released {}", runId, file);
      } else {
        LOG.warn("lock: {} is no longer run {}'s ({}); left as it is", file, runId, describe(held.orElse(null)));
      }
    } catch (IOException e) {
      LOG.warn("lock: cannot release {}: {}", file, e.toString());
    }
  }

  private void touch() {
    try {
      fs.setTimes(file, System.currentTimeMillis(), -1);
    } catch (IOException | RuntimeException e) {
      LOG.warn("lock: cannot touch {}: {}", file, e.toString());
    }
  }

  private static ObjectNode holder(String runId) {
    ObjectNode node = JSON.createObjectNode();
    ProcessHandle self = ProcessHandle.current();
    node.put("run_id", runId);
    node.put("host", hostName());
    node.put("pid", self.pid());
    node.put("pid_started_at", self.info().startInstant().map(Instant::toString).orElse(""));
    node.put("started_at", Instant.now().toString());
    return node;
  }

  private static String describe(JsonNode holder) {
    if (holder == null) {
      return "a run whose lock is unreadable or still being written";
    }
    return "run " + holder.path("run_id").asText("?") + " (host " + holder.path("host").asText("?") + ", pid "
        + holder.path("pid").asText("?") + ", started " + holder.path("started_at").asText("?") + ")";
  }

  /**
   * Creates {@code file} holding {@code bytes} only if it does not exist; false if it does. On
   * the local file system through {@code O_EXCL} (Hadoop's local create checks, then creates:
   * two runs could both win); elsewhere (HDFS) Hadoop's create without overwrite is atomic.
   */
  private static boolean createExclusive(FileSystem fs, Path file, byte[] bytes) throws IOException {
    try {
      if ("file".equals(fs.getScheme())) {
        Files.write(java.nio.file.Path.of(fs.makeQualified(file).toUri()), bytes,
            StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return true;
      }
      try (OutputStream out = fs.create(file, false)) {
        out.write(bytes);
      }
      return true;
    } catch (FileAlreadyExistsException | org.apache.hadoop.fs.FileAlreadyExistsException e) {
      return false;
    }
  }

  private static Optional<JsonNode> read(FileSystem fs, Path file) throws IOException {
    try (InputStream in = fs.open(file)) {
      JsonNode node = JSON.readTree(in.readAllBytes());
      return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
    } catch (java.io.FileNotFoundException e) {
      return Optional.empty();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return Optional.empty(); // being written, or cut by a crash: judged by its age alone
    }
  }

  /** Milliseconds since the lock was last touched, or -1 when it does not exist. */
  private static long ageMillis(FileSystem fs, Path file) throws IOException {
    try {
      return Math.max(0, System.currentTimeMillis() - fs.getFileStatus(file).getModificationTime());
    } catch (java.io.FileNotFoundException e) {
      return -1;
    }
  }

  static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      String env = System.getenv("HOSTNAME");
      return env == null ? "unknown-host" : env;
    }
  }
}
