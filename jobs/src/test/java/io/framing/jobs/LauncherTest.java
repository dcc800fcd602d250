package io.framing.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jobs/bin/framing works from a repository whose path holds a space: the launcher and the files
 * it reads are copied under "with space/repo" and run with {@code --help}. The application jar
 * is a stand-in (empty) and the classpath file is this test JVM's, so no Maven runs: what is
 * tested is the script's quoting. Every script of jobs/bin is also checked with {@code bash -n}.
 */
class LauncherTest {
  @TempDir
  Path tmp;

  @Test
  void theLauncherRunsFromAPathWithASpace() throws Exception {
    Assumptions.assumeTrue(bash() != null, "no bash on the PATH: launcher not tested");
    Path root = SparkTestSession.projectRoot();
    Path copy = tmp.resolve("with space/repo");
    for (String file : List.of("pom.xml", "jobs/pom.xml", "common/pom.xml", "jobs/bin/framing", "jobs/bin/spark-env.sh",
        "jobs/conf/log4j2.properties")) {
      Files.createDirectories(copy.resolve(file).getParent());
      Files.copy(root.resolve(file), copy.resolve(file));
    }
    Path target = Files.createDirectories(copy.resolve("jobs/target"));
    try (OutputStream out = Files.newOutputStream(target.resolve("framing-jobs-0.1.0-SNAPSHOT-app.jar"));
        JarOutputStream jar = new JarOutputStream(out, new Manifest())) {
      jar.flush();
    }
    Path classpath = target.resolve("spark-classpath.txt");
    Files.writeString(classpath, System.getProperty("java.class.path"));
    // Newer than the poms, so the launcher does not rebuild it with Maven.
    Files.setLastModifiedTime(classpath, FileTime.from(Instant.now().plusSeconds(3600)));

    Path log = tmp.resolve("launcher.log");
    Process p = new ProcessBuilder(bash(), copy.resolve("jobs/bin/framing").toString(), "--help")
        .directory(tmp.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the launcher finished");
    String output = Files.readString(log);
    assertEquals(0, p.exitValue(), output);
    assertTrue(output.contains("Usage: framing COMMAND"), output);
  }

  @Test
  void everyScriptOfJobsBinParses() throws Exception {
    Assumptions.assumeTrue(bash() != null, "no bash on the PATH: scripts not checked");
    File[] scripts = SparkTestSession.projectRoot().resolve("jobs/bin").toFile().listFiles(File::isFile);
    assertTrue(scripts != null && scripts.length >= 5, "jobs/bin holds the scripts");
    for (File script : scripts) {
      Process p = new ProcessBuilder(bash(), "-n", script.toString()).redirectErrorStream(true).start();
      String output = new String(p.getInputStream().readAllBytes());
      assertTrue(p.waitFor(1, TimeUnit.MINUTES));
      assertEquals(0, p.exitValue(), script + ": " + output);
    }
  }

  private static String bash() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, "bash"))) {
        return Path.of(dir, "bash").toString();
      }
    }
    return null;
  }
}
