package io.framing.jobs.cluster;

import static io.framing.jobs.cluster.ItSupport.await;
import static io.framing.jobs.cluster.ItSupport.read;
import static io.framing.jobs.cluster.ItSupport.EXECUTOR_PID;
import static io.framing.jobs.cluster.ItSupport.MASTER;
import static io.framing.jobs.cluster.ItSupport.masterJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.framing.jobs.SparkTestSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One executor JVM killed with SIGKILL in the middle of the extract stage on the standalone
 * cluster (jobs/bin/standalone-cluster, as StandaloneClusterIT): the driver reschedules the lost
 * tasks, the run exits 0, and every table equals the same run in local[*] row for row.
 */
class ExecutorLossIT {
  static Path root;
  static Path work;
  static boolean clusterStarted;

  @BeforeAll
  static void setUp() throws IOException {
    root = SparkTestSession.projectRoot();
    work = ItSupport.freshWorkDir(root, "executor-loss-it");
  }

  @AfterAll
  static void stopTheCluster() throws Exception {
    if (clusterStarted) {
      ItSupport.script(root, work.resolve("stop.log"), "stop", 2);
    }
  }

  @Test
  void aKilledExecutorStillGivesTheCompleteOutput() throws Exception {
    Path corpus = root.resolve("data/corpus");
    Path localOut = work.resolve("out-local");
    Path clusterOut = work.resolve("out-cluster");
    long t0 = System.currentTimeMillis();
    Process local = ItSupport.framing(root, work.resolve("local.log"), List.of("run", "--input", corpus.toString(),
        "--output", localOut.toString()));
    assertEquals(0, ItSupport.waitFor(local, "local run", 6), read(work.resolve("local.log")));
    long t1 = System.currentTimeMillis();

    startCluster();
    Path driverLog = work.resolve("cluster.log");
    Process onCluster = ItSupport.framing(root, driverLog, List.of("--master", MASTER, "run", "--input", corpus.toString(),
        "--output", clusterOut.toString(), "--progress-seconds", "2"));
    assertTrue(await(() -> read(driverLog).contains("stage extract: starting"), onCluster, 360),
        "the cluster run reached extract: " + read(driverLog));
    String appId = activeAppId();
    Path executorDir = executorDirs(appId, "work-1").get(0);
    Matcher pid = EXECUTOR_PID.matcher(read(executorDir.resolve("stderr")));
    assertTrue(pid.find(), "the executor's pid in " + executorDir);
    long executorPid = Long.parseLong(pid.group(1));
    Thread.sleep(2000); // its tasks of the extract stage are running
    ProcessHandle executor = ProcessHandle.of(executorPid).orElseThrow(() -> new AssertionError("no executor " + executorPid));
    assertTrue(executor.info().commandLine().orElse("CoarseGrainedExecutorBackend").contains("CoarseGrainedExecutorBackend"));
    long t2 = System.currentTimeMillis();
    assertTrue(executor.destroyForcibly(), "SIGKILL to executor " + executorPid);
    executor.onExit().get();

    assertEquals(0, ItSupport.waitFor(onCluster, "cluster run", 8), read(driverLog));
    long t3 = System.currentTimeMillis();
    String log = read(driverLog);
    assertTrue(log.contains("Lost executor") || log.contains("ExecutorLost"), "the driver saw the executor go: " + log);
    assertFalse(ProcessHandle.of(executorPid).map(ProcessHandle::isAlive).orElse(false));
    System.out.printf("executor loss: local run %.0f s; on the cluster, executor %d of %s killed %.0f s after submit"
        + " (extract running), run done %.0f s later; executors of the app on work-1: %s%n",
        (t1 - t0) / 1000.0, executorPid, appId, (t2 - t1) / 1000.0, (t3 - t2) / 1000.0, executorDirs(appId, "work-1"));

    ItSupport.assertSameTables(localOut, clusterOut);
    assertTrue(Files.isRegularFile(clusterOut.resolve("_run_report.json")));
    assertFalse(Files.exists(clusterOut.resolve("_staging")));
  }

  /** Starts the cluster, waiting while another worktree's cluster test holds the ports. */
  private static void startCluster() throws Exception {
    long deadline = System.currentTimeMillis() + 6 * 60_000;
    while (true) {
      Path log = work.resolve("start.log");
      clusterStarted = true;
      int code = ItSupport.script(root, log, "start", 4);
      if (code == 0) {
        return;
      }
      clusterStarted = false;
      assertTrue(read(log).contains("already in use") && System.currentTimeMillis() < deadline,
          "standalone-cluster start: " + read(log));
      Thread.sleep(15_000);
    }
  }

  private static String activeAppId() throws Exception {
    String[] id = new String[1];
    await(() -> {
      try {
        for (JsonNode app : masterJson().path("activeapps")) {
          if ("framing run".equals(app.path("name").asText())) {
            id[0] = app.path("id").asText();
          }
        }
      } catch (Exception e) {
        return false;
      }
      return id[0] != null;
    }, null, 30);
    assertTrue(id[0] != null, "an active framing application on the master");
    return id[0];
  }

  private static List<Path> executorDirs(String appId, String workDir) throws IOException {
    Path appDir = root.resolve("jobs/target/spark-cluster/" + workDir + "/" + appId);
    try (Stream<Path> dirs = Files.list(appDir)) {
      return dirs.filter(Files::isDirectory).sorted().collect(java.util.stream.Collectors.toList());
    }
  }
}
