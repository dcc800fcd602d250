package io.framing.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class IngestPlanTest {
  private static final InputFileStamp DAY1 = new InputFileStamp("/in/tweets-2020-10-01.jsonl", 100, 1_000L);
  private static final InputFileStamp DAY2 = new InputFileStamp("/in/tweets-2020-10-02.jsonl", 200, 2_000L);
  private static final InputFileStamp DAY3 = new InputFileStamp("/in/tweets-2020-10-03.jsonl", 300, 3_000L);

  @Test
  void onlyFilesWithoutARecordedStampAreParsed() {
    IngestPlan plan = IngestPlan.of(List.of(DAY1, DAY2, DAY3), List.of(DAY1, DAY2), false);
    assertEquals(List.of(DAY3), plan.toParse());
    assertEquals(List.of(DAY1, DAY2), plan.alreadyIngested());
    assertFalse(plan.nothingNew());
  }

  @Test
  void aNewOutputParsesEverything() {
    IngestPlan plan = IngestPlan.of(List.of(DAY1, DAY2), List.of(), false);
    assertEquals(List.of(DAY1, DAY2), plan.toParse());
    assertTrue(plan.alreadyIngested().isEmpty());
  }

  @Test
  void aFileAppendedToOrTouchedSinceIsParsedAgain() {
    InputFileStamp grown = new InputFileStamp(DAY1.path(), 150, DAY1.modifiedMillis());
    InputFileStamp touched = new InputFileStamp(DAY2.path(), DAY2.size(), 2_500L);
    IngestPlan plan = IngestPlan.of(List.of(grown, touched, DAY3), List.of(DAY1, DAY2, DAY3), false);
    assertEquals(List.of(grown, touched), plan.toParse());
    assertEquals(List.of(DAY3), plan.alreadyIngested());
  }

  @Test
  void reingestParsesEveryFileWhateverIsRecorded() {
    IngestPlan plan = IngestPlan.of(List.of(DAY1, DAY2), List.of(DAY1, DAY2), true);
    assertEquals(List.of(DAY1, DAY2), plan.toParse());
    assertTrue(plan.alreadyIngested().isEmpty());
  }

  @Test
  void everythingRecordedIsNothingNew() {
    assertTrue(IngestPlan.of(List.of(DAY1), List.of(DAY1, DAY2), false).nothingNew());
  }

  @Test
  void badArgumentsAreNamed() {
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> IngestPlan.of(List.of(DAY1, DAY1), List.of(), false));
    assertTrue(twice.getMessage().contains(DAY1.path()), twice.getMessage());
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
        () -> new InputFileStamp("/in/a.jsonl", -1, 0));
    assertTrue(negative.getMessage().contains("-1") && negative.getMessage().contains("/in/a.jsonl"),
        negative.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new InputFileStamp(" ", 0, 0));
  }
}
