package io.framing.jobs.ingest;

import io.framing.jobs.ExitCode;
import io.framing.jobs.FramingException;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Expands the {@code --input} values (files, directories, globs, on any Hadoop file system)
 * into the sorted list of files to read. Hidden files ({@code .x}, {@code _x}) are skipped, as
 * Spark's own readers do. The list grows with the number of files, never with their content.
 *
 * <p>Local directories are walked without following symbolic links, so a link loop cannot make
 * a file be read again and again. A link to a file inside the input folder is read once (a
 * second name of a file already listed is skipped); a link that leads out of the input folder,
 * to a folder, or nowhere is not followed: it is logged and returned in {@code skippedLinks}
 * with its reason, for the run report. Paths are built without parsing a scheme from the file
 * name, so {@code tweets-2020-10-05T02:30:00.jsonl} is a file, not a URI.
 */
public final class InputListing {
  private static final Logger LOG = LoggerFactory.getLogger(InputListing.class);

  private InputListing() {}

  public static List<String> list(List<String> inputs, Configuration conf) {
    return list(inputs, conf, new TreeMap<>());
  }

  /** @param skippedLinks filled with the links not followed, by path, with the reason */
  public static List<String> list(List<String> inputs, Configuration conf, Map<String, String> skippedLinks) {
    TreeSet<String> files = new TreeSet<>();
    for (String input : inputs) {
      int before = files.size();
      try {
        Path path = toPath(input);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus[] matches = isGlob(input) ? fs.globStatus(path) : single(fs, path);
        if (matches == null || matches.length == 0) {
          throw new FramingException(ExitCode.UNREADABLE_INPUT, "Input not found: " + input);
        }
        for (FileStatus match : matches) {
          if (match.isDirectory() && "file".equals(fs.getUri().getScheme())) {
            walkLocal(java.nio.file.Paths.get(match.getPath().toUri()), files, skippedLinks);
          } else if (match.isDirectory()) {
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(match.getPath(), true);
            while (it.hasNext()) {
              LocatedFileStatus f = it.next();
              if (f.isFile() && !isHidden(f.getPath(), match.getPath())) {
                files.add(display(f.getPath()));
              }
            }
          } else if (!isHidden(match.getPath(), null)) {
            files.add(display(match.getPath()));
          }
        }
      } catch (IOException e) {
        throw new FramingException(ExitCode.UNREADABLE_INPUT, "Cannot list input " + input + ": " + e.getMessage(), e);
      }
      if (files.size() == before) {
        throw new FramingException(ExitCode.UNREADABLE_INPUT, "Input holds no files: " + input);
      }
    }
    return new ArrayList<>(files);
  }

