package io.framing.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a synthetic corpus in the product's input formats: articles as JSON Lines (and a
 * share as CSV), tweets as Twitter v1.1 JSON Lines (some of them retweets of an earlier tweet
 * of the same file). Deterministic: the same seed and size give the same bytes. Sized by
 * sentences (the benchmark) or by bytes (the scale test); files are rotated so that ingest has
 * several files to spread over its tasks.
 *
 * <p>{@code _corpus.properties} beside the data (skipped by ingest, as every {@code _x} file)
 * records what was written: documents, sentences by construction, bytes. The sentence count is
 * the one the benchmark divides by.
 *
 * <pre>
 * CorpusGenerator --output DIR (--sentences N | --bytes SIZE) [--seed S] [--data-dir data]
 *                 [--file-bytes SIZE] [--csv-share 0.15] [--measure-sentences N]
 * CorpusGenerator --measure-only DIR [--data-dir data] [--measure-sentences N]
 * </pre>
 */
public final class CorpusGenerator {
  static final Instant FIRST = Instant.parse("2020-09-20T00:00:00Z");
  static final Instant LAST = Instant.parse("2020-11-30T23:59:59Z");
  private static final DateTimeFormatter TWITTER_DATE =
      DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ROOT).withZone(ZoneOffset.UTC);

  /** Share of sentences drawn from the act templates (the rest are filler). */
  static final int ARTICLE_ACT_PERCENT = 58;
  static final int TWEET_ACT_PERCENT = 60;

  private final Vocabulary vocabulary;
  private final SplittableRandom random;
  private final Path out;
  private final long fileBytes;
  private final double csvShare;

  private final Sink articlesJson;
  private final Sink articlesCsv;
  private final Sink tweets;

  long sentences;
  long articleSentences;
  long tweetSentences;
  long articles;
  long csvArticles;
  long tweetCount;
  long retweets;
  private final ArrayDeque<String[]> recentTweets = new ArrayDeque<>(); // json, sentence count, screen name, text

  CorpusGenerator(Vocabulary vocabulary, long seed, Path out, long fileBytes, double csvShare) {
    this.vocabulary = vocabulary;
    this.random = new SplittableRandom(seed);
    this.out = out;
    this.fileBytes = fileBytes;
    this.csvShare = csvShare;
    this.articlesJson = new Sink("articles-", ".jsonl", null);
    this.articlesCsv = new Sink("articles-", ".csv", "id,url,source,published_at,title,text\n");
    this.tweets = new Sink("tweets-v1-", ".jsonl", null);
  }

  /** Writes documents until {@code sentenceTarget} sentences or {@code byteTarget} bytes are written. */
  void generate(long sentenceTarget, long byteTarget) throws IOException {
    while ((sentenceTarget > 0 && sentences < sentenceTarget) || (byteTarget > 0 && bytes() < byteTarget)) {
      // About 3 tweets for every article: articles hold two thirds of the sentences.
      if (random.nextInt(4) == 0) {
        article();
      } else {
        tweet();
      }
    }
    articlesJson.close();
    articlesCsv.close();
    tweets.close();
  }

  long bytes() {
    return articlesJson.total + articlesCsv.total + tweets.total;
  }

  int files() {
    return articlesJson.files + articlesCsv.files + tweets.files;
  }

  private Instant when() {
    long span = LAST.getEpochSecond() - FIRST.getEpochSecond();
    return Instant.ofEpochSecond(FIRST.getEpochSecond() + random.nextLong(span));
  }

  private void article() throws IOException {
    int n = 4 + random.nextInt(12);
    StringBuilder text = new StringBuilder(n * 110);
    int inParagraph = 0;
    for (int i = 0; i < n; i++) {
      String s = random.nextInt(100) < ARTICLE_ACT_PERCENT
          ? Templates.fill(Vocabulary.pick(random, Templates.ARTICLE_ACTS), vocabulary, random)
          : Templates.fill(Vocabulary.pick(random, Templates.ARTICLE_FILLER), vocabulary, random);
      if (i > 0) {
        boolean newParagraph = inParagraph >= 1 + random.nextInt(3);
        text.append(newParagraph ? '\n' : ' ');
        inParagraph = newParagraph ? 0 : inParagraph;
      }
      text.append(s);
      inParagraph++;
    }
    articles++;
    sentences += n;
    articleSentences += n;
    String id = String.format("syn-a%09d", articles);
    Instant at = when();
    String source = Vocabulary.pick(random, Vocabulary.OUTLETS);
    String url = "https://news.example.net/" + source.toLowerCase(Locale.ROOT).replace(' ', '-') + "/"
        + at.toString().substring(0, 10).replace('-', '/') + "/" + id;
    String title = Vocabulary.pick(random, Templates.HEADLINES);
    boolean csv = random.nextDouble() < csvShare;
    if (csv) {
      csvArticles++;
      StringBuilder line = new StringBuilder(text.length() + 200);
      line.append(id).append(',').append(url).append(',').append(csvField(source)).append(',')
          .append(at).append(',').append(csvField(title)).append(',').append(csvField(text.toString())).append('\n');
      articlesCsv.write(line.toString());
      return;
    }
    StringBuilder json = new StringBuilder(text.length() + 300);
    json.append("{\"id\": ").append(jsonString(id))
        .append(", \"url\": ").append(jsonString(url))
        .append(", \"source\": ").append(jsonString(source))
        .append(", \"published_at\": ").append(jsonString(at.toString()))
        .append(", \"title\": ").append(jsonString(title))
        .append(", \"text\": ").append(jsonString(text.toString()));
    if (random.nextInt(10) < 8) {
      json.append(", \"lang\": \"en\"");
    }
    if (random.nextInt(10) < 6) {
      json.append(", \"author\": ").append(jsonString(Vocabulary.pick(random, Vocabulary.WRITERS)));
    }
    json.append("}\n");
    articlesJson.write(json.toString());
  }

  private void tweet() throws IOException {
    tweetCount++;
    long id = 1308000000000000000L + tweetCount * 104729L;
    Instant at = when();
    if (!recentTweets.isEmpty() && random.nextInt(100) < 8) {
      retweet(id, at);
      return;
    }
    String screenName;
    String name;
    if (random.nextInt(100) < 35) {
      Vocabulary.Person p = vocabulary.withHandles.get(random.nextInt(vocabulary.withHandles.size()));
      screenName = p.handle();
      name = p.name();
    } else {
      screenName = Vocabulary.pick(random, Vocabulary.ORDINARY_USERS);
      name = screenName.replace('_', ' ').replace('.', ' ');
    }
    int n = 1 + random.nextInt(3);
    StringBuilder text = new StringBuilder(n * 90);
    for (int i = 0; i < n; i++) {
      String s = random.nextInt(100) < TWEET_ACT_PERCENT
          ? Templates.fill(Vocabulary.pick(random, Templates.TWEET_ACTS), vocabulary, random)
          : Templates.fill(Vocabulary.pick(random, Templates.TWEET_FILLER), vocabulary, random);
      if (i > 0) {
        text.append(' ');
      }
      text.append(s);
    }
    List<int[]> tagSpans = new ArrayList<>();
    if (random.nextInt(100) < 45) {
      n++; // the sentence splitter makes a trailing block of hashtags a sentence of its own
      int tags = 1 + random.nextInt(2);
      for (int t = 0; t < tags; t++) {
        text.append(' ');
        int start = text.length();
        text.append(vocabulary.hashtag(random));
        tagSpans.add(new int[] {start, text.length()});
      }
    }
    String full = text.toString();
    StringBuilder hashtags = new StringBuilder("[");
    for (int[] span : tagSpans) {
      if (hashtags.length() > 1) {
        hashtags.append(", ");
      }
      hashtags.append("{\"text\": ").append(jsonString(full.substring(span[0] + 1, span[1])))
          .append(", \"indices\": [").append(span[0]).append(", ").append(span[1]).append("]}");
    }
    hashtags.append(']');
    String json = tweetJson(id, at, full, hashtags.toString(), screenName, name, null);
    sentences += n;
    tweetSentences += n;
    tweets.write(json + "\n");
    recentTweets.addLast(new String[] {json, Integer.toString(n), screenName, full});
    if (recentTweets.size() > 50) {
      recentTweets.removeFirst();
    }
  }

  /** A retweet of a recent tweet of the same file: its sentences are the original's. */
  private void retweet(long id, Instant at) throws IOException {
    List<String[]> recent = new ArrayList<>(recentTweets);
    String[] original = recent.get(random.nextInt(recent.size()));
    String screenName = Vocabulary.pick(random, Vocabulary.ORDINARY_USERS);
    String text = "RT @" + original[2] + ": " + original[3];
    String json = tweetJson(id, at, text, "[]", screenName, screenName.replace('_', ' '), original[0]);
    int n = Integer.parseInt(original[1]);
    retweets++;
    sentences += n;
    tweetSentences += n;
    tweets.write(json + "\n");
  }

  private static String tweetJson(long id, Instant at, String text, String hashtags, String screenName, String name,
      String retweeted) {
    StringBuilder json = new StringBuilder(text.length() + 400);
    json.append("{\"created_at\": ").append(jsonString(TWITTER_DATE.format(at)))
        .append(", \"id\": ").append(id)
        .append(", \"id_str\": ").append(jsonString(Long.toString(id)))
        .append(", \"full_text\": ").append(jsonString(text))
        .append(", \"truncated\": false, \"entities\": {\"hashtags\": ").append(hashtags)
        .append(", \"symbols\": [], \"user_mentions\": [], \"urls\": []}")
        .append(", \"user\": {\"id_str\": ").append(jsonString(Long.toString(1000000000L + Math.abs(screenName.hashCode()))))
        .append(", \"screen_name\": ").append(jsonString(screenName))
        .append(", \"name\": ").append(jsonString(name)).append('}');
    if (retweeted != null) {
      json.append(", \"retweeted_status\": ").append(retweeted.strip());
    }
    json.append(", \"lang\": \"en\", \"retweet_count\": 0, \"favorite_count\": 0}");
    return json.toString();
  }

  static String jsonString(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          b.append("\\\"");
          break;
        case '\\':
          b.append("\\\\");
          break;
        case '\n':
          b.append("\\n");
          break;
        case '\r':
          b.append("\\r");
          break;
        case '\t':
          b.append("\\t");
          break;
        default:
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
      }
    }
    return b.append('"').toString();
  }

  static String csvField(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  /** Files of one format, rotated at {@link #fileBytes}. */
  private final class Sink {
    final String prefix;
    final String suffix;
    final String header;
    Writer writer;
    OutputStream counting;
    long inFile;
    long total;
    int files;

    Sink(String prefix, String suffix, String header) {
      this.prefix = prefix;
      this.suffix = suffix;
      this.header = header;
    }

    void write(String s) throws IOException {
      if (writer == null || inFile >= fileBytes) {
        close();
        writer = new BufferedWriter(new OutputStreamWriter(
            Files.newOutputStream(out.resolve(String.format("%s%04d%s", prefix, files, suffix))),
            StandardCharsets.UTF_8), 1 << 16);
        files++;
        inFile = 0;
        if (header != null) {
          put(header);
        }
        recentTweets.clear(); // retweets point into their own file
      }
      put(s);
    }

    private void put(String s) throws IOException {
      writer.write(s);
      long n = utf8Length(s);
      inFile += n;
      total += n;
    }

    void close() throws IOException {
      if (writer != null) {
        writer.close();
        writer = null;
      }
    }
  }

  static long utf8Length(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  /** "200MB", "2GB", "1500000" (bytes); K, M and G are powers of 1024. */
  static long parseSize(String s) {
    String t = s.strip().toUpperCase(Locale.ROOT).replace("IB", "").replace("B", "");
    long unit = 1;
    if (t.endsWith("K")) {
      unit = 1L << 10;
    } else if (t.endsWith("M")) {
      unit = 1L << 20;
    } else if (t.endsWith("G")) {
      unit = 1L << 30;
    }
    if (unit > 1) {
      t = t.substring(0, t.length() - 1);
    }
    return (long) (Double.parseDouble(t) * unit);
  }

  public static void main(String[] args) throws IOException {
    Map<String, String> opts = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        usage("bad argument " + args[i]);
      }
      opts.put(args[i].substring(2), args[++i]);
    }
    Path dataDir = Path.of(opts.getOrDefault("data-dir", "data"));
    int sample = Integer.parseInt(opts.getOrDefault("measure-sentences", "5000"));
    if (opts.containsKey("measure-only")) {
      ShareMeasurement.measure(Path.of(opts.get("measure-only")), dataDir, sample).print(System.out);
      return;
    }
    if (!opts.containsKey("output") || opts.containsKey("sentences") == opts.containsKey("bytes")) {
      usage("give --output and one of --sentences, --bytes");
    }
    long sentenceTarget = opts.containsKey("sentences") ? Long.parseLong(opts.get("sentences")) : 0;
    long byteTarget = opts.containsKey("bytes") ? parseSize(opts.get("bytes")) : 0;
    long expectedBytes = byteTarget > 0 ? byteTarget : sentenceTarget * 190;
    long fileBytes = opts.containsKey("file-bytes") ? parseSize(opts.get("file-bytes"))
        : Math.max(1L << 20, Math.min(64L << 20, expectedBytes / 12));
    long seed = Long.parseLong(opts.getOrDefault("seed", "20200927"));
    double csvShare = Double.parseDouble(opts.getOrDefault("csv-share", "0.15"));
    Path out = Path.of(opts.get("output"));
    Files.createDirectories(out);

    long start = System.nanoTime();
    CorpusGenerator g = new CorpusGenerator(Vocabulary.load(dataDir), seed, out, fileBytes, csvShare);
    g.generate(sentenceTarget, byteTarget);
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, String> props = new LinkedHashMap<>();
    props.put("seed", Long.toString(seed));
    props.put("sentences", Long.toString(g.sentences));
    props.put("article_sentences", Long.toString(g.articleSentences));
    props.put("tweet_sentences", Long.toString(g.tweetSentences));
    props.put("documents", Long.toString(g.articles + g.tweetCount));
    props.put("articles", Long.toString(g.articles));
    props.put("articles_csv", Long.toString(g.csvArticles));
    props.put("tweets", Long.toString(g.tweetCount));
    props.put("retweets", Long.toString(g.retweets));
    props.put("bytes", Long.toString(g.bytes()));
    props.put("files", Integer.toString(g.files()));
    StringBuilder text = new StringBuilder("# written by io.framing.bench.CorpusGenerator\n");
    props.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
    Files.writeString(out.resolve("_corpus.properties"), text.toString());
    System.out.printf("generator: %d sentences (%d in articles, %d in tweets), %d articles (%d as CSV), %d tweets "
            + "(%d retweets), %.1f MB in %d files under %s, in %.1f s (seed %d)%n",
        g.sentences, g.articleSentences, g.tweetSentences, g.articles, g.csvArticles, g.tweetCount, g.retweets,
        g.bytes() / 1e6, g.files(), out, seconds, seed);
    if (sample > 0) {
      ShareMeasurement.measure(out, dataDir, sample).print(System.out);
    }
  }

  private static void usage(String problem) {
    System.err.println("CorpusGenerator: " + problem);
    System.err.println("usage: CorpusGenerator --output DIR (--sentences N | --bytes SIZE) [--seed S] [--data-dir data]"
        + " [--file-bytes SIZE] [--csv-share 0.15] [--measure-sentences N]\n"
        + "       CorpusGenerator --measure-only DIR [--data-dir data] [--measure-sentences N]");
    System.exit(2);
  }

  static void check(boolean ok, String message) {
    if (!ok) {
      throw new UncheckedIOException(new IOException(message));
    }
  }
}
