package io.framing.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ModelSharingTest {

  @Test
  void componentsBuiltSeparatelyShareOneModelInstance() {
    assertSame(new OpenNlpPosTagger().model(), new OpenNlpPosTagger().model());
    assertSame(new OpenNlpTokenizer().model(), new OpenNlpTokenizer().model());
    assertSame(new OpenNlpSentenceSplitter().model(),
        new OpenNlpSentenceSplitter(OpenNlpSentenceSplitter.LineBreaks.BLANK_LINE).model());
    assertSame(new OpenNlpLemmatizer().model(), new OpenNlpLemmatizer().model());
    assertSame(new OpenNlpLanguageDetector().model(), OpenNlpModels.languageDetectorModel());
  }

  @Test
  void twoAnalyzersLoadEachModelOnce() {
    TextAnalyzer a = TextAnalyzer.builder().lemmas(true).build();
    TextAnalyzer b = TextAnalyzer.builder().lemmas(true).build();
    assertEquals(a.analyze(SampleTexts.NEWS), b.analyze(SampleTexts.NEWS));
    for (String resource : List.of(OpenNlpModels.SENTENCE_RESOURCE,
        OpenNlpModels.TOKENIZER_RESOURCE, OpenNlpModels.POS_RESOURCE,
        OpenNlpModels.LEMMATIZER_RESOURCE)) {
      assertEquals(1, OpenNlpModels.loadCount(resource), resource);
    }
  }

  @Test
  void concurrentUseGivesTheSameResultsAsSequentialUse() throws Exception {
    TextAnalyzer analyzer = TextAnalyzer.englishWithLemmas();
    LanguageDetector detector = new OpenNlpLanguageDetector();
    List<String> texts = new ArrayList<>(SampleTexts.ALL);
    texts.add("Le gouvernement a démissionné hier soir après le vote.");
    texts.add("Die Regierung ist gestern Abend nach der Abstimmung zurückgetreten.");

    List<AnalyzedDocument> expectedDocs = new ArrayList<>();
    List<DetectedLanguage> expectedLangs = new ArrayList<>();
    for (String t : texts) {
      expectedDocs.add(analyzer.analyze(t));
      expectedLangs.add(detector.detect(t));
    }

    int threads = 6;
    int rounds = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (int th = 0; th < threads; th++) {
        int offset = th;
        Callable<Integer> job = () -> {
          start.await();
          int checked = 0;
          for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < texts.size(); k++) {
              int i = (k + offset + r) % texts.size();
              assertEquals(expectedDocs.get(i), analyzer.analyze(texts.get(i)));
              assertEquals(expectedLangs.get(i), detector.detect(texts.get(i)));
              checked++;
            }
          }
          return checked;
        };
        futures.add(pool.submit(job));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> f : futures) {
        total += f.get();
      }
      assertEquals(threads * rounds * texts.size(), total);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void concurrentFirstAccessYieldsOneInstance() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Object>> got = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        got.add(pool.submit(() -> (Object) OpenNlpModels.posModel()));
      }
      Object first = got.get(0).get();
      for (Future<Object> f : got) {
        assertSame(first, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
