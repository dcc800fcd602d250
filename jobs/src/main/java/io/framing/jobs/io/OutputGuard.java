package io.framing.jobs.io;

import io.framing.jobs.ExitCode;
import io.framing.jobs.FramingException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.GlobPattern;
import org.apache.hadoop.fs.Path;

/**
 * The checks a run makes on {@code --output} before it moves, deletes or writes anything there.
 * A run replaces table directories and clears staging and trash under its output, so pointing
 * it at a user's folder, or at a folder it reads as input, would destroy or re-read data that
 * the product did not write. Every refusal is exit code 2 with a message naming the path.
 */
public final class OutputGuard {
  /**
   * The entries a run creates in an output before its first publish (and a killed run may
   * leave): a folder holding only these is still a framing output. Checksum files of Hadoop's
   * local file system ({@code ._lock.crc}) count as their file.
   */
  static final Set<String> PRODUCT_ENTRIES = Set.of(Publisher.STAGING, Publisher.TRASH, Publisher.JOURNAL, OutputLock.FILE);

  private OutputGuard() {}

  /** Refuses (exit 2) an output that is a regular file, a foreign non-empty folder, or inside an input. */
  public static void check(String output, List<String> inputs, Configuration conf) {
    Path root = new Path(output);
    FileSystem fs = fileSystem(root, output, conf);
    try {
      // The input check first: its message says what is wrong when the output is an input folder.
      for (String input : inputs) {
        checkNotInsideInput(root, fs, input, conf);
      }
      checkOutputFolder(root, fs);
    } catch (IOException e) {
      throw new FramingException(ExitCode.BAD_ARGUMENTS, "Cannot check --output " + output + ": " + e.getMessage(), e);
    }
  }

  private static void checkOutputFolder(Path root, FileSystem fs) throws IOException {
    if (!fs.exists(root)) {
      return;
    }
    FileStatus status = fs.getFileStatus(root);
    if (!status.isDirectory()) {
      throw new FramingException(ExitCode.BAD_ARGUMENTS, "--output " + root + " is a regular file, not a folder; "
          + "give a new or empty folder, or one a previous framing run wrote");
    }
    if (fs.exists(new Path(root, Publisher.CURRENT)) || fs.exists(new Path(root, Publisher.JOURNAL))) {
      return; // published by framing (or a first publish was interrupted): ours to replace
    }
    List<String> foreign = new ArrayList<>();
    for (FileStatus child : fs.listStatus(root)) {
      String name = child.getPath().getName();
      if (!isProductEntry(name)) {
        foreign.add(name);
      }
    }
    if (!foreign.isEmpty()) {
      java.util.Collections.sort(foreign);
      List<String> shown = foreign.subList(0, Math.min(5, foreign.size()));
      throw new FramingException(ExitCode.BAD_ARGUMENTS, "--output " + root + " is not a framing output (no "
          + Publisher.CURRENT + ") and is not empty: it holds " + String.join(", ", shown)
          + (foreign.size() > shown.size() ? " and " + (foreign.size() - shown.size()) + " more" : "")
          + ". framing replaces the tables of its output, so it writes only into a new or empty folder, "
          + "or one it wrote before; nothing was changed");
    }
  }

  static boolean isProductEntry(String name) {
    if (name.startsWith(".") && name.endsWith(".crc")) {
      name = name.substring(1, name.length() - ".crc".length());
    }
    return PRODUCT_ENTRIES.contains(name);
  }

  /**
   * Refuses an output equal to or inside {@code input} (a file, folder or glob). Both are made
   * absolute and normalised ({@code ..}, symlinks on the local file system); a glob input
   * covers every path its pattern matches, so {@code data/*} covers {@code data/out} even
   * before that folder exists (the next run would read the output as input).
   */
  private static void checkNotInsideInput(Path root, FileSystem outFs, String input, Configuration conf)
      throws IOException {
    Path in = new Path(input);
    FileSystem inFs = fileSystem(in, input, conf);
    URI out = canonical(outFs, root, false);
    URI base = canonical(inFs, in, true);
    if (!sameFileSystem(out, base)) {
      return; // paths of different file systems are not comparable
    }
    String outPath = out.getPath();
    String inPath = base.getPath();
    boolean inside;
    if (!hasGlob(in.toUri().getPath())) {
      inside = outPath.equals(inPath) || outPath.startsWith(slash(inPath));
    } else {
      // inPath is the glob with its non-glob folder part made canonical.
      inside = globCovers(inPath, outPath);
    }
    if (inside) {
      throw new FramingException(ExitCode.BAD_ARGUMENTS, "--output " + root + " is " + (outPath.equals(inPath) ? "" : "inside ")
          + "--input " + input + ": the next run would read its own tables as input. Put the output outside every input");
    }
  }

  /** Whether {@code glob} matches {@code path} or one of its ancestors. */
  static boolean globCovers(String glob, String path) {
    int depth = glob.split("/", -1).length;
    String[] parts = path.split("/", -1);
    if (parts.length < depth) {
      return false;
    }
    String ancestor = String.join("/", java.util.Arrays.copyOf(parts, depth));
    return GlobPattern.compile(glob).matcher(ancestor).matches();
  }

  static boolean hasGlob(String path) {
    return path.chars().anyMatch(c -> "*?[]{}".indexOf(c) >= 0);
  }

  private static String slash(String path) {
    return path.endsWith("/") ? path : path + "/";
  }

  private static boolean sameFileSystem(URI a, URI b) {
    return java.util.Objects.equals(a.getScheme(), b.getScheme()) && java.util.Objects.equals(a.getAuthority(), b.getAuthority());
  }

  /**
   * The absolute, normalised URI of {@code p}. On the local file system the longest existing
   * prefix is resolved to its real path (symlinks followed) and the rest appended, so that two
   * spellings of one folder compare equal. A glob's pattern components are kept as they are.
   */
  static URI canonical(FileSystem fs, Path p, boolean mayBeGlob) throws IOException {
    URI uri = fs.makeQualified(p).toUri().normalize();
    if (!"file".equals(uri.getScheme())) {
      return uri;
    }
    String[] parts = uri.getPath().split("/");
    java.nio.file.Path real = java.nio.file.Path.of("/");
    int i = 1;
    for (; i < parts.length; i++) {
      if (mayBeGlob && hasGlob(parts[i])) {
        break;
      }
      java.nio.file.Path next = real.resolve(parts[i]);
      if (!Files.exists(next)) {
        break; // missing (or a dangling link): the rest is kept as given
      }
      real = next.toRealPath();
    }
    StringBuilder path = new StringBuilder(real.toString());
    for (; i < parts.length; i++) {
      if (path.charAt(path.length() - 1) != '/') {
        path.append('/');
      }
      path.append(parts[i]);
    }
    try {
      return new URI("file", null, path.toString(), null);
    } catch (java.net.URISyntaxException e) {
      throw new IOException("Cannot make a URI of " + path + ": " + e.getMessage(), e);
    }
  }

  private static FileSystem fileSystem(Path p, String given, Configuration conf) {
    try {
      return p.getFileSystem(conf);
    } catch (IOException | IllegalArgumentException e) {
      throw new FramingException(ExitCode.BAD_ARGUMENTS, "Cannot open the file system of '" + given + "': " + e.getMessage(), e);
    }
  }
}
