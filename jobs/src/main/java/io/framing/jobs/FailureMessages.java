package io.framing.jobs;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The one line a failed stage prints. Spark wraps a task's failure several times
 * ({@code SparkException: [TASK_WRITE_FAILED] Task failed while writing rows} around a
 * {@code SparkException} around the executor's {@code IOException}), so the top-level message
 * rarely says what the user can act on; this walks the cause chain for causes that have a
 * plain name.
 */
final class FailureMessages {
  private FailureMessages() {}

  /** Known root causes: a phrase found in a cause's message → what the user reads. */
  private static final Map<String, String> KNOWN = Map.of(
      "no space left on device", "no space left on device",
      "disk quota exceeded", "disk quota exceeded",
      "read-only file system", "read-only file system");

  /** "stage failed: no space left on device (…)" when a cause says so, else "stage failed: " + the failure. */
  static String describe(Throwable failure) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
      String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      for (Map.Entry<String, String> known : KNOWN.entrySet()) {
        if (message.contains(known.getKey())) {
          return "stage failed: " + known.getValue() + " (" + t.getClass().getSimpleName() + ": "
              + firstLine(t.getMessage()) + "); free space or choose another --output, then rerun "
              + "(the previous output is intact)";
        }
      }
    }
    return "stage failed: " + failure;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
