package io.framing.jobs.ingest;

import io.framing.jobs.ExitCode;
import io.framing.jobs.FramingException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Expands the {@code --input} values (files, directories, globs, on any Hadoop file system)
 * into the sorted list of files to read. Hidden files ({@code .x}, {@code _x}) are skipped, as
 * Spark's own readers do. The list grows with the number of files, never with their content.
 */
public final class InputListing {
  private InputListing() {}

  public static List<String> list(List<String> inputs, Configuration conf) {
    TreeSet<String> files = new TreeSet<>();
    for (String input : inputs) {
      int before = files.size();
      try {
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus[] matches = fs.globStatus(path);
        if (matches == null || matches.length == 0) {
          throw new FramingException(ExitCode.UNREADABLE_INPUT, "Input not found: " + input);
        }
        for (FileStatus match : matches) {
          if (match.isDirectory()) {
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
