package io.framing.relations;

/**
 * One construction of the relation rules: reads a cue that the grammar fits in its sentence and
 * adds what it finds to the document's {@link ExtractionState}. Implementations are immutable
 * and thread-safe; all state is in the arguments.
 */
interface CueReader {
  void read(AnnotatedSentence v, CueMatch cue, Voices voices, ExtractionState state);
}
