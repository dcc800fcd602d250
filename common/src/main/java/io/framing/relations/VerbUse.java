package io.framing.relations;

import io.framing.actors.Mention;
import io.framing.actors.MentionKind;
import io.framing.text.GuessedTags;
import java.util.Set;

/**
 * Whether a word of one {@link AnnotatedSentence} is used as a verb: the tagger often calls
 * "calls", "urges" or "backs" nouns in headline-like text, and now and then a noun a verb. Split
 * from the sentence so that the sentence keeps the token-level facts and this class the reading
 * of verbal use. Stateless beyond its sentence; not shared between threads (neither is the
 * sentence).
 */
final class VerbUse {
  private final AnnotatedSentence v;

  VerbUse(AnnotatedSentence v) {
    this.v = v;
  }

  private static final Set<String> NOMINAL_LEADS = Set.of("the", "a", "an", "this", "that", "these", "those", "its",
      "his", "her", "their", "our", "my", "your", "'s", "any", "every", "no", "such", "of", "unprovoked", "deliberate");

  /** The tags of words a tagger may have given a verb's place to. */
  private static final Set<String> OPEN_CLASS_TAGS = Set.of("NOUN", "VERB", "ADJ", "PROPN", "X");

  /** Verbs followed by a bare infinitive. */
  private static final Set<String> BARE_INFINITIVE_VERBS = Set.of("help", "helps", "helped", "helping");

  /** Auxiliaries that only a verb follows. */
  private static final Set<String> VERB_LEADS = Set.of("had", "has", "have", "having", "'ve", "'d", "will", "would",
      "must", "could", "should", "can", "may", "might", "shall", "wo", "ca");

  /**
   * Whether the word at {@code i} is used as a verb. The tagger often calls "calls", "urges"
   * or "shells" nouns in headline-like text, so a word counts as verbal when tagged so, or when
   * it is an inflected form not introduced by a determiner, possessive or adjective.
   */
  boolean looksVerbal(int i) {
    if (v.word(i).endsWith("ing") && i + 1 < v.size() && v.word(i + 1).equals("of")
        && i > 0 && (NOMINAL_LEADS.contains(v.word(i - 1)) || v.word(i - 1).equals("and")
        || AnnotatedSentence.QUOTE_MARKS.contains(v.word(i - 1)) || v.tag(i - 1).equals("ADJ"))) {
      return false; // "the targeting and killing of civilians": a gerund heading a noun phrase
    }
    if (v.isVerb(i)) {
      return true;
    }
    String w = v.word(i);
    if (!Character.isLetter(w.charAt(0))) {
      return false; // "Russia 's Lavrov": a possessive ending is no inflected verb
    }
    // Only an open-class word can be a verb the tagger missed: "as", "this" or "its" end in "s" too.
    boolean inflected = OPEN_CLASS_TAGS.contains(v.tag(i)) && (w.endsWith("s") || w.endsWith("ed") || w.endsWith("ing"));
    if (i == 0) {
      return inflected || v.tag(i).equals("VERB");
    }
    int p = i - 1;
    while (p > 0 && AnnotatedSentence.QUOTE_MARKS.contains(v.word(p))) {
      p--; // "the 'reprehensible' targeting": the word before the quotation mark decides
    }
    String prev = v.word(p);
    String prevPos = v.tag(p);
    if ((prev.equals("and") || prev.equals("or")) && p > 0 && v.tag(p - 1).equals("NOUN")
        && v.word(p - 1).endsWith("s") && w.endsWith("s")) {
      return false; // "Armenia's border violations and attacks": plural nouns coordinated
    }
    if (w.endsWith("ing") && (prev.equals("by") || prev.equals("for") || prev.equals("of") || prev.equals("from"))) {
      return true; // a gerund: "by hitting Ganja"
    }
    if (VERB_LEADS.contains(prev) && !prevPos.equals("NOUN")) {
      return true; // a perfect or a modal: "had struck", "will pay", whatever the tagger says
    }
    if (BARE_INFINITIVE_VERBS.contains(prev) && !inflected) {
      return true; // "helped mediate", "helping broker": a bare infinitive, whatever the tagger says
    }
    if (prev.equals("to") && i >= 2 && (v.tag(i - 2).equals("VERB") || v.tag(i - 2).equals("ADJ"))
        && !inflected) {
      return true; // an infinitive the tagger read as a noun: "offered to host talks", "ready to help"
    }
    if ((w.endsWith("ed") || GuessedTags.isIrregularPast(w)) && i + 1 < v.size() && !v.word(i + 1).equals("of")
        && !v.word(i + 1).equals("by")) {
      for (Mention m : v.mentions()) {
        if (m.tokenEnd() == i && m.kind() != MentionKind.MODIFIER && m.kind().canSpeak()) {
          // "Amnesty International accused ...", "Azerbaijani drones struck ...": a past tense right after a named actor, though
          // the tagger read the name's last word as an adjective ("troops accused of" is no verb of theirs).
          return true;
        }
      }
    }
    if (NOMINAL_LEADS.contains(prev) || prevPos.equals("ADJ") || prevPos.equals("DET") || prevPos.equals("NUM")
        || prevPos.equals("ADP")) {
      return false;
    }
    for (Mention m : v.mentions()) {
      if (m.tokenEnd() == i && m.kind() == MentionKind.MODIFIER) {
        // "Turkey backs Azerbaijan" (the tagger: "backs"/NOUN, so "Turkey" a modifier): a
        // country's name, not its adjective, before a present tense that takes a party or a
        // determiner is the subject and its verb; "Azerbaijan forces shelled" stays a noun.
        return w.endsWith("s") && v.tag(m.tokenEnd() - 1).equals("PROPN") && takesAnObject(i + 1);
      }
    }
    return inflected;
  }

  /** Whether a party or a determiner opens at {@code i}: what a transitive verb takes next. */
  private boolean takesAnObject(int i) {
    if (i >= v.size()) {
      return false;
    }
    if (v.tag(i).equals("DET")) {
      return true;
    }
    for (Mention m : v.mentions()) {
      if (m.tokenStart() == i && m.kind() != MentionKind.MODIFIER) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the word at {@code i} is a noun that a main verb takes as its object, though a verb
   * cue matched it: "dismissed French calls for a ceasefire", "rejected Macron's offer to
   * mediate", "rejected demands from the co-chairs". Determiners, adjectives, possessives and
   * country modifiers may stand between; with none, only a plural-looking word ("calls",
   * "demands") counts, so that "helped mediate" stays a verb.
   */
  boolean nounAfterVerb(int i) {
    int j = i - 1;
    boolean lead = false;
    while (j >= 0) {
      String w = v.word(j);
      Mention m = mentionEndingAt(j + 1);
      if (v.tag(j).equals("DET") || v.tag(j).equals("ADJ") || w.equals("'s") || w.equals("'")
          || AnnotatedSentence.POSSESSIVE_DETERMINERS.contains(w)) {
        lead = true;
        j--;
      } else if (m != null && (m.kind() == MentionKind.MODIFIER || j + 1 < v.size() && v.word(j + 1).equals("'s"))) {
        lead = true;
        j = m.tokenStart() - 1;
      } else {
        break;
      }
    }
    if (j < 0 || !v.tag(j).equals("VERB") || VERB_LEADS.contains(v.word(j)) || v.word(j).equals("to")) {
      return false;
    }
    return lead || v.word(i).endsWith("s") && !v.word(i).endsWith("ss");
  }

  private Mention mentionEndingAt(int end) {
    for (Mention m : v.mentions()) {
      if (m.tokenEnd() == end) {
        return m;
      }
    }
    return null;
  }
}
