package io.framing.jobs;

/** A failure the user can act on: its message is printed as is, and it carries the exit code. */
public class FramingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ExitCode exitCode;

  public FramingException(ExitCode exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public FramingException(ExitCode exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public ExitCode exitCode() {
    return exitCode;
  }
}
