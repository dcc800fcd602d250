package io.framing.sentiment;

/**
 * The sentiment of one sentence of a document: a row of the {@code sentiment} table.
 *
 * @param index the sentence's position in its document, from 0 (the same numbering as the
 *     relations' {@code sentence_idx}: both come from the same sentence splitter)
 * @param charStart start offset in the document text
 * @param charEnd end offset, exclusive
 * @param text the sentence
 * @param scores its VADER scores
 */
public record SentenceSentiment(int index, int charStart, int charEnd, String text, SentimentScores scores) {}
