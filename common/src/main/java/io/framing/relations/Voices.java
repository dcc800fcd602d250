package io.framing.relations;

import io.framing.actors.Actor;
import io.framing.actors.Mention;
import io.framing.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who speaks each token of a document: the narrator of an article, the author of a tweet, the
 * author of a tweet embedded in an article, the speaker of a quotation, or the subject of a
 * reporting verb ("Baku said that ..."). Relations read from an actor's words are that actor's
 * claims: an attack they report is coded as an accusation, an imperative as their demand.
 * Not thread-safe; one per document.
 */
final class Voices {

  /** How the words reach the reader. */
  enum Kind {
    NARRATOR,
    /** The speaker's own words: a tweet, an embedded tweet, a quotation. */
    DIRECT,
    /** The speaker's words as the narrator reports them. */
    REPORTED
  }

  /** A span of the document spoken by one actor, in document characters. */
  static final class Span {
    final int start;
    final int end;
    final Actor speaker;
    final Kind kind;

    Span(int start, int end, Actor speaker, Kind kind) {
      this.start = start;
      this.end = end;
      this.speaker = speaker;
      this.kind = kind;
    }
  }

  private final String text;
  private final List<Actor[]> speakers = new ArrayList<>();
  private final List<Kind[]> kinds = new ArrayList<>();
  private final List<String[]> quotes = new ArrayList<>();

  Voices(String text, List<AnnotatedSentence> views) {
    this.text = text;
    for (AnnotatedSentence v : views) {
      speakers.add(new Actor[v.size()]);
      Kind[] k = new Kind[v.size()];
      java.util.Arrays.fill(k, Kind.NARRATOR);
      kinds.add(k);
      quotes.add(new String[v.size()]);
    }
  }

  Actor speaker(int sentence, int token) {
    return speakers.get(sentence)[token];
  }

  Kind kind(int sentence, int token) {
    return kinds.get(sentence)[token];
  }

  String quote(int sentence, int token) {
    return quotes.get(sentence)[token];
  }

  /** Gives the tokens inside {@code span} its voice, unless a stronger one is already set. */
  void assign(List<AnnotatedSentence> views, Span span, boolean override) {
    String quote = span.kind == Kind.DIRECT ? text.substring(span.start, span.end).strip() : null;
    for (AnnotatedSentence v : views) {
      if (v.sentence().charEnd() <= span.start || v.sentence().charStart() >= span.end) {
        continue;
      }
      Actor[] s = speakers.get(v.sentence().index());
      Kind[] k = kinds.get(v.sentence().index());
      String[] q = quotes.get(v.sentence().index());
      for (int i = 0; i < v.size(); i++) {
        Token t = v.token(i);
        if (t.charStart() >= span.start && t.charEnd() <= span.end && (override || k[i] == Kind.NARRATOR)) {
          s[i] = span.speaker;
          k[i] = span.kind;
          q[i] = quote;
        }
      }
    }
  }

  /** Quotation spans of the text with at least {@code minWords} words: “…”, "…", and ‘…’ is left alone (scare quotes). */
  static List<int[]> quotations(String text, int minWords) {
    List<int[]> spans = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '“' || (c == '"' && open < 0)) {
        open = i + 1;
      } else if ((c == '”' || c == '"') && open >= 0) {
        if (words(text.substring(open, i)) >= minWords) {
          spans.add(new int[] {open, i});
        }
        open = -1;
      }
    }
    return spans;
  }

  private static int words(String s) {
    int n = 0;
    for (String w : s.trim().split("\\s+")) {
      if (!w.isEmpty()) {
        n++;
      }
    }
    return n;
  }

  static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us", "my", "our", "ours", "myself", "ourselves");

  /** A mention for the speaker of a first-person pronoun. */
  static Mention firstPerson(AnnotatedSentence v, int i, Actor speaker) {
    Token t = v.token(i);
    return new Mention(v.sentence().index(), i, i + 1, t.charStart(), t.charEnd(), t.text(), speaker,
        io.framing.actors.MentionKind.PRONOUN);
  }
}
