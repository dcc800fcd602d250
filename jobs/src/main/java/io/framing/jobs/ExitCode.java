package io.framing.jobs;

/** Process exit codes of {@code framing}; documented in README.md. */
public enum ExitCode {
  OK(0, "success"),
  STAGE_FAILED(1, "a stage failed (see the log)"),
  BAD_ARGUMENTS(2, "bad arguments, or an --output that is not safe to write (a file, a foreign folder, inside an --input, held by another run)"),
  UNREADABLE_INPUT(3, "an input does not exist or cannot be listed"),
  BELOW_THRESHOLD(5, "evaluation below threshold (a --min-... score was not reached)");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  public int code() {
    return code;
  }

  public String meaning() {
    return meaning;
  }
}
