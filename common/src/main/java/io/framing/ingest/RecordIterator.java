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

  /** Appends the outcomes of the next input unit; returns false at the end of the input. */
  protected abstract boolean advance() throws IOException;

  protected final void emit(RecordOutcome outcome) {
    pending.add(outcome);
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
        done = true;
        return true;
      }
    };
  }
}
