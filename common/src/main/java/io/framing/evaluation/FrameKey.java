package io.framing.evaluation;

import io.framing.Args;

/** What frame scoring compares, per document: (source_country, source_role, frame). Immutable. */
public record FrameKey(String sourceCountry, String sourceRole, String frame) implements Comparable<FrameKey> {
  public FrameKey {
    Args.notBlank(sourceCountry, "sourceCountry");
    Args.notBlank(sourceRole, "sourceRole");
    Args.notBlank(frame, "frame");
  }

  @Override
  public int compareTo(FrameKey o) {
    return toString().compareTo(o.toString());
  }

  @Override
  public String toString() {
    return sourceCountry + "/" + sourceRole + " " + frame;
  }
}
