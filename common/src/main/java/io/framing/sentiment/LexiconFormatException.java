package io.framing.sentiment;

import java.io.IOException;

/** A lexicon file has a line that cannot be read; the message names the file and the line. */
public final class LexiconFormatException extends IOException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int lineNumber;

  LexiconFormatException(String source, int lineNumber, String problem, String line) {
    super(String.format("%s, line %d: %s; the line reads '%s'", source, lineNumber, problem, line));
    this.source = source;
    this.lineNumber = lineNumber;
  }

  /** The file (or the name given for a stream) the malformed line is in. */
  public String source() {
    return source;
  }

  /** The 1-based number of the malformed line. */
  public int lineNumber() {
    return lineNumber;
  }
}
