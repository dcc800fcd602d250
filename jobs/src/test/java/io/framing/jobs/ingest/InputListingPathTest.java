package io.framing.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;

/** Paths of inputs whose names hold colons, without a Spark session. */
class InputListingPathTest {

  @Test
  void aColonInAFileNameIsNotAScheme() {
    Path absolute = InputListing.toPath("/data/in/tweets-2020-10-05T02:30:00.jsonl");
    assertNull(absolute.toUri().getScheme());
    assertEquals("/data/in/tweets-2020-10-05T02:30:00.jsonl", absolute.toUri().getPath());
    Path relative = InputListing.toPath("tweets-2020-10-05T02:30:00.jsonl");
    assertNull(relative.toUri().getScheme());
    assertEquals("tweets-2020-10-05T02:30:00.jsonl", relative.getName());
  }

  @Test
  void aUriKeepsItsScheme() {
    assertEquals("hdfs", InputListing.toPath("hdfs://nn:8020/in/a:b.jsonl").toUri().getScheme());
    assertEquals("file", InputListing.toPath("file:/tmp/a.jsonl").toUri().getScheme());
  }

  @Test
  void anEmptyPathIsRefusedNamingTheValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InputListing.toPath(""));
    assertTrue(e.getMessage().contains("''"), e.getMessage());
  }
}
