package io.framing.relations;

import io.framing.actors.ActorDictionary;
import io.framing.actors.CoreferenceResolver;
import io.framing.actors.Mention;
import io.framing.actors.MentionFinder;
import io.framing.text.AnalyzedDocument;
import io.framing.text.OpenNlpTokenizer;
import io.framing.text.Sentence;
import io.framing.text.TextAnalyzer;
import io.framing.text.Token;
import java.nio.file.Path;
import java.util.List;

/**
 * Development aid: prints tokens, tags, mentions and cues of a text. In the core's package (in
 * the bench module) because it reads the package-private {@link AnnotatedSentence}. Usage:
 * {@code jobs/bin/dev-tool io.framing.relations.DebugSentence DATA_DIR TEXT}.
 */
public final class DebugSentence {
  public static void main(String[] args) {
    Path data = Path.of(args[0]);
    ActorDictionary d = ActorDictionary.load(data.resolve("actors"));
    MentionFinder f = new MentionFinder(d, new OpenNlpTokenizer());
    CueDictionary cues = CueDictionary.loadDirectory(data.resolve("relations"));
    AnalyzedDocument doc = TextAnalyzer.english().analyze(args[1]);
    for (Sentence s : doc.sentences()) {
      StringBuilder sb = new StringBuilder();
      for (Token t : s.tokens()) {
        sb.append(t.text()).append('/').append(t.pos()).append(' ');
      }
      System.out.println(s.index() + ": " + sb);
      List<Mention> ms = f.find(s);
      System.out.println("   mentions " + ms);
      AnnotatedSentence v = new AnnotatedSentence(s, ms);
      System.out.println("   cues " + cues.find(v.words()));
    }
    DocumentExtractor full = DocumentExtractor.load(data);
    io.framing.model.Document doc2 = io.framing.model.Document.builder().corpus(io.framing.model.Corpus.ARTICLE)
        .nativeId("dbg").text(args[1]).inputFile("dbg").build();
    RelationExtractor.Result r = full.extract(doc2);
    System.out.println("   all mentions " + r.mentions());
    r.relations().forEach(x -> System.out.println("   REL " + x));
  }
}
