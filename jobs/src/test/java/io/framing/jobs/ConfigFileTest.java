package io.framing.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --config FILE, --since/--until and --progress-seconds, and the exit codes of bad arguments. */
class ConfigFileTest {
  @TempDir
  Path tmp;

  private Path config(String text) throws IOException {
    Path file = tmp.resolve("framing.properties");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void settingsComeFromTheFileAndFlagsOverrideThem() throws IOException {
    Path file = config("# nightly\ninput=in/a, in/{b,c}/*.jsonl\noutput=out/nightly\nsince=2020-10-01\nuntil=2020-10-05\n"
        + "data-dir=dictionaries\nmax-record-bytes=4096\nprogress-seconds=3\nformat=\n");
    PipelineOptions o = PipelineOptions.parse(new String[] {"run", "--config", file.toString()});
    assertEquals(List.of("in/a", "in/{b,c}/*.jsonl"), o.inputs());
    assertEquals("out/nightly", o.output());
    assertEquals(LocalDate.of(2020, 10, 1), o.since());
    assertEquals(LocalDate.of(2020, 10, 5), o.until());
    assertEquals("dictionaries", o.dataDir());
    assertEquals(4096, o.maxRecordBytes());
    assertEquals(3, o.progressSeconds());
    assertNull(o.format(), "an empty value is unset");
    assertEquals("2020-10-01..2020-10-05", o.windowLabel());

    PipelineOptions over = PipelineOptions.parse(new String[] {"run", "--since", "2020-10-04", "--config=" + file,
        "--input", "elsewhere", "--output", "out/other"});
    assertEquals(List.of("elsewhere"), over.inputs(), "--input replaces the file's inputs");
    assertEquals("out/other", over.output());
    assertEquals(LocalDate.of(2020, 10, 4), over.since());
    assertEquals(LocalDate.of(2020, 10, 5), over.until(), "keys not overridden stay");
  }

  @Test
  void flagsAreKeysWithTrueOrFalse() throws IOException {
    PipelineOptions on = PipelineOptions.parse(new String[] {"run", "--config",
        config("input=in\noutput=out\nreingest=true\n").toString()});
    assertTrue(on.reingest());
    PipelineOptions off = PipelineOptions.parse(new String[] {"run", "--config",
        config("input=in\noutput=out\nreingest=false\n").toString()});
    assertEquals(false, off.reingest());
    PipelineOptions summary = PipelineOptions.parse(new String[] {"evaluate", "--gold", "g.jsonl", "--config",
        config("output=out\nsummary-only=TRUE\n").toString()});
    assertTrue(summary.summaryOnly());
    Path bad = config("input=in\noutput=out\nreingest=yes\n");
    FramingException e = assertThrows(FramingException.class,
        () -> PipelineOptions.parse(new String[] {"run", "--config", bad.toString()}));
    assertEquals(ExitCode.BAD_ARGUMENTS, e.exitCode());
    assertTrue(e.getMessage().contains("'reingest'") && e.getMessage().contains("'yes'"), e.getMessage());
  }

  @Test
  void anUnknownKeyIsAnErrorNamingIt() throws IOException {
    Path file = config("output=out\ninputs=typo\n");
    FramingException e = assertThrows(FramingException.class,
        () -> PipelineOptions.parse(new String[] {"run", "--config", file.toString()}));
    assertEquals(ExitCode.BAD_ARGUMENTS, e.exitCode());
    assertTrue(e.getMessage().contains("'inputs'") && e.getMessage().contains(file.toString()), e.getMessage());
  }

  @Test
  void badArgumentsExitTwo() throws IOException {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errs = new PrintStream(err, true, StandardCharsets.UTF_8);
    PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertEquals(2, FramingMain.run(new String[] {"run", "--input", "x", "--output", "o", "--since", "5 Oct"}, out, errs));
    assertEquals(2, FramingMain.run(new String[] {"run", "--input", "x", "--output", "o", "--since", "2020-10-06",
        "--until", "2020-10-05"}, out, errs));
    assertEquals(2, FramingMain.run(new String[] {"run", "--config", tmp.resolve("missing.properties").toString()}, out, errs));
    assertEquals(2, FramingMain.run(new String[] {"run", "--config", config("colour=red\n").toString()}, out, errs));
    assertEquals(2, FramingMain.run(new String[] {"evaluate", "--gold", "g", "--output", "o", "--since", "2020-10-01"},
        out, errs));
    assertEquals(2, FramingMain.run(new String[] {"run", "--input", "x", "--output", "o", "--progress-seconds", "0"},
        out, errs));
    String messages = err.toString(StandardCharsets.UTF_8);
    assertTrue(messages.contains("YYYY-MM-DD") && messages.contains("is after") && messages.contains("missing.properties")
        && messages.contains("'colour'"), messages);
  }

  @Test
  void theWindowDecidesWhichDaysAreIn() {
    PipelineOptions o = PipelineOptions.parse(new String[] {"run", "--input", "x", "--output", "o", "--since", "2020-10-01"});
    assertTrue(o.hasWindow());
    assertTrue(o.inWindow(LocalDate.of(2020, 10, 1)) && o.inWindow(LocalDate.of(2021, 1, 1)));
    assertTrue(!o.inWindow(LocalDate.of(2020, 9, 30)) && !o.inWindow(null), "no day is in no window");
    PipelineOptions all = PipelineOptions.parse(new String[] {"run", "--input", "x", "--output", "o"});
    assertTrue(all.inWindow(null) && all.inWindow(LocalDate.of(1999, 1, 1)));
    assertEquals("all", all.windowLabel());
  }
}
