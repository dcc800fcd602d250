package io.framing.jobs;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StageChainTest {
  private static final List<Stage> PIPELINE = FramingMain.pipeline();

  private static List<Stage> stages(PipelineOptions.Command command) {
    return FramingMain.stagesOf(command);
  }

  @Test
  void runNeedsNothingPublishedSinceEachStageReadsWhatAnEarlierOneWrites() {
    assertDoesNotThrow(() -> StageChain.check(stages(PipelineOptions.Command.RUN), PIPELINE, "out", t -> false));
  }

  @Test
  void aStageAloneNeedsItsInputTablesPublished() {
    assertDoesNotThrow(() -> StageChain.check(stages(PipelineOptions.Command.SUMMARIZE), PIPELINE, "out",
        Set.of("documents", "relations")::contains));
    FramingException noRelations = assertThrows(FramingException.class, () -> StageChain.check(
        stages(PipelineOptions.Command.SUMMARIZE), PIPELINE, "out", Set.of("documents", "rejects")::contains));
    assertEquals(ExitCode.BAD_ARGUMENTS, noRelations.exitCode());
    assertTrue(noRelations.getMessage().contains("summarize stage reads the relations table")
        && noRelations.getMessage().contains("run extract"), noRelations.getMessage());

    FramingException noDocuments = assertThrows(FramingException.class,
        () -> StageChain.check(stages(PipelineOptions.Command.EXTRACT), PIPELINE, "out", t -> false));
    assertTrue(noDocuments.getMessage().contains("extract stage reads the documents table")
        && noDocuments.getMessage().contains("run ingest"), noDocuments.getMessage());
  }
}
