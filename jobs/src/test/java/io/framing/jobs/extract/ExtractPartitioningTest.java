package io.framing.jobs.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** How many extraction tasks a corpus gets: bounded documents per task, at least two per core. */
class ExtractPartitioningTest {

  @Test
  void smallCorporaGetTwoTasksPerCore() {
    assertEquals(4, Extraction.partitionsFor(0, 2));
    assertEquals(4, Extraction.partitionsFor(3, 2));
    assertEquals(16, Extraction.partitionsFor(Extraction.DOCUMENTS_PER_PARTITION, 8));
    assertEquals(2, Extraction.partitionsFor(10, 0), "a parallelism of 0 still gives tasks");
  }

  @Test
  void largeCorporaKeepEveryTaskBelowTheBound() {
    int per = Extraction.DOCUMENTS_PER_PARTITION;
    assertEquals(5, Extraction.partitionsFor(5L * per, 2));
    assertEquals(6, Extraction.partitionsFor(5L * per + 1, 2));
    // 3.2 million documents (about 2 GB of the scale test's corpus) on 2 cores.
    int tasks = Extraction.partitionsFor(3_200_000, 2);
    assertEquals(3_200_000 / per, tasks);
  }

  @Test
  void negativeCountsAreRejectedWithTheValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Extraction.partitionsFor(-1, 2));
    assertEquals("documents must be >= 0, got -1", e.getMessage());
  }
}
