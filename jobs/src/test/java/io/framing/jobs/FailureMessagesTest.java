package io.framing.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.spark.SparkException;
import org.junit.jupiter.api.Test;

/** A failed stage's one line names the root cause a user can act on, however deep Spark wrapped it. */
class FailureMessagesTest {
  @Test
  void aFullDiskSaysNoSpaceLeftOnDevice() {
    IOException disk = new IOException("No space left on device");
    SparkException task = new SparkException("Task failed while writing rows to file:/out/_staging/r/documents.", disk);
    SparkException job = new SparkException("[TASK_WRITE_FAILED] Task failed while writing rows to file:/out. SQLSTATE: 58030",
        new SparkException("Job aborted due to stage failure: Task 0 in stage 3.0 failed 1 times", task));
    String line = FailureMessages.describe(job);
    assertTrue(line.startsWith("stage failed: no space left on device (IOException: No space left on device)"), line);
  }

  @Test
  void otherFailuresAreReportedAsThemselves() {
    IllegalStateException other = new IllegalStateException("corrupt footer");
    RuntimeException wrapped = new RuntimeException("stage summarize", other);
    assertEquals("stage failed: " + wrapped, FailureMessages.describe(wrapped));
    SparkException readOnly = new SparkException("write failed", new IOException("Read-only file system"));
    assertTrue(FailureMessages.describe(readOnly).contains("read-only file system"), FailureMessages.describe(readOnly));
  }
}
