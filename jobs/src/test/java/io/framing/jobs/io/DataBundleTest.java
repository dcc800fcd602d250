package io.framing.jobs.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.framing.jobs.ExitCode;
import io.framing.jobs.FramingException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataBundleTest {
  @TempDir Path data;
  @TempDir Path elsewhere;

  private void write(String relative, String content) throws IOException {
    Path p = data.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
  }

  private DataBundle read() {
    return DataBundle.read(data.toString(), new Configuration(), List.of("actors", "relations"), List.of("lexicons"));
  }

  @Test
  void readsTheNamedFoldersOnlyAndWritesThemBackByteForByte() throws IOException {
    write("actors/countries.csv", "code,name\nARM,Armenia\n");
    write("relations/cues.csv", "cue,relation\ncondemn,CONDEMN\n");
    write("lexicons/vader/vader_lexicon.txt", "good\t1.9\n");
    write("actors/.hidden.swp", "editor junk");
    write("corpus/articles.jsonl", "{}");

    DataBundle bundle = read();

    assertEquals(Set.of("actors/countries.csv", "relations/cues.csv", "lexicons/vader/vader_lexicon.txt"),
        bundle.files().keySet());
    Path out = bundle.materialise(elsewhere.resolve("copy"));
    assertEquals("code,name\nARM,Armenia\n", Files.readString(out.resolve("actors/countries.csv")));
    assertEquals("good\t1.9\n", Files.readString(out.resolve("lexicons/vader/vader_lexicon.txt")));
    assertTrue(Files.notExists(out.resolve("corpus")));
  }

  /** The project's own data/: every cue file the extractor loads travels, the raw sources do not. */
  @Test
  void theProjectBundleCarriesEveryCueFileButNotTheRawSources() {
    String root = System.getProperty("framing.project.root", "..");
    DataBundle bundle = DataBundle.read(Path.of(root, "data").toString(), new Configuration());
    for (String summarizes : new String[] {"frames/cues.csv", "stance/cues.csv", "lexicons/vader/vader_lexicon.txt"}) {
      assertTrue(bundle.files().containsKey(summarizes), summarizes + " in " + bundle.files().keySet());
    }
    for (String f : io.framing.relations.CueDictionary.FILES) {
      assertTrue(bundle.files().containsKey("relations/" + f), f + " in " + bundle.files().keySet());
    }
    assertTrue(bundle.files().keySet().stream().noneMatch(k -> k.startsWith("sources/") || k.endsWith(".txt") && k.contains("CAMEO")),
        bundle.files().keySet().toString());
  }

  @Test
  void optionalFoldersMayBeMissingRequiredOnesMayNot() throws IOException {
    write("actors/countries.csv", "code,name\n");
    FramingException e = assertThrows(FramingException.class, this::read);
    assertEquals(ExitCode.UNREADABLE_INPUT, e.exitCode());
    assertTrue(e.getMessage().contains("relations/"), e.getMessage());

    write("relations/cues.csv", "cue,relation\n");
    assertEquals(2, read().files().size());

    FramingException missing = assertThrows(FramingException.class, () -> DataBundle.read(
        elsewhere.resolve("no-such-dir").toString(), new Configuration(), List.of("actors"), List.of()));
    assertEquals(ExitCode.UNREADABLE_INPUT, missing.exitCode());
  }

  @Test
  void theFingerprintFollowsTheContentAndSurvivesSerialization() throws Exception {
    write("actors/countries.csv", "code,name\nARM,Armenia\n");
    write("relations/cues.csv", "cue,relation\n");
    DataBundle first = read();
    assertEquals(first.fingerprint(), read().fingerprint());

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(first);
    }
    DataBundle copy;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (DataBundle) in.readObject();
    }
    assertEquals(first.fingerprint(), copy.fingerprint());
    assertArrayEquals("code,name\nARM,Armenia\n".getBytes(StandardCharsets.UTF_8),
        copy.files().get("actors/countries.csv"));

    write("actors/countries.csv", "code,name\nAZE,Azerbaijan\n");
    assertNotEquals(first.fingerprint(), read().fingerprint());
  }

  @Test
  void pathsOutsideTheBundleAreRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> DataBundle.of("test", java.util.Map.of("../escape.csv", new byte[0])));
    assertThrows(IllegalArgumentException.class,
        () -> DataBundle.of("test", java.util.Map.of("/etc/passwd", new byte[0])));
  }
}
