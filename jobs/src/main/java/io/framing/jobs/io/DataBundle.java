package io.framing.jobs.io;

import io.framing.jobs.ExitCode;
import io.framing.jobs.FramingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The dictionaries, cue files and lexicons of {@code --data-dir}, read once on the driver into
 * memory (relative path to bytes) so that they travel with the job: broadcast it, and each
 * executor writes it out once into a local temp directory ({@link #materialise}). Executors then
 * need neither a shared file system nor {@code --files}. Immutable once built; the
 * {@link #fingerprint()} (SHA-256 over paths and contents) identifies the bundle, so a JVM can
 * cache what it built from it.
 */
public final class DataBundle implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The folders of the data directory every stage needs: extract's dictionaries. */
  public static final List<String> REQUIRED_FOLDERS = List.of("actors", "relations");
  /**
   * Shipped when present: the lexicons, frame cues and stance cues summarize scores with (it
   * fails on the driver, naming the file, when one it needs is missing).
   */
  public static final List<String> OPTIONAL_FOLDERS = List.of("lexicons", "frames", "stance");

  /** A bundle beyond this size is not a dictionary but a mistake (a corpus under data/?). */
  public static final long MAX_BYTES = 64L * 1024 * 1024;

  private final String source;
  private final TreeMap<String, byte[]> files;
  private final String fingerprint;

  private DataBundle(String source, TreeMap<String, byte[]> files) {
    this.source = source;
    this.files = files;
    this.fingerprint = fingerprintOf(files);
  }

  /** A bundle of the given files (relative path to bytes), e.g. for tests. */
  public static DataBundle of(String source, Map<String, byte[]> files) {
    TreeMap<String, byte[]> copy = new TreeMap<>();
    files.forEach((k, v) -> copy.put(checkRelative(k), v.clone()));
    return new DataBundle(source, copy);
  }

  /** The one bundle of the pipeline: {@link #REQUIRED_FOLDERS} and {@link #OPTIONAL_FOLDERS}. */
  public static DataBundle read(String dataDir, Configuration conf) {
    return read(dataDir, conf, REQUIRED_FOLDERS, OPTIONAL_FOLDERS);
  }

  /**
   * Reads every file under {@code dataDir/<folder>} for each of {@code required} (which must
   * exist) and {@code optional} (skipped when absent), on any Hadoop file system. Hidden files
   * ({@code .x}, {@code _x}) are skipped.
   *
   * @throws FramingException {@link ExitCode#UNREADABLE_INPUT} when the directory or a
   *     required folder is missing or unreadable
   */
  public static DataBundle read(String dataDir, Configuration conf, List<String> required, List<String> optional) {
    org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(dataDir);
    TreeMap<String, byte[]> files = new TreeMap<>();
    long total = 0;
    try {
      FileSystem fs = root.getFileSystem(conf);
      root = fs.makeQualified(root);
      for (String folder : concat(required, optional)) {
        org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(root, folder);
        FileStatus status = fs.exists(dir) ? fs.getFileStatus(dir) : null;
        if (status == null || !status.isDirectory()) {
          if (required.contains(folder)) {
            throw new FramingException(ExitCode.UNREADABLE_INPUT, "The data directory " + dataDir
                + " has no " + folder + "/ folder (give the project's data/ folder with --data-dir).");
          }
          continue;
        }
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
        while (it.hasNext()) {
          LocatedFileStatus f = it.next();
          String relative = relativize(root, f.getPath());
          if (hidden(relative)) {
            continue;
          }
          total += f.getLen();
          if (total > MAX_BYTES) {
            throw new FramingException(ExitCode.UNREADABLE_INPUT, "The data directory " + dataDir
                + " holds more than " + MAX_BYTES / (1024 * 1024) + " MiB under " + concat(required, optional)
                + "; it should hold dictionaries only.");
          }
          try (InputStream in = fs.open(f.getPath())) {
            files.put(relative, in.readAllBytes());
          }
        }
      }
    } catch (IOException e) {
      throw new FramingException(ExitCode.UNREADABLE_INPUT, "Cannot read the data directory " + dataDir + ": " + e.getMessage(), e);
    }
    return new DataBundle(dataDir, files);
  }

  /** Where the bundle was read from, for messages. */
  public String source() {
    return source;
  }

  /** Relative paths ({@code actors/countries.csv}) to their bytes, sorted. */
  public SortedMap<String, byte[]> files() {
    return Collections.unmodifiableSortedMap(files);
  }

  public long totalBytes() {
    return files.values().stream().mapToLong(b -> b.length).sum();
  }

  /** 16 hex digits of SHA-256 over the sorted paths and contents. */
  public String fingerprint() {
    return fingerprint;
  }

  /** Writes every file under {@code dir} (created if needed) and returns {@code dir}. */
  public Path materialise(Path dir) {
    try {
      Files.createDirectories(dir);
      for (Map.Entry<String, byte[]> e : files.entrySet()) {
        Path target = dir.resolve(e.getKey()).normalize();
        if (!target.startsWith(dir)) {
          throw new IllegalStateException("bundle path escapes its directory: " + e.getKey());
        }
        Files.createDirectories(target.getParent());
        Files.write(target, e.getValue());
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the data bundle into " + dir, e);
    }
  }

  @Override
  public String toString() {
    return "DataBundle{" + source + ", " + files.size() + " files, " + totalBytes() + " bytes, " + fingerprint + "}";
  }

  private static String relativize(org.apache.hadoop.fs.Path root, org.apache.hadoop.fs.Path file) {
    String r = root.toUri().getPath();
    String f = file.toUri().getPath();
    String prefix = r.endsWith("/") ? r : r + "/";
    if (!f.startsWith(prefix)) {
      throw new IllegalStateException(file + " is not under " + root);
    }
    return checkRelative(f.substring(prefix.length()));
  }

  private static String checkRelative(String path) {
    if (path.isEmpty() || path.startsWith("/") || List.of(path.split("/")).contains("..")) {
      throw new IllegalArgumentException("not a relative path inside the bundle: " + path);
    }
    return path;
  }

  private static boolean hidden(String relative) {
    for (String part : relative.split("/")) {
      if (part.startsWith(".") || part.startsWith("_")) {
        return true;
      }
    }
    return false;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new java.util.ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static String fingerprintOf(SortedMap<String, byte[]> files) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Map.Entry<String, byte[]> e : files.entrySet()) {
        sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(Long.toString(e.getValue().length).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(e.getValue());
      }
      StringBuilder hex = new StringBuilder();
      for (byte b : sha.digest()) {
        hex.append(String.format("%02x", b));
      }
      return hex.substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
