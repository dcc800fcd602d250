package io.framing.jobs.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.framing.jobs.ExitCode;
import io.framing.jobs.FramingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OUTPUT/_lock: a second run on a busy output is refused naming the holder; a lock left by a
 * dead process on this host, or one not touched for the staleness timeout, is taken over; a
 * run releases only its own lock.
 */
class OutputLockTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path tmp;

  private static FileSystem fs() throws Exception {
    return FileSystem.getLocal(new Configuration());
  }

  private static org.apache.hadoop.fs.Path hadoop(Path p) {
    return new org.apache.hadoop.fs.Path(p.toUri());
  }

  @Test
  void aSecondRunIsRefusedNamingTheHolderAndTheLockGoesWithTheFirst() throws Exception {
    Path out = tmp.resolve("out");
    try (OutputLock first = OutputLock.acquire(fs(), hadoop(out), "20201006T023000Z-00000001")) {
      String held = Files.readString(out.resolve(OutputLock.FILE));
      assertTrue(held.contains("20201006T023000Z-00000001") && held.contains("\"pid\":" + ProcessHandle.current().pid()), held);
      FramingException e = assertThrows(FramingException.class,
          () -> OutputLock.acquire(fs(), hadoop(out), "20201006T023000Z-00000002"));
      assertEquals(ExitCode.BAD_ARGUMENTS, e.exitCode());
      assertTrue(e.getMessage().contains("in use by another run") && e.getMessage().contains("20201006T023000Z-00000001")
          && e.getMessage().contains("pid " + ProcessHandle.current().pid()), e.getMessage());
      assertTrue(Files.readString(out.resolve(OutputLock.FILE)).contains("00000001"), "the refused run left the lock alone");
    }
    assertFalse(Files.exists(out.resolve(OutputLock.FILE)), "released at the end of the run");
    try (OutputLock second = OutputLock.acquire(fs(), hadoop(out), "20201006T023000Z-00000002")) {
      assertTrue(Files.readString(out.resolve(OutputLock.FILE)).contains("00000002"));
    }
  }

  @Test
  void aLockOfADeadProcessOnThisHostIsTakenOver() throws Exception {
    Process gone = new ProcessBuilder("java", "-version").redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    long pid = gone.pid();
    assertTrue(gone.waitFor(60, TimeUnit.SECONDS));
    Path out = tmp.resolve("out");
    Files.createDirectories(out);
    Files.write(out.resolve(OutputLock.FILE), JSON.writeValueAsBytes(holder("20201006T023000Z-0000dead",
        OutputLock.hostName(), pid)));
    try (OutputLock lock = OutputLock.acquire(fs(), hadoop(out), "20201006T023000Z-00000003")) {
      assertTrue(Files.readString(out.resolve(OutputLock.FILE)).contains("00000003"), "taken over");
    }
  }

  @Test
  void anotherHostsLockIsRefusedWhileFreshAndTakenOverOnceStale() throws Exception {
    Path out = tmp.resolve("out");
    Files.createDirectories(out);
    Path file = out.resolve(OutputLock.FILE);
    Files.write(file, JSON.writeValueAsBytes(holder("20201006T023000Z-0000beef", "some-other-host", 1)));
    FramingException e = assertThrows(FramingException.class, () -> OutputLock.acquire(fs(), hadoop(out),
        "20201006T023000Z-00000004", Duration.ofMinutes(10), Duration.ofSeconds(30)));
    assertTrue(e.getMessage().contains("some-other-host"), e.getMessage());
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofMinutes(11))));
    try (OutputLock lock = OutputLock.acquire(fs(), hadoop(out), "20201006T023000Z-00000004",
        Duration.ofMinutes(10), Duration.ofSeconds(30))) {
      assertTrue(Files.readString(file).contains("00000004"), "a stale lock is taken over");
    }
  }

  @Test
  void aLiveRunKeepsItsLockFreshAndReleasesOnlyItsOwn() throws Exception {
    Path out = tmp.resolve("out");
    Path file = out.resolve(OutputLock.FILE);
    OutputLock lock = OutputLock.acquire(fs(), hadoop(out), "20201006T023000Z-00000005",
        Duration.ofMinutes(10), Duration.ofMillis(100));
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
    long deadline = System.currentTimeMillis() + 10_000;
    while (Files.getLastModifiedTime(file).toInstant().isBefore(Instant.now().minusSeconds(60))
        && System.currentTimeMillis() < deadline) {
      Thread.sleep(50);
    }
    assertTrue(Files.getLastModifiedTime(file).toInstant().isAfter(Instant.now().minusSeconds(60)), "the heartbeat touched it");
    // Someone else's lock in its place (a takeover): closing must not delete it.
    Files.write(file, JSON.writeValueAsBytes(holder("20201006T023000Z-00000006", "some-other-host", 1)));
    lock.close();
    assertTrue(Files.readString(file).contains("00000006"), "another run's lock stays");
  }

  @Test
  void staleReasons() {
    ObjectNode me = holder("r", OutputLock.hostName(), ProcessHandle.current().pid());
    me.put("pid_started_at", ProcessHandle.current().info().startInstant().map(Instant::toString).orElse(""));
    assertNull(OutputLock.staleReason(me, 1000, Duration.ofMinutes(10)), "this live process");
    assertNull(OutputLock.staleReason(null, 1000, Duration.ofMinutes(10)), "unreadable but fresh");
    assertTrue(OutputLock.staleReason(null, 11 * 60_000, Duration.ofMinutes(10)).contains("not touched"));
    me.put("pid_started_at", "2001-01-01T00:00:00Z");
    assertTrue(OutputLock.staleReason(me, 1000, Duration.ofMinutes(10)).contains("another process"), "a reused pid");
  }

  private static ObjectNode holder(String runId, String host, long pid) {
    ObjectNode node = JSON.createObjectNode();
    node.put("run_id", runId);
    node.put("host", host);
    node.put("pid", pid);
    node.put("pid_started_at", "");
    node.put("started_at", "2020-10-06T02:30:00Z");
    return node;
  }
}
