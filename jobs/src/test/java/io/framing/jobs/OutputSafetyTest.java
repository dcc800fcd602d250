package io.framing.jobs;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.framing.jobs.io.OutputGuard;
import io.framing.jobs.io.OutputLock;
import io.framing.jobs.io.Publisher;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run refuses to write into, before it moves or deletes anything: a user's folder, a
 * regular file, an input (or a folder inside one), an output another run holds; and empty
 * paths. Each refusal is exit 2 with a message naming the path, and leaves every file as it was.
 */
class OutputSafetyTest {
  @TempDir
  Path tmp;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private FramingException refused(String... args) {
    PipelineOptions options = PipelineOptions.parse(args);
    FramingException e = assertThrows(FramingException.class,
        () -> FramingMain.runStages(SparkTestSession.get(), options, System.out));
    assertEquals(ExitCode.BAD_ARGUMENTS, e.exitCode(), e.getMessage());
    return e;
  }

  private static String corpus() {
    return SparkTestSession.projectRoot().resolve("data/corpus").toString();
  }

  @Test
  void aUsersFolderIsRefusedAndEveryFileStaysByteForByte() throws Exception {
    Path user = tmp.resolve("My Documents");
    Files.createDirectories(user.resolve("documents/day=2020-10-05"));
    Files.writeString(user.resolve("thesis.docx"), "chapter one");
    Files.writeString(user.resolve("documents/day=2020-10-05/notes.parquet"), "not parquet at all");
    Files.createDirectories(user.resolve("_staging/drafts"));
    Files.writeString(user.resolve("_staging/drafts/keep.txt"), "mine");
    Map<String, String> before = digests(user);

    FramingException e = refused("run", "--input", corpus(), "--output", user.toString());
    assertTrue(e.getMessage().contains("is not a framing output") && e.getMessage().contains(user.toString())
        && e.getMessage().contains("thesis.docx") && e.getMessage().contains("documents"), e.getMessage());
    assertEquals(before, digests(user), "every file of the user's folder is as it was");
    assertFalse(Files.exists(user.resolve(OutputLock.FILE)));
    assertFalse(Files.exists(user.resolve(Publisher.TRASH)));
  }

  @Test
  void aRegularFileAsOutputIsRefusedAtStart() throws Exception {
    Path file = tmp.resolve("out.parquet");
    Files.writeString(file, "precious");
    FramingException e = refused("ingest", "--input", "/no/such/input/would/be/exit/3", "--output", file.toString());
    assertTrue(e.getMessage().contains("is a regular file") && e.getMessage().contains(file.toString()), e.getMessage());
    assertEquals("precious", Files.readString(file));
  }

