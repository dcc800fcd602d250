package io.framing.jobs.extract;

import io.framing.jobs.io.DataBundle;
import io.framing.relations.DocumentExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one {@link DocumentExtractor} of this JVM, built lazily from a {@link DataBundle}: the
 * first task on an executor writes the bundle into a temp directory and loads the extractor
 * from it (a second or two); every later task of that JVM, and every row, shares it (it is
 * immutable and thread-safe). Keyed by the bundle's fingerprint: a different bundle (another
 * job in the same JVM, e.g. in tests) replaces it. The temp directory is removed when the JVM
 * exits.
 */
public final class ExtractorHolder {
  private static final Logger LOG = LoggerFactory.getLogger(ExtractorHolder.class);

  private static final Object LOCK = new Object();
  private static final AtomicInteger LOADS = new AtomicInteger();
  private static volatile Loaded current;

  private ExtractorHolder() {}

  private static final class Loaded {
    final String fingerprint;
    final DocumentExtractor extractor;

    Loaded(String fingerprint, DocumentExtractor extractor) {
      this.fingerprint = fingerprint;
      this.extractor = extractor;
    }
  }

  /** The extractor of {@code bundle}, loading it on first use in this JVM. */
  public static DocumentExtractor get(DataBundle bundle) {
    Loaded l = current;
    if (l != null && l.fingerprint.equals(bundle.fingerprint())) {
      return l.extractor;
    }
    synchronized (LOCK) {
      l = current;
      if (l == null || !l.fingerprint.equals(bundle.fingerprint())) {
        l = new Loaded(bundle.fingerprint(), load(bundle));
        current = l;
      }
      return l.extractor;
    }
  }

  /** How many times this JVM has loaded an extractor: once per bundle, never per task. */
  public static int loads() {
    return LOADS.get();
  }

  private static DocumentExtractor load(DataBundle bundle) {
    long start = System.currentTimeMillis();
    Path dir;
    try {
      dir = Files.createTempDirectory("framing-data-" + bundle.fingerprint() + "-");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a temp directory for the data bundle", e);
    }
    deleteOnExit(dir);
    bundle.materialise(dir);
    DocumentExtractor extractor = DocumentExtractor.load(dir);
    LOADS.incrementAndGet();
    LOG.info("extract: loaded the extractor from {} ({} files) in {} ms", bundle, bundle.files().size(),
        System.currentTimeMillis() - start);
    return extractor;
  }

  private static void deleteOnExit(Path dir) {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException | RuntimeException e) {
        // best effort: a temp directory left behind is harmless
      }
    }, "framing-data-cleanup"));
  }
}
