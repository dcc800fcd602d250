package io.framing.jobs.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What this JVM built from the broadcast {@link DataBundle}, one holder per JVM (driver or
 * executor) keyed by the bundle's fingerprint: the first task writes the bundle once into a temp
 * directory, and each kind of object built from it (extract's extractor, summarize's scorers)
 * is loaded once from that directory and shared by every later task and row (they are immutable
 * and thread-safe). A different bundle (another job in the same JVM, e.g. in tests) replaces
 * the holder. Temp directories are removed when the JVM exits.
 */
public final class BundleHolder {
  private static final Logger LOG = LoggerFactory.getLogger(BundleHolder.class);
  private static final Object LOCK = new Object();
  private static volatile Held current;

  private BundleHolder() {}

  private record Held(String fingerprint, Path dir, Map<Class<?>, Object> built) {}

  /**
   * The {@code kind} built from {@code bundle} by {@code loader} (given the directory the bundle
   * was written to), loading it on first use in this JVM.
   */
  public static <T> T get(DataBundle bundle, Class<T> kind, Function<Path, T> loader) {
    Held held = held(bundle);
    Object built = held.built().get(kind);
    if (built == null) {
      synchronized (LOCK) {
        built = held.built().get(kind);
        if (built == null) {
          long start = System.currentTimeMillis();
          built = loader.apply(held.dir());
          held.built().put(kind, built);
          LOG.info("loaded {} from {} in {} ms", kind.getSimpleName(), bundle, System.currentTimeMillis() - start);
        }
      }
    }
    return kind.cast(built);
  }

  private static Held held(DataBundle bundle) {
    Held h = current;
    if (h != null && h.fingerprint().equals(bundle.fingerprint())) {
      return h;
    }
    synchronized (LOCK) {
      h = current;
      if (h == null || !h.fingerprint().equals(bundle.fingerprint())) {
        h = new Held(bundle.fingerprint(), materialise(bundle), new ConcurrentHashMap<>());
        current = h;
      }
      return h;
    }
  }

  private static Path materialise(DataBundle bundle) {
    Path dir;
    try {
      dir = Files.createTempDirectory("framing-data-" + bundle.fingerprint() + "-");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a temp directory for the data bundle", e);
    }
    deleteOnExit(dir);
    bundle.materialise(dir);
    return dir;
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
