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
        // "..., said Hikmet Hajiyev": an inverted attribution names its speaker after the verb,
        // whatever subject the report before the comma has.
        Mention speaker = subjectAfterQuote(v, i);
        if (speaker != null && speaker.tokenEnd() < v.size() && v.isVerb(speaker.tokenEnd())) {
          speaker = null; // "Pashinyan, who spoke to reporters, said Azerbaijani forces had shelled": not inverted
        }
        if (speaker == null) {
          speaker = v.subjectBefore(i, v.clauseStart(i, 0), false);
          if (speaker == null && v.isPassive(i)) {
            continue;
          }
        }
        if (speaker != null) {
          int end = v.token(v.size() - 1).charEnd();
          voices.assign(views, new Voices.Span(v.token(i).charEnd(), end, speaker.actor(), Voices.Kind.REPORTED), true);
          int contentEnd = invertedContentEnd(v, speaker, i);
          if (contentEnd > 0) {
            // "Azerbaijani forces shelled Stepanakert overnight, the ministry said.": the report comes first.
            voices.assign(views, new Voices.Span(v.sentence().charStart(), v.token(contentEnd).charStart(),
                speaker.actor(), Voices.Kind.REPORTED), true);
          }
        }
      }
      Mention source = accordingTo(v);
      if (source != null) {
        // "According to the defence ministry, Azerbaijani forces shelled ...": the whole sentence is its report.
        voices.assign(views, new Voices.Span(v.sentence().charStart(), v.token(v.size() - 1).charEnd(),
            source.actor(), Voices.Kind.REPORTED), false);
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
    if (m != null && m.kind().canSpeak() && m.tokenStart() <= verb + 2) {
      return m;
    }
    return appositionAfterUnknownName(v, verb + 1);
  }

  /**
   * "..., said Jane Roe, a spokeswoman for the Armenian foreign ministry.": a name the dictionary
   * does not know, then an apposition whose actor the speaker speaks for.
   */
  private static Mention appositionAfterUnknownName(AnnotatedSentence v, int from) {
    int i = from;
    while (i < v.size() && v.tag(i).equals("PROPN") && v.firstAfter(i, i + 1) == null) {
      i++;
    }
    if (i == from || i - from > 4 || i >= v.size() || !v.word(i).equals(",")) {
      return null;
    }
    for (int k = i + 1; k < Math.min(v.size(), i + 10); k++) {
      Mention m = v.firstAfter(k, k + 1);
      if (m != null) {
        return m.kind().canSpeak() ? m : null;
      }
      String p = v.tag(k);
      if (!(p.equals("DET") || p.equals("ADJ") || p.equals("NOUN") || p.equals("PROPN") || p.equals("ADP"))) {
        return null;
      }
    }
    return null;
  }


  /** The speaker of a quotation: ", X said" after it, or "X said:" before it. */
  private Actor quoteSpeaker(List<AnnotatedSentence> views, int[] quote) {
    for (AnnotatedSentence v : views) {
      // After the closing quote, within the sentence that holds it.
      if (v.sentence().charStart() <= quote[1] && quote[1] < v.sentence().charEnd() + 2) {
        int after = firstTokenAtOrAfter(v, quote[1] + 1);
        // ("..., Turkish President Recep Tayyip Erdogan's spokesman Ibrahim Kalin said": a speaker
        // described at length puts the verb far from the quote.)
        for (int i = after; i >= 0 && i < Math.min(v.size(), after + SPEAKER_REACH); i++) {
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

  /** How many tokens after a closing quote its verb of saying may come. */
  private static final int SPEAKER_REACH = 14;

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

  /**
   * The comma that ends the report of an inverted attribution ("..., the ministry said." or
   * "..., said Aliyev."), or -1: the speaker and verb close the sentence after a comma, with at
   * most a short adverbial after the verb.
   */
  private static int invertedContentEnd(AnnotatedSentence v, Mention speaker, int verb) {
    int first = Math.min(speaker.tokenStart(), verb);
    int j = first - 1;
    while (j >= 0 && (v.word(j).equals("the") || v.tag(j).equals("ADJ"))) {
      j--;
    }
    if (j <= 0 || !(v.word(j).equals(",") || v.word(j).equals("\"") || v.word(j).equals("”"))) {
      return -1;
    }
    int last = Math.max(speaker.tokenEnd(), verb + 1);
    int tail = 0;
    for (int k = last; k < v.size(); k++) {
      if (TAIL_OPENERS.contains(v.word(k))) {
        break; // "..., said Hajiyev while answering questions in Ganja": an adverbial clause of the saying
      }
      if (v.isVerb(k) || v.word(k).equals("that") || ++tail > 5) {
        return -1;
      }
    }
    return j;
  }

  /** Words that open an adverbial clause after an inverted attribution. */
  private static final Set<String> TAIL_OPENERS = Set.of("while", "when", "after", "before", "during", "as", "in",
      "at", "on", "speaking", "adding");

  /** "according to X", "..., per X", "citing X": the mention that the sentence is reported from, or null. */
  private static Mention accordingTo(AnnotatedSentence v) {
    for (int i = 0; i + 1 < v.size(); i++) {
      if (v.word(i).equals("according") && v.word(i + 1).equals("to")) {
        return speakerIn(v, i + 2, i + 5);
      }
      if (v.word(i).equals("citing") && i > 0) {
        // "..., Trend reports citing the Azerbaijani Defence Ministry": the outlet's source speaks
        Mention m = speakerIn(v, i + 1, i + 4);
        if (m != null) {
          return m;
        }
      }
      if (v.word(i).equals("per") && i > 0 && v.word(i - 1).equals(",")) {
        // "..., per the Armenian defence ministry": the wire services' short "according to"
        return speakerIn(v, i + 1, i + 4);
      }
    }
    return null;
  }

  /** The first mention in {@code [from, until)} when it is an actor that can speak, else null. */
  private static Mention speakerIn(AnnotatedSentence v, int from, int until) {
    Mention m = v.firstAfter(from, Math.min(v.size(), until));
    return m != null && m.kind().canSpeak() ? m : null;
  }
}
