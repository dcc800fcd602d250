package io.framing.jobs.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.framing.jobs.SparkTestSession;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pipeline on a real Spark standalone cluster (jobs/bin/standalone-cluster: a master and two
 * workers on 127.0.0.1, executors in JVMs of their own), submitted with
 * {@code jobs/bin/framing --master spark://127.0.0.1:7077}, writes the same tables row for row
 * as the same pipeline in {@code local[*]}. Runs under failsafe after {@code package}, since it
 * submits the shaded application jar.
 */
class StandaloneClusterIT {
  private static final String MASTER = "spark://127.0.0.1:7077";
  private static final URI MASTER_JSON = URI.create("http://127.0.0.1:8080/json/");
  private static final Pattern EXECUTOR_PID = Pattern.compile("Started daemon with process name: (\\d+)@");

  static Path root;
  static Path work;
  static Path clusterOut;
  static Path localOut;
  static long driverPid;
  static String appId;
  static boolean clusterStarted;

  @BeforeAll
  static void runOnTheClusterAndLocally() throws Exception {
    root = SparkTestSession.projectRoot();
    Path appJar = Path.of(System.getProperty("framing.app.jar",
        root.resolve("jobs/target/framing-jobs-0.1.0-SNAPSHOT-app.jar").toString()));
    assumeTrue(Files.isRegularFile(appJar), "no application jar at " + appJar + " (run under mvn verify)");

    work = root.resolve("jobs/target/cluster-it");
    deleteTree(work);
    Files.createDirectories(work);
    clusterOut = work.resolve("out-cluster");
    localOut = work.resolve("out-local");
    Path corpus = root.resolve("data/corpus");
    Path input = Files.isDirectory(corpus) ? corpus : root.resolve("../shared/gold/dev/input").normalize();
    assertTrue(Files.isDirectory(input), "no input corpus at " + input);

    clusterStarted = true;
    assertEquals(0, script("start", 4).exitValue(), "standalone-cluster start (see " + work.resolve("start.log") + ")");
    Set<String> appsBefore = completedAppIds(masterJson());

    Process onCluster = framing("cluster", List.of("--master", MASTER, "run", "--input", input.toString(),
        "--output", clusterOut.toString()));
    driverPid = onCluster.pid();
    assertEquals(0, waitFor(onCluster, "cluster run", 8), "pipeline on the cluster (see " + work.resolve("cluster.log") + ")");

    Process local = framing("local", List.of("run", "--input", input.toString(), "--output", localOut.toString()));
    assertEquals(0, waitFor(local, "local run", 8), "pipeline in local[*] (see " + work.resolve("local.log") + ")");

    // The application of the cluster run: the one that finished since the start.
    long deadline = System.currentTimeMillis() + 15_000;
    while (appId == null && System.currentTimeMillis() < deadline) {
      for (JsonNode app : masterJson().path("completedapps")) {
        if (!appsBefore.contains(app.path("id").asText()) && "FINISHED".equals(app.path("state").asText())) {
          appId = app.path("id").asText();
        }
      }
      if (appId == null) {
        Thread.sleep(500);
      }
    }
  }

  @AfterAll
  static void stopTheCluster() throws Exception {
    if (clusterStarted) {
      script("stop", 2);
    }
  }

  @Test
  void everyTableOnTheClusterEqualsTheLocalOneRowForRow() throws IOException {
    Set<String> tables = parquetTables(localOut);
    assertTrue(tables.containsAll(List.of("documents", "rejects", "mentions", "relations")), "local tables: " + tables);
    assertEquals(tables, parquetTables(clusterOut), "the same tables on the cluster and locally");

    SparkSession spark = SparkTestSession.get();
    for (String table : tables) {
      Dataset<Row> onCluster = spark.read().parquet(clusterOut.resolve(table).toString());
      Dataset<Row> local = spark.read().parquet(localOut.resolve(table).toString());
      assertEquals(List.of(local.schema().fieldNames()), List.of(onCluster.schema().fieldNames()), table + " columns");
      assertEquals(local.count(), onCluster.count(), table + " row count");
      assertEquals(0, onCluster.exceptAll(local).count(), table + ": rows on the cluster that local lacks");
      assertEquals(0, local.exceptAll(onCluster).count(), table + ": local rows the cluster lacks");
    }
    assertTrue(spark.read().parquet(clusterOut.resolve("documents").toString()).count() > 0, "documents is not empty");
    assertTrue(Files.isRegularFile(clusterOut.resolve("_run_report.json")));
  }

  @Test
  void theExecutorsRanInJvmsOfTheirOwnOnBothWorkers() throws Exception {
    JsonNode master = masterJson();
    assertEquals(2, master.path("aliveworkers").asInt(), "alive workers: " + master);
    assertTrue(appId != null, "a finished application for the cluster run: " + master.path("completedapps"));
    JsonNode app = findApp(master, appId);
    assertEquals("framing run", app.path("name").asText());
    assertEquals(2, app.path("cores").asInt(), "the application held both workers' cores");

    Set<Long> daemonPids = new HashSet<>();
    for (String daemon : List.of("master", "worker-1", "worker-2")) {
      daemonPids.add(Long.parseLong(Files.readString(root.resolve("jobs/target/spark-cluster/" + daemon + ".pid")).trim()));
    }
    Set<Long> executorPids = new HashSet<>();
    int tasks = 0;
    int extractorLoads = 0;
    for (String workDir : List.of("work-1", "work-2")) {
      Path appDir = root.resolve("jobs/target/spark-cluster/" + workDir + "/" + appId);
      List<Path> stderrs;
      try (Stream<Path> executors = Files.list(appDir)) {
        stderrs = executors.map(dir -> dir.resolve("stderr")).filter(Files::isRegularFile).collect(Collectors.toList());
      }
      assertEquals(1, stderrs.size(), "one executor on " + workDir + ": " + stderrs);
      String log = Files.readString(stderrs.get(0), StandardCharsets.UTF_8);
      assertTrue(log.contains("org.apache.spark.executor.CoarseGrainedExecutorBackend"), "an executor JVM's command line");
      assertTrue(log.contains("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED"), "the executor got the Java 17 flags");
      Matcher pid = EXECUTOR_PID.matcher(log);
      assertTrue(pid.find(), "the executor logged its process id in " + stderrs.get(0));
      executorPids.add(Long.parseLong(pid.group(1)));
      tasks += countOccurrences(log, "Running task ");
      int loads = countOccurrences(log, "extract: loaded the extractor from DataBundle");
      assertTrue(loads <= 1, "the extractor is loaded at most once per executor JVM, got " + loads + " in " + stderrs.get(0));
      extractorLoads += loads;
    }
    assertEquals(2, executorPids.size(), "two executor JVMs: " + executorPids);
    assertFalse(executorPids.contains(driverPid), "executors are not the driver " + driverPid);
    assertFalse(executorPids.contains(ProcessHandle.current().pid()), "executors are not the test JVM");
    for (long pid : executorPids) {
      assertFalse(daemonPids.contains(pid), "executor " + pid + " is not a master or worker JVM " + daemonPids);
      assertNotEquals(driverPid, pid);
    }
    assertTrue(tasks > 0, "the executors ran the tasks");
    assertTrue(extractorLoads >= 1, "the executors built their extractor from the broadcast data bundle");
    System.out.printf("cluster run %s: driver pid %d, executor pids %s (daemons %s), %d tasks on executors%n",
        appId, driverPid, executorPids, daemonPids, tasks);
  }

  // ---- helpers

  private static Process script(String command, int minutes) throws Exception {
    Path log = work.resolve(command + ".log");
    Process p = new ProcessBuilder(root.resolve("jobs/bin/standalone-cluster").toString(), command)
        .directory(root.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    waitFor(p, "standalone-cluster " + command, minutes);
    System.out.print(Files.readString(log));
    return p;
  }

  private static Process framing(String name, List<String> args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(root.resolve("jobs/bin/framing").toString());
    command.addAll(args);
    return new ProcessBuilder(command).directory(root.toFile())
        .redirectErrorStream(true).redirectOutput(work.resolve(name + ".log").toFile()).start();
  }

  private static int waitFor(Process p, String what, int minutes) throws InterruptedException {
    if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
      p.descendants().forEach(ProcessHandle::destroy);
      p.destroy();
      throw new AssertionError(what + " did not finish within " + minutes + " minutes");
    }
    return p.exitValue();
  }

  private static JsonNode masterJson() throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpResponse<String> response = client.send(
        HttpRequest.newBuilder(MASTER_JSON).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), "GET " + MASTER_JSON);
    return new ObjectMapper().readTree(response.body());
  }

  private static Set<String> completedAppIds(JsonNode master) {
    Set<String> ids = new HashSet<>();
    master.path("completedapps").forEach(app -> ids.add(app.path("id").asText()));
    return ids;
  }

  private static JsonNode findApp(JsonNode master, String id) {
    for (JsonNode app : master.path("completedapps")) {
      if (id.equals(app.path("id").asText())) {
        return app;
      }
    }
    throw new AssertionError("no completed application " + id);
  }

  /** The subdirectories of an output that hold Parquet files (at any depth: partitions). */
  private static Set<String> parquetTables(Path output) throws IOException {
    Set<String> tables = new TreeSet<>();
    try (Stream<Path> dirs = Files.list(output)) {
      for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
        try (Stream<Path> files = Files.walk(dir)) {
          if (files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"))) {
            tables.add(dir.getFileName().toString());
          }
        }
      }
    }
    return tables;
  }

  private static int countOccurrences(String text, String needle) {
    int count = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
      count++;
    }
    return count;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
          Files.delete(p);
        }
      }
    }
  }
}
