package io.framing.ingest;

import io.framing.Args;
import io.framing.model.Document;
import java.util.ArrayList;
import java.util.List;

/**
 * What one input record became: either documents (the record's own, then any it carried, such
 * as a retweet's original) or one {@link Reject}. Immutable.
 */
public final class RecordOutcome {
  private final List<Document> documents;
  private final Reject reject;

  private RecordOutcome(List<Document> documents, Reject reject) {
    this.documents = documents;
    this.reject = reject;
  }

  /** The record's own document first, then the documents it carried. */
  public static RecordOutcome accepted(Document own, List<Document> carried) {
    Args.notNull(own, "own document");
    Args.check(!own.carried(), "the record's own document %s must not be marked carried", own);
    for (Document c : carried) {
      Args.check(c.carried(), "carried document %s must be marked carried", c);
    }
    List<Document> all = new ArrayList<>(1 + carried.size());
    all.add(own);
    all.addAll(carried);
    return new RecordOutcome(List.copyOf(all), null);
  }

  public static RecordOutcome accepted(Document own) {
    return accepted(own, List.of());
  }

  public static RecordOutcome rejected(Reject reject) {
    return new RecordOutcome(List.of(), Args.notNull(reject, "reject"));
  }

  public boolean isRejected() {
    return reject != null;
  }

  /** Empty when rejected. */
  public List<Document> documents() {
    return documents;
  }

  /** Null when accepted. */
  public Reject reject() {
    return reject;
  }
}
