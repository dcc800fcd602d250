package io.framing.relations;

/** A cue found in a sentence: tokens {@code [start, end)}; {@code head} is the cue's first token. */
public final class CueMatch {
  private final Cue cue;
  private final int start;
  private final int end;

  CueMatch(Cue cue, int start, int end) {
    this.cue = cue;
    this.start = start;
    this.end = end;
  }

  public Cue cue() {
    return cue;
  }

  public int start() {
    return start;
  }

  public int end() {
    return end;
  }

  @Override
  public String toString() {
    return cue + "@" + start + "-" + end;
  }
}