  /**
   * A Hadoop path for a listed file or an input. A value with {@code scheme://} (or
   * {@code file:/}) is a URI; any other value is a path on the default file system, built from
   * its parts so that a colon in a file name is not taken for a scheme (Hadoop's
   * {@code new Path("a:b")} is scheme {@code a}; the three-part constructor guards a relative
   * {@code a:b} as {@code ./a:b}).
   */
  public static Path toPath(String value) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("a path must not be empty, got '" + value + "'");
    }
    if (value.matches("^[A-Za-z][A-Za-z0-9+.-]*://.*") || value.startsWith("file:/")) {
      return new Path(value);
    }
    return new Path(null, null, value);
  }

  private static boolean isGlob(String input) {
    return input.indexOf('*') >= 0 || input.indexOf('?') >= 0 || input.indexOf('[') >= 0 || input.indexOf('{') >= 0;
  }

  private static FileStatus[] single(FileSystem fs, Path path) throws IOException {
    return fs.exists(path) ? new FileStatus[] {fs.getFileStatus(path)} : null;
  }

  private static void walkLocal(java.nio.file.Path root, TreeSet<String> files, Map<String, String> skippedLinks)
      throws IOException {
    java.nio.file.Path realRoot = root.toRealPath();
    // Each real file once, whatever order the walk finds it in: under its own name when that is
    // in the folder, else under its first link name in path order.
    Map<java.nio.file.Path, TreeSet<String>> namesByReal = new TreeMap<>();
    Map<java.nio.file.Path, TreeSet<String>> linkNamesByReal = new TreeMap<>();
    Files.walkFileTree(root, EnumSet.noneOf(java.nio.file.FileVisitOption.class), Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(java.nio.file.Path dir, BasicFileAttributes attrs) {
            return !dir.equals(root) && hiddenName(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(java.nio.file.Path file, BasicFileAttributes attrs) {
            if (hiddenName(file)) {
              return FileVisitResult.CONTINUE;
            }
            if (!attrs.isSymbolicLink()) {
              if (attrs.isRegularFile()) {
                namesByReal.computeIfAbsent(realOf(file), k -> new TreeSet<>()).add(file.toAbsolutePath().toString());
              }
              return FileVisitResult.CONTINUE;
            }
            java.nio.file.Path target;
            try {
              target = file.toRealPath();
            } catch (IOException e) {
              skip(file, "symbolic link that leads nowhere (or into a loop): not followed");
              return FileVisitResult.CONTINUE;
            }
            if (!target.startsWith(realRoot)) {
              skip(file, "symbolic link out of the input folder (to " + target + "): not followed");
            } else if (!Files.isRegularFile(target)) {
              skip(file, "symbolic link to a folder: not followed (its files inside the input folder are read there)");
            } else {
              linkNamesByReal.computeIfAbsent(target, k -> new TreeSet<>()).add(file.toAbsolutePath().toString());
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(java.nio.file.Path file, IOException e) {
            skip(file, "cannot be read: " + e.getMessage());
            return FileVisitResult.CONTINUE;
          }

          private void skip(java.nio.file.Path file, String reason) {
            LOG.warn("input: skipping {}: {}", file, reason);
            skippedLinks.put(file.toAbsolutePath().toString(), reason);
          }
        });
    for (Map.Entry<java.nio.file.Path, TreeSet<String>> e : linkNamesByReal.entrySet()) {
      TreeSet<String> own = namesByReal.get(e.getKey());
      String kept = own != null ? own.first() : e.getValue().first();
      for (String link : e.getValue()) {
        if (!link.equals(kept)) {
          LOG.warn("input: skipping {}: another name of {}, read once", link, kept);
          skippedLinks.put(link, "symbolic link to " + kept + ", which is read once, under that name");
        }
      }
      namesByReal.computeIfAbsent(e.getKey(), k -> new TreeSet<>()).add(kept);
    }
    for (TreeSet<String> names : namesByReal.values()) {
      files.add(names.first());
    }
  }

  /** The real path, so that a link and its target compare equal even under a linked parent. */
  private static java.nio.file.Path realOf(java.nio.file.Path file) {
    try {
      return file.toRealPath();
    } catch (IOException e) {
      return file.toAbsolutePath().normalize();
    }
  }

  private static boolean hiddenName(java.nio.file.Path p) {
    java.nio.file.Path name = p.getFileName();
    return name != null && (name.toString().startsWith(".") || name.toString().startsWith("_"));
  }

  /**
   * Documentation beside the data ({@code README*}, {@code *.md}, {@code LICENSE*}) is not
   * input: skipped, and listed as skipped in the run report.
   */
  public static boolean isDocumentation(String file) {
    String name = file.substring(file.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
    return name.endsWith(".md") || name.startsWith("readme") || name.startsWith("license");
  }

  private static boolean isHidden(Path file, Path root) {
    for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
      String name = p.getName();
      if (name.startsWith(".") || name.startsWith("_")) {
        return true;
      }
    }
    return false;
  }

  /** Local paths without the {@code file:} scheme, others as qualified URIs. */
  static String display(Path path) {
    String s = path.toString();
    return s.startsWith("file:") ? path.toUri().getPath() : s;
  }
}
