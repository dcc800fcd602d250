package io.framing.jobs.extract;

import io.framing.jobs.io.BundleHolder;
import io.framing.jobs.io.DataBundle;
import io.framing.relations.DocumentExtractor;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one {@link DocumentExtractor} of this JVM, built lazily from a {@link DataBundle} through
 * the JVM's {@link BundleHolder}: the first task on an executor loads it (a second or two);
 * every later task of that JVM, and every row, shares it.
 */
public final class ExtractorHolder {
  private static final Logger LOG = LoggerFactory.getLogger(ExtractorHolder.class);
  private static final AtomicInteger LOADS = new AtomicInteger();

  private ExtractorHolder() {}

  /** The extractor of {@code bundle}, loading it on first use in this JVM. */
  public static DocumentExtractor get(DataBundle bundle) {
    return BundleHolder.get(bundle, DocumentExtractor.class, dir -> {
      long start = System.currentTimeMillis();
      DocumentExtractor extractor = DocumentExtractor.load(dir);
      LOADS.incrementAndGet();
      // StandaloneClusterIT counts this line in the executors' logs: one load per executor JVM.
      LOG.info("extract: loaded the extractor from {} ({} files) in {} ms", bundle, bundle.files().size(),
          System.currentTimeMillis() - start);
      return extractor;
    });
  }

  /** How many times this JVM has loaded an extractor: once per bundle, never per task. */
  public static int loads() {
    return LOADS.get();
  }
}
