package io.framing.relations;

import io.framing.Args;
import io.framing.actors.Actor;
import io.framing.actors.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Gives every token of a document its {@link Voices voice}: reported speech after a verb of
 * saying, then the stronger voices that override it (the tweet's author, embedded tweets, a
 * speaker label before a colon, quotations with their speaker). Immutable and thread-safe.
 */
final class SpeakerAttribution {
  private final SpeechVerbs speechVerbs;

  SpeakerAttribution(SpeechVerbs speechVerbs) {
    this.speechVerbs = Args.notNull(speechVerbs, "speechVerbs");
  }

  Voices assign(String text, List<AnnotatedSentence> views, Actor author, List<RelationExtractor.SpokenSpan> embedded) {
    Voices voices = new Voices(text, views);
    // Reported speech first, then stronger voices override it.
    for (AnnotatedSentence v : views) {
      for (int i = 0; i < v.size(); i++) {
        if (!speechVerbs.isSpeechVerb(v, i)) {
          continue;
        }
        Mention speaker = v.subjectBefore(i, v.clauseStart(i, 0), false);
        if (speaker == null && v.isPassive(i)) {
          continue;
        }
        if (speaker == null) {
          speaker = subjectAfterQuote(v, i);
        }
        if (speaker != null) {
          int end = v.token(v.size() - 1).charEnd();
          voices.assign(views, new Voices.Span(v.token(i).charEnd(), end, speaker.actor(), Voices.Kind.REPORTED), true);
        }
      }
    }
    if (author != null) {
      voices.assign(views, new Voices.Span(0, text.length(), author, Voices.Kind.DIRECT), true);
    }
    for (RelationExtractor.SpokenSpan s : embedded) {
      voices.assign(views, new Voices.Span(s.start, s.end, s.speaker, Voices.Kind.DIRECT), true);
    }
    // "Minister Hulusi Akar: We will ..." — a speaker label before a colon.
    for (AnnotatedSentence v : views) {
      if (!v.mentions().isEmpty()) {
        Mention first = v.mentions().get(0);
        int colon = first.tokenEnd();
        if (colon < v.size() && v.word(colon).equals(":") && onlyTitleWordsBefore(v, first.tokenStart())) {
          int end = v.token(v.size() - 1).charEnd();
          voices.assign(views, new Voices.Span(v.token(colon).charEnd(), end, first.actor(), Voices.Kind.DIRECT), true);
        }
      }
    }
    for (int[] q : Voices.quotations(text, 4)) {
      Actor speaker = quoteSpeaker(views, q);
      if (speaker != null) {
        voices.assign(views, new Voices.Span(q[0], q[1], speaker, Voices.Kind.DIRECT), true);
      }
    }
    return voices;
  }

  private static boolean onlyTitleWordsBefore(AnnotatedSentence v, int start) {
    for (int i = 0; i < start; i++) {
      if (!v.tag(i).equals("PROPN") && !v.tag(i).equals("NOUN")) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> INVERTING_VERBS = Set.of("said", "says", "added", "wrote", "tweeted", "told", "asked");

  /** "..., said Kardashian": a speaker right after a verb of saying that follows a comma or quote. */
  private static Mention subjectAfterQuote(AnnotatedSentence v, int verb) {
    if (!INVERTING_VERBS.contains(v.word(verb)) || verb == 0
        || !(v.word(verb - 1).equals(",") || v.word(verb - 1).equals("”") || v.word(verb - 1).equals("\""))) {
      return null;
    }
    Mention m = v.firstAfter(verb + 1, Math.min(v.size(), verb + 4));
    return m != null && m.kind().canSpeak() && m.tokenStart() <= verb + 2 ? m : null;
  }

  /** The speaker of a quotation: ", X said" after it, or "X said:" before it. */
  private Actor quoteSpeaker(List<AnnotatedSentence> views, int[] quote) {
    for (AnnotatedSentence v : views) {
      // After the closing quote, within the sentence that holds it.
      if (v.sentence().charStart() <= quote[1] && quote[1] < v.sentence().charEnd() + 2) {
        int after = firstTokenAtOrAfter(v, quote[1] + 1);
        for (int i = after; i >= 0 && i < Math.min(v.size(), after + 6); i++) {
          if (speechVerbs.isSpeechVerb(v, i)) {
            Mention m = v.subjectBefore(i, after, false);
            if (m == null) {
              m = subjectAfterQuote(v, i);
            }
            if (m != null) {
              return m.actor();
            }
          }
        }
      }
    }
    for (AnnotatedSentence v : views) {
      // Before the opening quote: "X said:" or "X wrote that".
      if (v.sentence().charStart() <= quote[0] && quote[0] <= v.sentence().charEnd()) {
        int open = firstTokenAtOrAfter(v, quote[0]);
        for (int i = Math.min(open, v.size()) - 1; i >= Math.max(0, open - 4); i--) {
          if (speechVerbs.isSpeechVerb(v, i)) {
            Mention m = v.subjectBefore(i, v.clauseStart(i, 0), false);
            if (m != null) {
              return m.actor();
            }
          }
        }
      }
    }
    return null;
  }

  private static int firstTokenAtOrAfter(AnnotatedSentence v, int charPos) {
    for (int i = 0; i < v.size(); i++) {
      if (v.token(i).charStart() >= charPos) {
        return i;
      }
    }
    return -1;
  }

  static void addFirstPersonMentions(List<AnnotatedSentence> views, Voices voices) {
    for (AnnotatedSentence v : views) {
      List<Mention> added = new ArrayList<>();
      for (int i = 0; i < v.size(); i++) {
        Actor speaker = voices.speaker(v.sentence().index(), i);
        if (speaker != null && Voices.FIRST_PERSON.contains(v.word(i)) && voices.kind(v.sentence().index(), i) == Voices.Kind.DIRECT) {
          added.add(Voices.firstPerson(v, i, speaker));
        }
      }
      if (!added.isEmpty()) {
        v.addMentions(added);
      }
    }
  }
}
