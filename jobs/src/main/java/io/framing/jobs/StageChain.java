package io.framing.jobs;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Checks a command's stages before anything starts: every table a stage {@link Stage#reads()}
 * must be written by an earlier stage of the command or already be published under {@code
 * --output}. A missing table is a usage error (exit 2) naming the table and the stage that
 * would write it, found before a Spark session is created.
 */
public final class StageChain {
  private StageChain() {}

  /**
   * @param stages the command's stages, in order
   * @param pipeline every stage, in order (to name the one that writes a missing table)
   * @param published whether a table is published under the output
   * @throws FramingException {@link ExitCode#BAD_ARGUMENTS} naming the first missing table
   */
  public static void check(List<Stage> stages, List<Stage> pipeline, String output, Predicate<String> published) {
    Set<String> written = new HashSet<>();
    for (Stage stage : stages) {
      for (String table : stage.reads()) {
        if (!written.contains(table) && !published.test(table)) {
          throw new FramingException(ExitCode.BAD_ARGUMENTS, "The " + stage.name() + " stage reads the " + table
              + " table, which is not under --output " + output + " and no earlier stage of this command writes it: "
              + "run " + writerOf(table, pipeline) + " (or run) with this --output first.");
        }
      }
      written.addAll(stage.writes());
    }
  }

  private static String writerOf(String table, List<Stage> pipeline) {
    for (Stage s : pipeline) {
      if (s.writes().contains(table)) {
        return s.name();
      }
    }
    return "the stage that writes it";
  }
}
