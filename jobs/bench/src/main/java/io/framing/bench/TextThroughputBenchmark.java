package io.framing.bench;

import io.framing.text.AnalyzedDocument;
import io.framing.text.CharSpan;
import io.framing.text.LanguageDetector;
import io.framing.text.OpenNlpLanguageDetector;
import io.framing.text.OpenNlpSentenceSplitter;
import io.framing.text.OpenNlpTokenizer;
import io.framing.text.TextAnalyzer;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Single-run throughput benchmark of the text layer (a {@code main}, not a unit test).
 *
 * <p>Usage: {@code jobs/bin/dev-tool TextThroughputBenchmark [secondsPerPhase=10] [threads=1]}.
 * Prints tokens/s and sentences/s for split+tokenize, split+tokenize+POS, the same with lemmas,
 * and documents/s for language detection, each after a warm-up pass. The corpus is generated
 * from sentence templates written for this benchmark, with a fixed seed.
 */
public final class TextThroughputBenchmark {

  private static final String[] SUBJECTS = {
      "The foreign minister", "Mr. Aliyev", "A spokesperson for the U.S. State Department",
      "Protesters in the capital", "The European Union", "Several analysts", "Dr. Petrosyan",
      "The ruling party", "Local residents", "The company's chief executive"};
  private static final String[] VERBS = {
      "accused", "warns", "called", "said", "denied", "has rejected", "will discuss",
      "criticised", "praised", "is considering"};
  private static final String[] OBJECTS = {
      "the government of provoking the crisis", "that the ceasefire was fragile",
      "the agreement a historic step", "the reports about troop movements",
      "new sanctions against the regime", "the decision to close the border",
      "the humanitarian situation in the region", "talks with its neighbours next week"};
  private static final String[] TAILS = {
      ".", " on Tuesday.", ", according to local media.", " — but gave no details.",
      " in a statement posted on its website.", "!", ", a claim officials “strongly reject.”",
      " #Azerbaijan #Armenia", " @KimKardashian 🇦🇲", " (see https://example.org/report)."};

  private TextThroughputBenchmark() {}

  public static void main(String[] args) throws Exception {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    List<String> corpus = corpus(400, new Random(42));

    long t0 = System.nanoTime();
    TextAnalyzer plain = TextAnalyzer.english();
    TextAnalyzer withLemmas = TextAnalyzer.englishWithLemmas();
    withLemmas.analyze("Warm the lemmatizer model.");
    LanguageDetector detector = new OpenNlpLanguageDetector();
    detector.detect("Load the language model.");
    System.out.printf("model loading: %.1f s%n", (System.nanoTime() - t0) / 1e9);
    System.out.printf("corpus: %d documents, %d sentences, %d tokens; %d thread(s); "
            + "%.1f s per phase; load average at start %.2f on %d cores%n",
        corpus.size(), sentences(plain, corpus), tokens(plain, corpus), threads, seconds,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());

    OpenNlpSentenceSplitter splitter = new OpenNlpSentenceSplitter();
    OpenNlpTokenizer tokenizer = new OpenNlpTokenizer();
    Work splitTokenize = text -> {
      int[] st = new int[2];
      for (CharSpan s : splitter.split(text)) {
        st[0]++;
        st[1] += tokenizer.tokenize(text, s).size();
      }
      return st;
    };
    Work pos = text -> counts(plain.analyze(text));
    Work lemmas = text -> counts(withLemmas.analyze(text));
    Work langdetect = text -> {
      detector.detect(text);
      return new int[] {0, 0};
    };

    run("split+tokenize", splitTokenize, corpus, seconds, threads);
    run("split+tokenize+POS", pos, corpus, seconds, threads);
    run("split+tokenize+POS+lemmas", lemmas, corpus, seconds, threads);
    run("language detection", langdetect, corpus, seconds, threads);
  }

  @FunctionalInterface
  private interface Work {
    /** Returns {sentences, tokens}. */
    int[] apply(String text);
  }

  private static int[] counts(AnalyzedDocument doc) {
    return new int[] {doc.sentences().size(), doc.tokenCount()};
  }

  private static void run(String name, Work work, List<String> corpus, double seconds, int threads)
      throws Exception {
    measure(work, corpus, Math.max(2, seconds / 3), threads); // warm-up
    long[] r = measure(work, corpus, seconds, threads);
    double s = r[3] / 1e9;
    System.out.printf("%-28s %9.0f tokens/s %8.0f sentences/s %7.0f docs/s%n",
        name, r[2] / s, r[1] / s, r[0] / s);
  }

  /** Returns {documents, sentences, tokens, nanos}. */
  private static long[] measure(Work work, List<String> corpus, double seconds, int threads)
      throws Exception {
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<long[]>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t * 37;
        parts.add(pool.submit(() -> {
          long[] acc = new long[3];
          for (int i = offset; System.nanoTime() < deadline; i++) {
            int[] st = work.apply(corpus.get(i % corpus.size()));
            acc[0]++;
            acc[1] += st[0];
            acc[2] += st[1];
          }
          return acc;
        }));
      }
      long[] total = new long[4];
      for (Future<long[]> f : parts) {
        long[] acc = f.get();
        for (int k = 0; k < 3; k++) {
          total[k] += acc[k];
        }
      }
      total[3] = System.nanoTime() - start;
      return total;
    } finally {
      pool.shutdown();
    }
  }

  private static int sentences(TextAnalyzer a, List<String> corpus) {
    return corpus.stream().mapToInt(t -> a.analyze(t).sentences().size()).sum();
  }

  private static int tokens(TextAnalyzer a, List<String> corpus) {
    return corpus.stream().mapToInt(t -> a.analyze(t).tokenCount()).sum();
  }

  /** Documents of 3 to 8 generated sentences, some separated by line breaks. */
  static List<String> corpus(int documents, Random random) {
    List<String> out = new ArrayList<>(documents);
    for (int d = 0; d < documents; d++) {
      StringBuilder b = new StringBuilder();
      int n = 3 + random.nextInt(6);
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          b.append(random.nextInt(5) == 0 ? "\n" : " ");
        }
        b.append(pick(SUBJECTS, random)).append(' ').append(pick(VERBS, random)).append(' ')
            .append(pick(OBJECTS, random)).append(pick(TAILS, random));
      }
      out.add(b.toString());
    }
    return out;
  }

  private static String pick(String[] options, Random random) {
    return options[random.nextInt(options.length)];
  }
}
