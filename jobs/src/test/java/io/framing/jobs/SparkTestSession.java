package io.framing.jobs;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * One real local Spark session per test JVM (starting one takes seconds), configured like the
 * product's own sessions.
 */
public final class SparkTestSession {
  private static SparkSession spark;

  private SparkTestSession() {}

  public static synchronized SparkSession get() {
    if (spark == null) {
      spark = Sessions.boundStatusStore(Sessions.configure(SparkSession.builder()
              .appName("framing-tests")
              .master("local[2]")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config("spark.ui.enabled", "false")), new SparkConf(false))
          .getOrCreate();
    }
    return spark;
  }

  /** The project root, from the system property the build sets. */
  public static Path projectRoot() {
    return Path.of(System.getProperty("framing.project.root", "..")).toAbsolutePath().normalize();
  }

  /** Runs a command's stages on the shared session; returns its printed summary. */
  public static String runPipeline(String... args) {
    PipelineOptions options = PipelineOptions.parse(args);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int code = FramingMain.runStages(get(), options, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    if (code != 0) {
      throw new AssertionError("exit code " + code + ": " + bytes.toString(StandardCharsets.UTF_8));
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
