package io.framing.text;

import io.framing.Args;

/**
 * A half-open range {@code [start, end)} of UTF-16 char offsets into a text.
 *
 * <p>Immutable and thread-safe.
 */
public record CharSpan(int start, int end) implements Comparable<CharSpan> {

  public CharSpan {
    Args.check(start >= 0 && end >= start, "invalid span [%s, %s)", start, end);
  }

  /** Number of chars covered. */
  public int length() {
    return end - start;
  }

  /** The covered text: {@code text.substring(start, end)}. */
  public String coveredText(String text) {
    return text.substring(start, end);
  }

  /** True when the two spans share at least one char. */
  public boolean overlaps(CharSpan other) {
    return start < other.end && other.start < end;
  }

  /** Orders by start, then by end. */
  @Override
  public int compareTo(CharSpan o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
