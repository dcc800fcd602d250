package io.framing.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
  void stagesNotBuiltYetSaySoAndExitNonZero() {
    assertEquals(ExitCode.NOT_BUILT.code(), run("extract", "--output", "/tmp/x"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("not built yet"));
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
