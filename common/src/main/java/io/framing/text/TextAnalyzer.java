package io.framing.text;

import io.framing.Args;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs sentence splitting, tokenization, part-of-speech tagging and, when asked, lemmatization,
 * producing an immutable {@link AnalyzedDocument}.
 *
 * <p>Lemmas are opt-in, because the OpenNLP lemmatizer is several times as expensive as
 * everything else together (README, "Benchmark and scale test", gives the measured rates).
 * There are two ways to get them:
 * <ul>
 *   <li>build an analyzer with {@link Builder#lemmas(boolean) lemmas(true)} (or use {@link
 *       #englishWithLemmas()}): every token of every sentence gets its lemma;
 *   <li>analyze without lemmas and call {@link #lemmatize(Sentence)} on just the sentences that
 *       need them (say, those that contain a quotation or a reporting verb). This is the cheap
 *       path when lemmas matter for a minority of sentences.
 * </ul>
 * Without lemmas, {@link Token#lemma()} is empty; nothing is computed behind the caller's back, so
 * the result stays a plain value that can be serialized, compared and cached.
 *
 * <p>Language: the pipeline is English. Call a {@link LanguageDetector} first if the input may be
 * in another language; this class does not refuse non-English text.
 *
 * <p>Thread-safe: one instance may be shared by any number of threads, provided its components
 * are thread-safe, as all {@code OpenNlp*} components are. The instances returned by {@link
 * #english()} and {@link #englishWithLemmas()} are JVM-wide singletons over the shared models.
 */
public final class TextAnalyzer {

  private final SentenceSplitter splitter;
  private final Tokenizer tokenizer;
  private final PartOfSpeechTagger tagger;
  private final Lemmatizer lemmatizer; // null: lemmatize(...) unavailable
  private final boolean lemmasByDefault;

  private TextAnalyzer(Builder b) {
    this.splitter = b.splitter != null ? b.splitter : new OpenNlpSentenceSplitter();
    this.tokenizer = b.tokenizer != null ? b.tokenizer : new OpenNlpTokenizer();
    this.tagger = b.tagger != null ? b.tagger : new OpenNlpPosTagger();
    this.lemmatizer = b.lemmatizer; // resolved lazily: most analyzers never lemmatize
    this.lemmasByDefault = b.lemmas;
  }

  /** The shared English analyzer, without lemmas. */
  public static TextAnalyzer english() {
    return Shared.PLAIN;
  }

  /** The shared English analyzer that lemmatizes every sentence. */
  public static TextAnalyzer englishWithLemmas() {
    return Shared.WITH_LEMMAS;
  }

  /** A builder; components left unset are the {@code OpenNlp*} ones over the shared models. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether {@link #analyze(String)} fills in lemmas. */
  public boolean lemmasByDefault() {
    return lemmasByDefault;
  }

  /**
   * Analyzes {@code text}. Empty or whitespace-only text gives a document with no sentences.
   */
  public AnalyzedDocument analyze(String text) {
    Args.notNull(text, "text");
    List<CharSpan> spans = splitter.split(text);
    List<Sentence> sentences = new ArrayList<>(spans.size());
    for (CharSpan span : spans) {
      Sentence s = analyzeSentence(text, span, sentences.size());
      sentences.add(lemmasByDefault ? lemmatize(s) : s);
    }
    return new AnalyzedDocument(text, sentences);
  }

  /**
   * Analyzes {@code text}, running the part-of-speech model only on the sentences whose
   * lower-cased tokens {@code needsTags} accepts; the others get {@link GuessedTags} (a cheap
   * guess from the token's shape). Tagging is most of the cost of analysis, and a caller that
   * reads grammar only around certain words need not pay it for every sentence.
   */
  public AnalyzedDocument analyze(String text, java.util.function.Predicate<List<String>> needsTags) {
    Args.notNull(text, "text");
    Args.notNull(needsTags, "needsTags");
    List<CharSpan> spans = splitter.split(text);
    List<Sentence> sentences = new ArrayList<>(spans.size());
    for (CharSpan span : spans) {
      List<CharSpan> tokenSpans = tokenizer.tokenize(text, span);
      List<String> words = new ArrayList<>(tokenSpans.size());
      List<String> lower = new ArrayList<>(tokenSpans.size());
      for (CharSpan t : tokenSpans) {
        String w = t.coveredText(text);
        words.add(w);
        lower.add(w.toLowerCase(java.util.Locale.ROOT));
      }
      List<String> tags = needsTags.test(lower) ? tagger.tag(words) : GuessedTags.of(words);
      List<Token> tokens = new ArrayList<>(words.size());
      for (int i = 0; i < words.size(); i++) {
        CharSpan t = tokenSpans.get(i);
        tokens.add(new Token(i, words.get(i), t.start(), t.end(), tags.get(i), null));
      }
      Sentence s = new Sentence(sentences.size(), span.start(), span.end(), span.coveredText(text), tokens);
      sentences.add(lemmasByDefault ? lemmatize(s) : s);
    }
    return new AnalyzedDocument(text, sentences);
  }

  /**
   * Returns {@code sentence} with a lemma on every token; the sentence itself when it already has
   * them. Works whether or not this analyzer lemmatizes by default.
   */
  public Sentence lemmatize(Sentence sentence) {
    Args.notNull(sentence, "sentence");
    if (sentence.hasLemmas()) {
      return sentence;
    }
    List<String> lemmas = lemmatizer().lemmatize(sentence.tokenTexts(), sentence.posTags());
    List<Token> tokens = new ArrayList<>(lemmas.size());
    for (int i = 0; i < lemmas.size(); i++) {
      tokens.add(sentence.tokens().get(i).withLemma(lemmas.get(i)));
    }
    return new Sentence(
        sentence.index(), sentence.charStart(), sentence.charEnd(), sentence.text(), tokens);
  }

  /** Returns {@code doc} with lemmas on every token of every sentence. */
  public AnalyzedDocument lemmatize(AnalyzedDocument doc) {
    Args.notNull(doc, "doc");
    List<Sentence> out = new ArrayList<>(doc.sentences().size());
    for (Sentence s : doc.sentences()) {
      out.add(lemmatize(s));
    }
    return new AnalyzedDocument(doc.text(), out);
  }

  private Sentence analyzeSentence(String text, CharSpan span, int index) {
    List<CharSpan> tokenSpans = tokenizer.tokenize(text, span);
    List<String> words = new ArrayList<>(tokenSpans.size());
    for (CharSpan t : tokenSpans) {
      words.add(t.coveredText(text));
    }
    List<String> tags = tagger.tag(words);
    Args.check(tags.size() == words.size(),
        "tagger returned %s tags for %s tokens", tags.size(), words.size());
    List<Token> tokens = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      CharSpan t = tokenSpans.get(i);
      tokens.add(new Token(i, words.get(i), t.start(), t.end(), tags.get(i), null));
    }
    return new Sentence(index, span.start(), span.end(), span.coveredText(text), tokens);
  }

  private Lemmatizer lemmatizer() {
    return lemmatizer != null ? lemmatizer : SharedLemmatizer.INSTANCE;
  }

  /** Configures a {@link TextAnalyzer}. Not thread-safe; build once and share the analyzer. */
  public static final class Builder {
    private SentenceSplitter splitter;
    private Tokenizer tokenizer;
    private PartOfSpeechTagger tagger;
    private Lemmatizer lemmatizer;
    private boolean lemmas;

    private Builder() {}

    public Builder sentenceSplitter(SentenceSplitter splitter) {
      this.splitter = Args.notNull(splitter, "splitter");
      return this;
    }

    public Builder tokenizer(Tokenizer tokenizer) {
      this.tokenizer = Args.notNull(tokenizer, "tokenizer");
      return this;
    }

    public Builder posTagger(PartOfSpeechTagger tagger) {
      this.tagger = Args.notNull(tagger, "tagger");
      return this;
    }

    public Builder lemmatizer(Lemmatizer lemmatizer) {
      this.lemmatizer = Args.notNull(lemmatizer, "lemmatizer");
      return this;
    }

    /** Whether {@link TextAnalyzer#analyze(String)} lemmatizes every sentence. Default false. */
    public Builder lemmas(boolean lemmas) {
      this.lemmas = lemmas;
      return this;
    }

    public TextAnalyzer build() {
      return new TextAnalyzer(this);
    }
  }

  /** JVM-wide defaults, created on first use (class-holder idiom: thread-safe, once). */
  private static final class Shared {
    static final TextAnalyzer PLAIN = builder().build();
    static final TextAnalyzer WITH_LEMMAS = builder().lemmas(true).build();
  }

  /** The default lemmatizer, created (and its model loaded) only when first needed. */
  private static final class SharedLemmatizer {
    static final Lemmatizer INSTANCE = new OpenNlpLemmatizer();
  }
}
