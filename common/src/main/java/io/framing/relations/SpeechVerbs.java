package io.framing.relations;

import java.util.Set;

/**
 * The verbs of saying ({@code data/relations/speech_verbs.csv}, inflected): they open reported
 * speech, whose claims are the speaker's. Immutable and thread-safe.
 */
final class SpeechVerbs {
  private final Set<String> forms;

  SpeechVerbs(Set<String> forms) {
    this.forms = Set.copyOf(forms);
  }

  boolean contains(String lowerWord) {
    return forms.contains(lowerWord);
  }

  /** A verb of saying used as a verb ("says" is one even when the tagger calls it a noun). */
  boolean isSpeechVerb(AnnotatedSentence v, int i) {
    return forms.contains(v.word(i)) && (v.isVerb(i) || v.word(i).equals("says"));
  }
}
