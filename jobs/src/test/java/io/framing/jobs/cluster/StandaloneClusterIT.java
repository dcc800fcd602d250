package io.framing.jobs.cluster;

import static io.framing.jobs.cluster.ItSupport.EXECUTOR_PID;
import static io.framing.jobs.cluster.ItSupport.MASTER;
import static io.framing.jobs.cluster.ItSupport.assertSameTables;
import static io.framing.jobs.cluster.ItSupport.framing;
import static io.framing.jobs.cluster.ItSupport.masterJson;
import static io.framing.jobs.cluster.ItSupport.parquetTables;
import static io.framing.jobs.cluster.ItSupport.script;
import static io.framing.jobs.cluster.ItSupport.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.framing.jobs.SparkTestSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
  static Path root;
  static Path work;
  static Path clusterOut;
  static Path localOut;
  static long driverPid;
  static String appId;
  static boolean clusterStarted;
  static String authPermissions;
  static String authSettings;

  @BeforeAll
  static void runOnTheClusterAndLocally() throws Exception {
    root = SparkTestSession.projectRoot();
    work = ItSupport.freshWorkDir(root, "cluster-it");
    clusterOut = work.resolve("out-cluster");
    localOut = work.resolve("out-local");
    Path corpus = root.resolve("data/corpus");
    Path input = Files.isDirectory(corpus) ? corpus : root.resolve("../shared/gold/dev/input").normalize();
    assertTrue(Files.isDirectory(input), "no input corpus at " + input);

    clusterStarted = true;
    assertEquals(0, script(root, work.resolve("start.log"), "start", 4), "standalone-cluster start (see " + work.resolve("start.log") + ")");
    Set<String> appsBefore = completedAppIds(masterJson());
    // The secret of this start (spark.authenticate): a file of the owner's only, which the launcher passes on.
    Path auth = root.resolve("jobs/target/spark-cluster/spark-auth.conf");
    authPermissions = PosixFilePermissions.toString(Files.getPosixFilePermissions(auth));
    authSettings = Files.readString(auth);

    Process onCluster = framing(root, work.resolve("cluster.log"), List.of("--master", MASTER, "run", "--input", input.toString(),
        "--output", clusterOut.toString()));
    driverPid = onCluster.pid();
    assertEquals(0, waitFor(onCluster, "cluster run", 8), "pipeline on the cluster (see " + work.resolve("cluster.log") + ")");

    Process local = framing(root, work.resolve("local.log"), List.of("run", "--input", input.toString(), "--output", localOut.toString()));
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
      script(root, work.resolve("stop.log"), "stop", 2);
    }
  }

  @Test
  void everyTableOnTheClusterEqualsTheLocalOneRowForRow() throws IOException {
    Set<String> tables = parquetTables(localOut);
    assertTrue(tables.containsAll(List.of("documents", "rejects", "mentions", "relations")), "local tables: " + tables);
    assertSameTables(localOut, clusterOut);
    SparkSession spark = SparkTestSession.get();
    assertTrue(spark.read().parquet(clusterOut.resolve("documents").toString()).count() > 0, "documents is not empty");
    assertTrue(Files.isRegularFile(clusterOut.resolve("_run_report.json")));
  }

  @Test
  void theClusterRanWithAuthenticationOnAndAnOwnerOnlySecret() throws IOException {
    assertEquals("rw-------", authPermissions, "spark-auth.conf is readable by its owner only");
    assertTrue(authSettings.contains("spark.authenticate true\n"), "authentication on");
    assertTrue(authSettings.matches("(?s).*spark\\.authenticate\\.secret [0-9a-f]{64}\n.*"), "a 256-bit secret");
    for (String daemon : List.of("master", "worker-1", "worker-2")) {
      String log = Files.readString(root.resolve("jobs/target/spark-cluster/" + daemon + ".log"));
      assertTrue(log.contains("authentication enabled"), daemon + " started with authentication enabled");
      assertFalse(log.contains(authSettings.replaceAll("(?s).*secret ([0-9a-f]+).*", "$1")), daemon + "'s log does not show the secret");
    }
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

  private static int countOccurrences(String text, String needle) {
    int count = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
      count++;
    }
    return count;
  }
}
