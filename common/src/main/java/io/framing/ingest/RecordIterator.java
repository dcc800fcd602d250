package io.framing.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A lazy, closeable stream of record outcomes. Subclasses fill the queue one input unit at a
 * time in {@link #advance()}, so at most one unit (a line, a CSV row, a v2 page) is in memory.
 * Not thread-safe.
 */
public abstract class RecordIterator implements Iterator<RecordOutcome>, AutoCloseable {
  private final ArrayDeque<RecordOutcome> pending = new ArrayDeque<>();
  private boolean finished;
  private long held;

  /** Appends the outcomes of the next input unit; returns false at the end of the input. */
  protected abstract boolean advance() throws IOException;

  protected final void emit(RecordOutcome outcome) {
    pending.add(outcome);
  }

  /**
   * Counts records as the file holds them (lines, rows, tweets of a page), apart from the
   * outcomes emitted: the run report's {@code read} is this count, so a record framed but
   * never given an outcome breaks the accounting instead of vanishing.
   */
  protected final void counted(long records) {
    if (records < 0) {
      throw new IllegalArgumentException("records must be >= 0, got " + records);
    }
    held += records;
  }

  /** The records the input held so far, as {@link #counted} was told. */
  public final long recordsHeld() {
    return held;
  }

  @Override
  public final boolean hasNext() {
    try {
      while (pending.isEmpty() && !finished) {
        if (!advance()) {
          finished = true;
          close();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return !pending.isEmpty();
  }

  @Override
  public final RecordOutcome next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return pending.poll();
  }

  @Override
  public void close() throws IOException {}

  /** An iterator over the given outcomes, for formats that read a file as one record. */
  public static RecordIterator of(RecordOutcome... outcomes) {
    return new RecordIterator() {
      private boolean done;

      @Override
      protected boolean advance() {
        if (done) {
          return false;
        }
        for (RecordOutcome o : outcomes) {
          emit(o);
        }
        counted(outcomes.length);
        done = true;
        return true;
      }
    };
  }
}
