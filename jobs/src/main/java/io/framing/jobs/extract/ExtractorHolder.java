package io.framing.jobs.extract;

import io.framing.jobs.io.BundleHolder;
import io.framing.jobs.io.DataBundle;
import io.framing.relations.DocumentExtractor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one {@link DocumentExtractor} of this JVM, built lazily from a {@link DataBundle} through
 * the JVM's {@link BundleHolder}: the first task on an executor loads it (a second or two);
 * every later task of that JVM, and every row, shares it.
 */
public final class ExtractorHolder {
  private static final AtomicInteger LOADS = new AtomicInteger();

  private ExtractorHolder() {}

  /** The extractor of {@code bundle}, loading it on first use in this JVM. */
  public static DocumentExtractor get(DataBundle bundle) {
    return BundleHolder.get(bundle, DocumentExtractor.class, dir -> {
      LOADS.incrementAndGet();
      return DocumentExtractor.load(dir);
    });
  }

  /** How many times this JVM has loaded an extractor: once per bundle, never per task. */
  public static int loads() {
    return LOADS.get();
  }
}
