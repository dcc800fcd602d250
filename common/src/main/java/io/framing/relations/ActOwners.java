package io.framing.relations;

import io.framing.actors.Mention;
import io.framing.actors.MentionKind;
import java.util.Set;

/**
 * Who did an act named by a noun phrase: the possessor or nationality before the act noun, or the
 * agent after "by" ("Azerbaijan's shelling", "the use of cluster munitions by Azerbaijan",
 * "crimes committed by ..."). Stateless and thread-safe.
 */
final class ActOwners {
  private ActOwners() {}

  /** Participles that bring an act's agent with "by": "crimes committed by ...". */
  private static final Set<String> AGENTIVE_PARTICIPLES = Set.of("committed", "perpetrated", "carried", "conducted",
      "caused", "inflicted", "launched", "staged");

  /**
   * The agent named by "by" inside a noun phrase that is no actor itself: "the use of cluster
   * munitions by Azerbaijan", "the statement by the French president", "a video of crimes
   * committed by Azerbaijani soldiers". Searches {@code [from, to)} and stops at the first verb
   * (other than a participle that brings an agent) or clause boundary; null when none.
   */
  static Mention agentInPhrase(AnnotatedSentence v, int from, int to) {
    for (int i = from; i < Math.min(to, v.size()); i++) {
      String w = v.word(i);
      if (w.equals("by") && i > from) {
        Mention m = v.firstAfter(i + 1, Math.min(to, i + 4));
        return m == null || m.kind() == MentionKind.PRONOUN ? null : m;
      }
      if (PHRASE_ENDS.contains(w) || v.isVerb(i) && !AGENTIVE_PARTICIPLES.contains(w)) {
        return null;
      }
    }
    return null;
  }

  /** The prepositions after an act noun that bring what was hit: "the shelling of", "the attack on". */
  static final Set<String> VICTIM_PREPOSITIONS = Set.of("of", "on", "against");

  private static final Set<String> PHRASE_ENDS = Set.of(",", ";", ":", "that", "which", "who", "and", "but");

  /**
   * Who an act noun belongs to: "Azerbaijan's shelling", "an Azerbaijani attack", "the shelling
   * by Armenian forces", "the use of cluster munitions by Azerbaijan". The possessor or
   * nationality right before the noun (determiners and adjectives between), else the mention
   * after a "by" that follows the noun; null when neither.
   */
  static Mention ownerOfNoun(AnnotatedSentence v, int nounStart, int nounEnd, int clauseEnd) {
    for (Mention m : v.mentions()) {
      if (m.tokenEnd() > nounStart || m.tokenEnd() < nounStart - 3 || m.kind() == MentionKind.PRONOUN
          && !AnnotatedSentence.POSSESSIVE_DETERMINERS.contains(v.word(m.tokenStart()))) {
        continue;
      }
      boolean adjacent = m.kind() == MentionKind.MODIFIER || v.followedByPossessive(m)
          || AnnotatedSentence.POSSESSIVE_DETERMINERS.contains(v.word(m.tokenStart()));
      for (int i = m.tokenEnd(); i < nounStart && adjacent; i++) {
        String w = v.word(i);
        adjacent = w.equals("'s") || w.equals("'") || v.tag(i).equals("ADJ") || AnnotatedSentence.QUOTE_MARKS.contains(w);
      }
      if (adjacent) {
        return m;
      }
    }
    // "by X" right after the noun, or after the phrase naming what was hit: "the shelling of
    // Stepanakert by Azerbaijan", "the attack on Barda by Armenian forces".
    for (int i = nounEnd; i < Math.min(clauseEnd, nounEnd + 6); i++) {
      String w = v.word(i);
      if (w.equals("by")) {
        return v.firstAfter(i + 1, Math.min(clauseEnd, i + 4));
      }
      if (i == nounEnd && AGENTIVE_PARTICIPLES.contains(w)) {
        continue; // "crimes committed by Azerbaijani forces"
      }
      if (i == nounEnd ? !VICTIM_PREPOSITIONS.contains(w) : v.isVerb(i) || w.equals(",") || w.equals("and")) {
        return null;
      }
    }
    return null;
  }
}
