package io.framing.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

class SessionsTest {
  @Test
  void theStatusStoreIsBoundedUnlessTheSubmitterSetALimit() {
    Map<String, String> none = Sessions.statusStoreLimits(new SparkConf(false));
    assertEquals(Sessions.STATUS_STORE_LIMITS, none);
    Map<String, String> some = Sessions.statusStoreLimits(new SparkConf(false).set("spark.ui.retainedTasks", "50000"));
    assertFalse(some.containsKey("spark.ui.retainedTasks"), "the submitter's --conf wins: " + some);
    assertEquals("20", some.get("spark.sql.ui.retainedExecutions"));
  }

  @Test
  void theTestSessionRunsWithTheLimits() {
    assertEquals("1000", SparkTestSession.get().conf().get("spark.ui.retainedTasks"));
    assertEquals("20", SparkTestSession.get().conf().get("spark.sql.ui.retainedExecutions"));
  }
}
