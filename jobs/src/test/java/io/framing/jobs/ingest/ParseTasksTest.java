package io.framing.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Parsing tasks: one per file while there are few, shared beyond {@link Ingestion#MAX_PARSE_TASKS}. */
class ParseTasksTest {

  @Test
  void oneTaskPerFileWhileThereAreFew() {
    assertEquals(1, Ingestion.parseTasksFor(0, 2));
    assertEquals(1, Ingestion.parseTasksFor(1, 2));
    assertEquals(34, Ingestion.parseTasksFor(34, 2));
    assertEquals(Ingestion.MAX_PARSE_TASKS, Ingestion.parseTasksFor(Ingestion.MAX_PARSE_TASKS, 2));
  }

  @Test
  void manyFilesShareTasksUnlessTheClusterIsLarger() {
    assertEquals(Ingestion.MAX_PARSE_TASKS, Ingestion.parseTasksFor(100_000, 2));
    assertEquals(2_000, Ingestion.parseTasksFor(100_000, 1_000));
  }

  @Test
  void negativeCountsAreRejectedWithTheValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ingestion.parseTasksFor(-3, 2));
    assertEquals("files must be >= 0, got -3", e.getMessage());
  }
}
