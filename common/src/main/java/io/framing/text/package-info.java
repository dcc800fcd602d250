/**
 * The text layer: sentences, tokens, part-of-speech tags, lemmas and language identification.
 *
 * <p>Design, in the manner of Apache OpenNLP: one small interface per component
 * ({@link io.framing.text.SentenceSplitter}, {@link io.framing.text.Tokenizer},
 * {@link io.framing.text.PartOfSpeechTagger}, {@link io.framing.text.Lemmatizer},
 * {@link io.framing.text.LanguageDetector}), one OpenNLP-backed implementation of each, and a
 * {@link io.framing.text.TextAnalyzer} that composes them into immutable
 * {@link io.framing.text.AnalyzedDocument}s.
 *
 * <p>Thread-safety model. OpenNLP models are immutable and loaded at most once per JVM by
 * {@link io.framing.text.OpenNlpModels}; OpenNLP's {@code *ME} classes are not thread-safe, so
 * every OpenNLP-backed component keeps one {@code *ME} per thread (a {@link java.lang.ThreadLocal})
 * over the shared model. Every public component in this package is therefore safe to share between
 * threads, and every value type is immutable. In Spark, call {@link
 * io.framing.text.TextAnalyzer#english()} inside the task: the analyzer is not shipped with the
 * closure, and the models are loaded once per executor JVM.
 *
 * <p>Offsets. Every span is a pair of UTF-16 {@code char} offsets into the original document
 * text, end exclusive, so {@code text.substring(start, end)} is always the covered text.
 */
package io.framing.text;
