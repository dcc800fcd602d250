package io.framing.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The application jar that jobs ships holds no development code: none of this module's classes
 * (corpus generator, benchmark and scale-test drivers, gold harness) and nothing under the
 * package they used to live in.
 */
class AppJarExcludesBenchIT {
  private static final Path APP_JAR = Path.of(System.getProperty("framing.app.jar", "missing"));
  private static final Path BENCH_CLASSES = Path.of(System.getProperty("framing.bench.classes", "missing"));

  @Test
  void appJarHoldsNoClassOfTheBenchModule() throws IOException {
    Set<String> appEntries = appJarEntries();
    List<String> benchClasses = benchClassEntries();
    assertTrue(benchClasses.contains("io/framing/bench/CorpusGenerator.class"),
        "the bench module's classes were not found in " + BENCH_CLASSES + ": " + benchClasses);
    List<String> shipped = benchClasses.stream().filter(appEntries::contains).collect(Collectors.toList());
    assertEquals(List.of(), shipped, "bench classes inside " + APP_JAR);
  }

  @Test
  void appJarHoldsNoBenchPackage() throws IOException {
    Set<String> appEntries = appJarEntries();
    assertTrue(appEntries.contains("io/framing/jobs/FramingMain.class"), APP_JAR + " is not the application jar");
    assertFalse(appEntries.stream().anyMatch(e -> e.startsWith("io/framing/bench/") || e.startsWith("io/framing/jobs/bench/")),
        APP_JAR + " holds a benchmark package");
  }

  private static Set<String> appJarEntries() throws IOException {
    assertTrue(Files.isRegularFile(APP_JAR), "no application jar at " + APP_JAR + " (build jobs first)");
    try (JarFile jar = new JarFile(APP_JAR.toFile())) {
      return jar.stream().map(e -> e.getName()).collect(Collectors.toSet());
    }
  }

  private static List<String> benchClassEntries() throws IOException {
    try (Stream<Path> walk = Files.walk(BENCH_CLASSES)) {
      return walk.filter(p -> p.toString().endsWith(".class"))
          .map(p -> BENCH_CLASSES.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .collect(Collectors.toList());
    }
  }
}
