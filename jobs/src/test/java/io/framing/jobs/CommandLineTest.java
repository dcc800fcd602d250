package io.framing.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CommandLineTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return FramingMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void helpListsEveryCommandAndExitsZero() {
    assertEquals(0, run("--help"));
    String help = out.toString(StandardCharsets.UTF_8);
    for (String command : new String[] {"ingest", "extract", "summarize", "run", "evaluate"}) {
      assertTrue(help.contains(command), "help mentions " + command);
    }
    assertTrue(help.contains("--input") && help.contains("--format") && help.contains("Exit codes"));
  }

  @Test
  void badArgumentsExitTwoWithAMessageNamingTheProblem() {
    assertEquals(2, run("ingest", "--output", "/tmp/x"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--input"));
    assertEquals(2, run("ingest", "--input", "x", "--output", "/tmp/x", "--colour", "red"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--colour"));
    assertEquals(2, run("ingest", "--input", "x", "--output", "/tmp/x", "--format", "xml"));
    assertEquals(2, run("transmogrify"));
  }

  @Test
  void everyStageIsBuiltAndRunRunsThemInOrder() {
    assertEquals(List.of("ingest", "extract", "summarize"),
        FramingMain.pipeline().stream().map(Stage::name).collect(Collectors.toList()));
    assertEquals(List.of("extract"), FramingMain.stagesOf(PipelineOptions.Command.EXTRACT).stream()
        .map(Stage::name).collect(Collectors.toList()));
    assertEquals(List.of("summarize"), FramingMain.stagesOf(PipelineOptions.Command.SUMMARIZE).stream()
        .map(Stage::name).collect(Collectors.toList()));
    assertEquals(3, FramingMain.stagesOf(PipelineOptions.Command.RUN).size(), "run is ingest, extract, summarize");
  }

  @Test
  void evaluateOptionsAreChecked() {
    assertEquals(2, run("evaluate", "--output", "/tmp/x"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--gold"));
    assertEquals(2, run("evaluate", "--gold", "g.jsonl", "--output", "/tmp/x", "--min-relation-f1", "high"));
    assertEquals(2, run("evaluate", "--gold", "g.jsonl", "--output", "/tmp/x", "--min-relation-f1", "1.5"));
    assertEquals(2, run("ingest", "--input", "x", "--output", "/tmp/x", "--min-relation-f1", "0.5"));
    PipelineOptions options = PipelineOptions.parse(new String[] {"evaluate", "--gold", "g.jsonl", "--output", "/tmp/x",
        "--min-relation-f1=0.8"});
    assertEquals(1, options.thresholds().size());
    assertEquals(PipelineOptions.RELATION_F1, options.thresholds().get(0).metric());
    assertEquals(0.8, options.thresholds().get(0).minimum());
    assertTrue(out.toString(StandardCharsets.UTF_8).isEmpty());
    PipelineOptions generic = PipelineOptions.parse(new String[] {"evaluate", "--gold", "g.jsonl", "--output", "/tmp/x",
        "--min", "stance.f_average=0.75", "--min=polarity.macro_f1=0.7"});
    assertEquals(List.of("stance.f_average", "polarity.macro_f1"),
        generic.thresholds().stream().map(t -> t.metric()).collect(Collectors.toList()));
    assertEquals(2, run("evaluate", "--gold", "g.jsonl", "--output", "/tmp/x", "--min", "f1=0.5"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("SECTION.METRIC"));
    assertEquals(2, run("run", "--input", "x", "--output", "/tmp/x", "--summary-only"));
    assertEquals(0, run("--help"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("5  evaluation below threshold"));
  }

  @Test
  void extractWithoutDocumentsExitsTwoBeforeSparkAndEvaluateWithoutGoldExitsThree() {
    PipelineOptions extract = PipelineOptions.parse(new String[] {"extract", "--output", "/tmp/framing-nothing-here"});
    FramingException e = assertThrows(FramingException.class, () -> FramingMain.checkChain(extract));
    assertEquals(ExitCode.BAD_ARGUMENTS, e.exitCode());
    assertTrue(e.getMessage().contains("reads the documents table") && e.getMessage().contains("run ingest"),
        e.getMessage());
    assertEquals(2, run("summarize", "--output", "/tmp/framing-nothing-here"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("summarize stage reads the documents table"),
        err.toString(StandardCharsets.UTF_8));

    PipelineOptions evaluate = PipelineOptions.parse(new String[] {"evaluate", "--gold", "/no/such/gold.jsonl",
        "--output", "/tmp/framing-nothing-here"});
    FramingException g = assertThrows(FramingException.class,
        () -> FramingMain.evaluate(SparkTestSession.get(), evaluate, System.out, System.err));
    assertEquals(ExitCode.UNREADABLE_INPUT, g.exitCode());
    assertTrue(g.getMessage().contains("/no/such/gold.jsonl"), g.getMessage());
  }

  @Test
  void missingInputExitsThreeNamingThePath() {
    PipelineOptions options = PipelineOptions.parse(new String[] {"ingest", "--input", "/no/such/place", "--output", "/tmp/framing-missing"});
    FramingException e = assertThrows(FramingException.class,
        () -> FramingMain.runStages(SparkTestSession.get(), options, System.out));
    assertEquals(ExitCode.UNREADABLE_INPUT, e.exitCode());
    assertTrue(e.getMessage().contains("/no/such/place"), e.getMessage());
  }
}
