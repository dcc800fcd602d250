package io.framing.actors;

import java.util.List;

/**
 * The actor dictionary files hold errors. Every problem found in one load is listed, each
 * naming its file, line and bad value, so that an analyst can fix them in one pass.
 */
public final class ActorDictionaryException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final List<String> problems;

  /** Creates the exception from a non-empty list of problems. */
  public ActorDictionaryException(List<String> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem, in file and line order. */
  public List<String> problems() {
    return problems;
  }

  private static String message(List<String> problems) {
    StringBuilder sb = new StringBuilder();
    sb.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems")
        .append(" in the actor dictionary:");
    int shown = 0;
    for (String p : problems) {
      if (shown++ == 50) {
        sb.append("\n  ... and ").append(problems.size() - 50).append(" more");
        break;
      }
      sb.append("\n  ").append(p);
    }
    return sb.toString();
  }
}