  @Test
  void anOutputEqualToOrInsideAnInputIsRefusedHoweverItIsSpelled() throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in.resolve("day1"));
    Files.writeString(in.resolve("day1/a.jsonl"), "{}\n");
    Path link = Files.createSymbolicLink(tmp.resolve("link-to-in"), in);
    Configuration conf = new Configuration();
    for (String[] pair : new String[][] {
        {in.toString(), in.toString()},
        {in.toString(), in.resolve("out").toString()},
        {in.toString() + "/", in.resolve("day1/deeper/out").toString()},
        {tmp.resolve("x/../in").toString(), in.resolve("out").toString()},
        {in.toString(), link.resolve("out").toString()},
        {"file://" + in, in.resolve("out").toString()},
        {in + "/*", in.resolve("out").toString()},
        {in + "/{day1,day2}", in.resolve("day2/out").toString()}}) {
      FramingException e = assertThrows(FramingException.class, () -> OutputGuard.check(pair[1], List.of(pair[0]), conf),
          "--input " + pair[0] + " --output " + pair[1]);
      assertEquals(ExitCode.BAD_ARGUMENTS, e.exitCode());
      assertTrue(e.getMessage().contains("--input " + pair[0]) && e.getMessage().contains(pair[1]), e.getMessage());
    }
    // Next to an input, or not matched by its glob: allowed.
    assertDoesNotThrow(() -> OutputGuard.check(tmp.resolve("in-out").toString(), List.of(in.toString()), conf));
    assertDoesNotThrow(() -> OutputGuard.check(in.resolve("out").toString(), List.of(in + "/*.jsonl"), conf));
    assertDoesNotThrow(() -> OutputGuard.check(tmp.resolve("o").toString(), List.of(in.resolve("day1/a.jsonl").toString()), conf));
    // Through the command: exit 2 before ingest, nothing written.
    FramingException e = refused("run", "--input", in.toString(), "--output", in.resolve("out").toString());
    assertTrue(e.getMessage().contains("inside --input"), e.getMessage());
    assertFalse(Files.exists(in.resolve("out")));
  }

  @Test
  void newEmptyAndFramingOutputsAreAccepted() throws Exception {
    Configuration conf = new Configuration();
    List<String> in = List.of(corpus());
    assertDoesNotThrow(() -> OutputGuard.check(tmp.resolve("new").toString(), in, conf));
    Path leftovers = tmp.resolve("killed-first-run");
    Files.createDirectories(leftovers.resolve(Publisher.STAGING + "/20201006T023000Z-1a2b3c4d"));
    Files.writeString(leftovers.resolve(OutputLock.FILE), "{}");
    Files.writeString(leftovers.resolve("._lock.crc"), "");
    assertDoesNotThrow(() -> OutputGuard.check(leftovers.toString(), in, conf));
    Path published = tmp.resolve("published");
    Files.createDirectories(published.resolve("documents"));
    Files.writeString(published.resolve(Publisher.CURRENT), "{}");
    assertDoesNotThrow(() -> OutputGuard.check(published.toString(), in, conf));
  }

  @Test
  void aBusyOutputIsRefusedNamingTheHolderAndItsLiveStagingStays() throws Exception {
    Path out = tmp.resolve("out");
    String live = "20201006T023000Z-0000a11e";
    Path staging = out.resolve(Publisher.STAGING).resolve(live).resolve("documents");
    Files.createDirectories(staging);
    Files.writeString(staging.resolve("part-0.parquet"), "being written");
    try (OutputLock held = OutputLock.acquire(FileSystem.getLocal(new Configuration()),
        new org.apache.hadoop.fs.Path(out.toUri()), live)) {
      FramingException e = refused("run", "--input", corpus(), "--output", out.toString());
      assertTrue(e.getMessage().contains("in use by another run") && e.getMessage().contains(live), e.getMessage());
      assertEquals("being written", Files.readString(staging.resolve("part-0.parquet")), "the live run's staging stays");
    }
  }

  @Test
  void recoveryDeletesOnlyWhatARunWrote() throws Exception {
    Path out = tmp.resolve("out");
    Files.createDirectories(out.resolve(Publisher.STAGING + "/20201006T023000Z-0000dead/documents"));
    Files.createDirectories(out.resolve(Publisher.STAGING + "/holiday-photos"));
    Files.writeString(out.resolve(Publisher.STAGING + "/holiday-photos/beach.jpg"), "sand");
    List<String> done = new Publisher(out.toString(), new Configuration()).recover();
    assertFalse(Files.exists(out.resolve(Publisher.STAGING + "/20201006T023000Z-0000dead")), done.toString());
    assertEquals("sand", Files.readString(out.resolve(Publisher.STAGING + "/holiday-photos/beach.jpg")), done.toString());
  }

  @Test
  void emptyPathsExitTwoWithAMessageAndNoStackTrace() throws Exception {
    PrintStream errs = new PrintStream(err, true, StandardCharsets.UTF_8);
    PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertEquals(2, FramingMain.run(new String[] {"run", "--input", corpus(), "--output", ""}, out, errs));
    assertEquals(2, FramingMain.run(new String[] {"run", "--input", "", "--output", "o"}, out, errs));
    assertEquals(2, FramingMain.run(new String[] {"run", "--input=", "--output", "o"}, out, errs));
    assertEquals(2, FramingMain.run(new String[] {"run", "--input", corpus(), "--output", "  "}, out, errs));
    Path config = tmp.resolve("nightly.properties");
    Files.writeString(config, "input=" + corpus() + "\noutput=\n");
    assertEquals(2, FramingMain.run(new String[] {"run", "--config", config.toString()}, out, errs));
    Files.writeString(config, "input=\noutput=" + tmp.resolve("o") + "\n");
    assertEquals(2, FramingMain.run(new String[] {"run", "--config", config.toString()}, out, errs));
    String messages = err.toString(StandardCharsets.UTF_8);
    assertTrue(messages.contains("--output needs a path, got an empty value"), messages);
    assertTrue(messages.contains("--input needs a path, got an empty value"), messages);
    assertTrue(messages.contains("run needs --output DIR") && messages.contains("run needs at least one --input"), messages);
    assertFalse(messages.contains("Exception") || messages.contains("\tat "), "no stack trace: " + messages);
  }

  static Map<String, String> digests(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) paths::iterator) {
        String rel = dir.relativize(p).toString();
        files.put(rel, Files.isDirectory(p) ? "dir" : sha256(Files.readAllBytes(p)));
      }
    }
    return files;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
