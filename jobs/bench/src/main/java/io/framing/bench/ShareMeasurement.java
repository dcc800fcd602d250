package io.framing.bench;

import io.framing.CsvTable;
import io.framing.actors.Mention;
import io.framing.actors.MentionKind;
import io.framing.ingest.InputFileReader;
import io.framing.ingest.ReaderOptions;
import io.framing.ingest.RecordIterator;
import io.framing.ingest.RecordOutcome;
import io.framing.model.Document;
import io.framing.relations.CueDictionary;
import io.framing.relations.DocumentExtractor;
import io.framing.relations.Relation;
import io.framing.relations.RelationExtractor;
import io.framing.text.Sentence;
import io.framing.text.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Measures, with the product's own extractor, what share of a corpus's sentences hold an
 * actor and a relation cue: the documents are read from the files with the ingest readers
 * (as ingest reads them), extracted with {@link DocumentExtractor}, and for every sentence
 * the {@link io.framing.actors.MentionFinder}'s mentions (through the extractor's result) and
 * {@link CueDictionary#find} on its lower-cased tokens are checked. Not by construction: a
 * template that the finder or the cue list does not recognise does not count.
 */
final class ShareMeasurement {
  long documents;
  long sentences;
  long withActor;
  long withExplicitActor;
  long withCue;
  long withActorAndCue;
  long withExplicitActorAndCue;
  long withRelation;
  long relations;
  long tagged;
  long constructedSentences = -1;
  boolean complete = true;
  String source;

  static ShareMeasurement measure(Path dir, Path dataDir, int sampleSentences) {
    DocumentExtractor extractor = DocumentExtractor.load(dataDir);
    CueDictionary cues = CueDictionary.loadDirectory(dataDir.resolve("relations"));
    Set<String> speech = speechVerbs(dataDir.resolve("relations/speech_verbs.csv"));
    List<Path> files = dataFiles(dir);
    ShareMeasurement m = new ShareMeasurement();
    m.source = dir.toString();
    long perFile = Math.max(1, sampleSentences / Math.max(1, files.size()));
    InputFileReader reader = new InputFileReader(ReaderOptions.defaults(), null);
    for (Path f : files) {
      long fromFile = 0;
      try (InputStream in = Files.newInputStream(f); RecordIterator records = reader.read(f.toString(), in)) {
        while (fromFile < perFile && records.hasNext()) {
          RecordOutcome outcome = records.next();
          if (outcome.isRejected()) {
            continue;
          }
          Document doc = outcome.documents().get(0); // the record's own document, not a carried original
          fromFile += m.add(extractor, cues, speech, doc);
        }
        m.complete &= !records.hasNext();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Path props = dir.resolve("_corpus.properties");
    if (m.complete && Files.exists(props)) {
      try (InputStream in = Files.newInputStream(props)) {
        java.util.Properties p = new java.util.Properties();
        p.load(in);
        m.constructedSentences = Long.parseLong(p.getProperty("sentences"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return m;
  }

  private int add(DocumentExtractor extractor, CueDictionary cues, Set<String> speech, Document doc) {
    RelationExtractor.Result result = extractor.extract(doc);
    List<Sentence> docSentences = result.document().sentences();
    int n = docSentences.size();
    boolean[] actor = new boolean[n];
    boolean[] explicit = new boolean[n];
    boolean[] relation = new boolean[n];
    for (Mention mention : result.mentions()) {
      actor[mention.sentenceIndex()] = true;
      if (mention.kind() != MentionKind.PRONOUN && mention.kind() != MentionKind.REFERENCE) {
        explicit[mention.sentenceIndex()] = true;
      }
    }
    for (Relation r : result.relations()) {
      relation[r.sentenceIndex()] = true;
      relations++;
    }
    for (Sentence s : docSentences) {
      List<String> lower = new ArrayList<>(s.tokens().size());
      for (Token t : s.tokens()) {
        lower.add(t.text().toLowerCase(Locale.ROOT));
      }
      boolean cue = !cues.find(lower).isEmpty();
      int i = s.index();
      withActor += actor[i] ? 1 : 0;
      withExplicitActor += explicit[i] ? 1 : 0;
      withCue += cue ? 1 : 0;
      withActorAndCue += actor[i] && cue ? 1 : 0;
      withExplicitActorAndCue += explicit[i] && cue ? 1 : 0;
      withRelation += relation[i] ? 1 : 0;
      boolean speechVerb = lower.stream().anyMatch(speech::contains);
      tagged += cues.mayMatch(lower) || speechVerb ? 1 : 0;
    }
    documents++;
    sentences += n;
    return n;
  }

  /** Speech verbs with regular inflections and the listed forms (close to the extractor's own list). */
  private static Set<String> speechVerbs(Path file) {
    Set<String> forms = new HashSet<>();
    List<String> problems = new ArrayList<>();
    for (CsvTable.Row row : CsvTable.read(file, List.of("verb", "forms"), problems)) {
      String v = row.fields()[0].strip().toLowerCase(Locale.ROOT);
      forms.add(v);
      forms.add(v + "s");
      forms.add(v.endsWith("e") ? v + "d" : v + "ed");
      forms.add((v.endsWith("e") ? v.substring(0, v.length() - 1) : v) + "ing");
      for (String f : row.fields()[1].split("\\|")) {
        if (!f.isBlank()) {
          forms.add(f.strip().toLowerCase(Locale.ROOT));
        }
      }
    }
    return forms;
  }

  private static List<Path> dataFiles(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("_") && !p.getFileName().toString().startsWith("."))
          .filter(p -> !p.getFileName().toString().toLowerCase(Locale.ROOT).matches("(readme|notes).*"))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  double share(long n) {
    return sentences == 0 ? 0 : (double) n / sentences;
  }

  void print(PrintStream out) {
    out.printf("share (measured with DocumentExtractor/MentionFinder/CueDictionary on %d sentences of %d documents"
        + " from %s):%n", sentences, documents, source);
    out.printf("  sentences with an actor and a cue      %5.1f %%  (explicit actor, not a pronoun: %.1f %%)%n",
        100 * share(withActorAndCue), 100 * share(withExplicitActorAndCue));
    out.printf("  sentences with an actor                %5.1f %%%n", 100 * share(withActor));
    out.printf("  sentences with a cue                   %5.1f %%%n", 100 * share(withCue));
    out.printf("  sentences with a relation              %5.1f %%  (%d relations, %.2f per sentence)%n",
        100 * share(withRelation), relations, sentences == 0 ? 0 : (double) relations / sentences);
    out.printf("  sentences POS-tagged (cue or speech verb, approx.) %5.1f %%%n", 100 * share(tagged));
    if (constructedSentences >= 0) {
      out.printf("  whole corpus measured: the splitter finds %d sentences, the generator wrote %d (%+.2f %%)%n",
          sentences, constructedSentences, 100.0 * (sentences - constructedSentences) / constructedSentences);
    }
    out.printf("actor_and_cue_share=%.3f%n", share(withActorAndCue));
  }
}
