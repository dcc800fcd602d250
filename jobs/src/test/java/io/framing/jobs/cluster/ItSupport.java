package io.framing.jobs.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.framing.jobs.SparkTestSession;
import io.framing.jobs.schema.IngestedFilesTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** What the failure tests share: launching jobs/bin/framing and the cluster script, waiting, comparing tables. */
final class ItSupport {
  private ItSupport() {}

  /** The local standalone cluster of jobs/bin/standalone-cluster. */
  static final String MASTER = "spark://127.0.0.1:7077";
  static final java.net.URI MASTER_JSON = java.net.URI.create("http://127.0.0.1:8080/json/");
  /** How an executor's stderr names its JVM. */
  static final java.util.regex.Pattern EXECUTOR_PID =
      java.util.regex.Pattern.compile("Started daemon with process name: (\\d+)@");

  /**
   * An empty jobs/target/{@code name} for one test class, after checking (JUnit assumption) that
   * the application jar the launcher submits has been built ({@code framing.app.jar}, set by
   * failsafe, or the default path).
   */
  static Path freshWorkDir(Path root, String name) throws IOException {
    Path appJar = Path.of(System.getProperty("framing.app.jar",
        root.resolve("jobs/target/framing-jobs-0.1.0-SNAPSHOT-app.jar").toString()));
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(appJar),
        "no application jar at " + appJar + " (run under mvn verify)");
    Path work = root.resolve("jobs/target").resolve(name);
    deleteTree(work);
    Files.createDirectories(work);
    return work;
  }

  /** The standalone master's JSON status page. */
  static com.fasterxml.jackson.databind.JsonNode masterJson() throws Exception {
    java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
        .connectTimeout(java.time.Duration.ofSeconds(5)).build();
    java.net.http.HttpResponse<String> response = client.send(
        java.net.http.HttpRequest.newBuilder(MASTER_JSON).timeout(java.time.Duration.ofSeconds(10)).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), "GET " + MASTER_JSON);
    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
  }

  static Process framing(Path root, Path log, List<String> args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(root.resolve("jobs/bin/framing").toString());
    command.addAll(args);
    return new ProcessBuilder(command).directory(root.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  static int script(Path root, Path log, String command, int minutes) throws Exception {
    Process p = new ProcessBuilder(root.resolve("jobs/bin/standalone-cluster").toString(), command)
        .directory(root.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    int code = waitFor(p, "standalone-cluster " + command, minutes);
    System.out.print(Files.readString(log));
    return code;
  }

  static int waitFor(Process p, String what, int minutes) throws InterruptedException {
    if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      throw new AssertionError(what + " did not finish within " + minutes + " minutes");
    }
    return p.exitValue();
  }

  /** Polls {@code condition} every 100 ms; false when {@code seconds} pass first or {@code alive} ends. */
  static boolean await(BooleanSupplier condition, Process alive, int seconds) throws InterruptedException {
    long deadline = System.currentTimeMillis() + seconds * 1000L;
    while (System.currentTimeMillis() < deadline) {
      if (condition.getAsBoolean()) {
        return true;
      }
      if (alive != null && !alive.isAlive()) {
        return false;
      }
      Thread.sleep(100);
    }
    return false;
  }

  static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      return "";
    }
  }

  /** The subdirectories of an output that hold Parquet files (at any depth: partitions). */
  static Set<String> parquetTables(Path output) throws IOException {
    Set<String> tables = new TreeSet<>();
    try (Stream<Path> dirs = Files.list(output)) {
      for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
        if (dir.getFileName().toString().startsWith("_")) {
          continue;
        }
        try (Stream<Path> files = Files.walk(dir)) {
          if (files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"))) {
            tables.add(dir.getFileName().toString());
          }
        }
      }
    }
    return tables;
  }

  /** Every table of {@code actual} has the rows of the same table of {@code expected}, and no others. */
  static void assertSameTables(Path expected, Path actual) throws IOException {
    Set<String> tables = parquetTables(expected);
    assertEquals(tables, parquetTables(actual), "the same tables");
    SparkSession spark = SparkTestSession.get();
    for (String table : tables) {
      Dataset<Row> a = spark.read().parquet(actual.resolve(table).toString());
      Dataset<Row> e = spark.read().parquet(expected.resolve(table).toString());
      assertEquals(List.of(e.schema().fieldNames()), List.of(a.schema().fieldNames()), table + " columns");
      if (table.equals(IngestedFilesTable.NAME)) {
        // Which run read a file, and when, differ between two runs by design; the stamps may not.
        a = a.drop("run_id", "ingested_at");
        e = e.drop("run_id", "ingested_at");
      }
      assertEquals(e.count(), a.count(), table + " row count");
      assertEquals(0, a.exceptAll(e).count(), table + ": rows " + actual + " has and " + expected + " lacks");
      assertEquals(0, e.exceptAll(a).count(), table + ": rows " + expected + " has and " + actual + " lacks");
    }
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
          Files.delete(p);
        }
      }
    }
  }

  /**
   * Relative path → bytes of every file under {@code dir} but {@code _staging} and the run lock
   * ({@code _lock}, which a killed run leaves until the next run takes it over), for
   * byte-for-byte comparison of the published output.
   */
  static java.util.Map<String, String> fileDigests(Path dir) throws IOException {
    java.util.Map<String, String> files = new java.util.TreeMap<>();
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
        String rel = dir.relativize(p).toString();
        if (!rel.startsWith("_staging") && !rel.equals("_lock")) {
          files.put(rel, java.util.HexFormat.of().formatHex(sha256(Files.readAllBytes(p))));
        }
      }
    }
    return files;
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
