package io.framing.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * {@code --config FILE}: settings in a {@code key=value} properties file whose keys are the long
 * options without their dashes ({@code input=data/corpus}, {@code output=out}, {@code since=2020-10-05}).
 * {@code input} takes several paths separated by commas (commas inside a {@code {a,b}} glob
 * stay). A flag's key ({@code reingest}, {@code summary-only}) takes {@code true} or {@code false}.
 * An option given on the command line overrides the file's key; an empty value is unset; a key
 * that is no option, or a flag's value that is neither true nor false, is an error naming it.
 * The file is read through Hadoop's file systems, so {@code hdfs://} and {@code s3a://} paths
 * work where those are configured.
 */
public final class ConfigFile {
  /** The keys a config file may set: every long option that takes a value, and the flags of {@link #FLAG_KEYS}. */
  public static final List<String> KEYS = List.of("input", "output", "format", "data-dir", "max-record-bytes",
      "since", "until", "progress-seconds", "gold", "min-relation-f1", "reingest", "summary-only");
  /** The keys of {@link #KEYS} that are flags: {@code true} gives the flag, {@code false} leaves it out. */
  public static final List<String> FLAG_KEYS = List.of("reingest", "summary-only");

  private ConfigFile() {}

  /**
   * {@code args} (the command first) with {@code --config FILE} replaced by the file's settings,
   * placed before the command line's own options so that those win.
   */
  static String[] merge(String[] args) {
    String file = null;
    List<String> flags = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--config")) {
        if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
          throw new FramingException(ExitCode.BAD_ARGUMENTS, "--config needs a value");
        }
        file = setOnce(file, args[++i]);
      } else if (args[i].startsWith("--config=")) {
        file = setOnce(file, args[i].substring("--config=".length()));
      } else {
        flags.add(args[i]);
      }
    }
    if (file == null) {
      return args;
    }
    Set<String> given = new HashSet<>();
    for (String flag : flags) {
      if (flag.startsWith("--")) {
        int eq = flag.indexOf('=');
        given.add(eq > 0 ? flag.substring(2, eq) : flag.substring(2));
      }
    }
    List<String> merged = new ArrayList<>();
    merged.add(args[0]);
    Properties settings = read(file);
    for (String key : new TreeSet<>(settings.stringPropertyNames())) {
      if (!KEYS.contains(key)) {
        throw new FramingException(ExitCode.BAD_ARGUMENTS, "Unknown key '" + key + "' in config file " + file
            + " (known keys: " + String.join(", ", KEYS) + ")");
      }
      String value = settings.getProperty(key).trim();
      if (value.isEmpty() || given.contains(key)) {
        continue;
      }
      if (FLAG_KEYS.contains(key)) {
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
          throw new FramingException(ExitCode.BAD_ARGUMENTS, "Key '" + key + "' in config file " + file
              + " is a flag: true or false, got '" + value + "'");
        }
        if (value.equalsIgnoreCase("true")) {
          merged.add("--" + key);
        }
        continue;
      }
      List<String> values = key.equals("input") ? splitOutsideBraces(value) : List.of(value);
      for (String v : values) {
        merged.add("--" + key);
        merged.add(v);
      }
    }
    merged.addAll(flags);
    return merged.toArray(new String[0]);
  }

  private static String setOnce(String current, String file) {
    if (current != null) {
      throw new FramingException(ExitCode.BAD_ARGUMENTS, "--config given twice: " + current + " and " + file);
    }
    return file;
  }

  private static Properties read(String file) {
    Path path = new Path(file);
    Properties settings = new Properties();
    try (InputStream in = path.getFileSystem(new Configuration()).open(path)) {
      settings.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException | IllegalArgumentException e) {
      throw new FramingException(ExitCode.BAD_ARGUMENTS, "Cannot read config file " + file + ": " + e.getMessage(), e);
    }
    return settings;
  }

  /** "a,b/{x,y}*,c" is [a, b/{x,y}*, c]; blanks around commas are dropped. */
  static List<String> splitOutsideBraces(String value) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    StringBuilder current = new StringBuilder();
    for (char c : value.toCharArray()) {
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth = Math.max(0, depth - 1);
      }
      if (c == ',' && depth == 0) {
        addIfNotBlank(parts, current);
      } else {
        current.append(c);
      }
    }
    addIfNotBlank(parts, current);
    return parts;
  }

  private static void addIfNotBlank(List<String> parts, StringBuilder current) {
    String s = current.toString().trim();
    if (!s.isEmpty()) {
      parts.add(s);
    }
    current.setLength(0);
  }
}
