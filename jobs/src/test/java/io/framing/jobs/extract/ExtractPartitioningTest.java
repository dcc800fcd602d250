package io.framing.jobs.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** How many extraction tasks a corpus gets: bounded documents per task, at least two per core. */
class ExtractPartitioningTest {

  @Test
  void smallCorporaGetTwoTasksPerCore() {
    assertEquals(4, ExtractJob.partitionsFor(0, 2));
    assertEquals(4, ExtractJob.partitionsFor(3, 2));
    assertEquals(16, ExtractJob.partitionsFor(ExtractJob.DOCUMENTS_PER_PARTITION, 8));
    assertEquals(2, ExtractJob.partitionsFor(10, 0), "a parallelism of 0 still gives tasks");
  }

  @Test
  void largeCorporaKeepEveryTaskBelowTheBound() {
    int per = ExtractJob.DOCUMENTS_PER_PARTITION;
    assertEquals(5, ExtractJob.partitionsFor(5L * per, 2));
    assertEquals(6, ExtractJob.partitionsFor(5L * per + 1, 2));
    // 3.2 million documents (about 2 GB of the scale test's corpus) on 2 cores.
    int tasks = ExtractJob.partitionsFor(3_200_000, 2);
    assertEquals(3_200_000 / per, tasks);
  }

  @Test
  void negativeCountsAreRejectedWithTheValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExtractJob.partitionsFor(-1, 2));
    assertEquals("documents must be >= 0, got -1", e.getMessage());
  }
}
