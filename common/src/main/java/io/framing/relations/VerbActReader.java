package io.framing.relations;

import io.framing.actors.Actor;
import io.framing.actors.Mention;
import io.framing.actors.MentionKind;
import io.framing.text.GuessedTags;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The common construction: a verb or phrase cue with its source as subject (or passive agent, or
 * the speaker of a subject-less clause) and its target as object, the parties "between", or
 * "each other" (two relations). A WARN is not aimed at the source's own country; a REJECT is
 * aimed at the claim's owner. Negated cues give nothing.
 */
final class VerbActReader implements CueReader {
  private final ClauseRoles roles;

  VerbActReader(ClauseRoles roles) {
    this.roles = roles;
  }

  @Override
  public void read(AnnotatedSentence v, CueMatch cue, Voices voices, ExtractionState state) {
    int floor = roles.floorFor(v, cue.start());
    if (v.isNegated(cue.start(), floor)) {
      return;
    }
    RelationType type = cue.cue().relation();
    if (underModal(v, cue.start())) {
      // "The international community must support Azerbaijan": an act asked of its subject is
      // not done by it; the modal's reader makes it the speaker's demand or appeal.
      return;
    }
    boolean passive = v.isPassive(cue.start()) || roles.agentPhrase(cue);
    List<Actor> sources = sourcesOf(v, cue, voices, passive);
    if (sources.isEmpty()) {
      return;
    }
    int end = Math.min(v.clauseEnd(cue.end()), Math.max(state.nextCueStart, cue.end() + 1));
    List<Actor> targets = new ArrayList<>();
    Mention targetMention = null;
    Actor attackerOfVictim = null;
    boolean reciprocal = v.followedByEachOther(cue.end()) || RECIPROCAL_VERBS.contains(cue.cue().phrase().split(" ")[0]);
    if (reciprocal && sources.size() >= 2) {
      // "blamed each other", "traded accusations": one relation each way.
      for (Actor a : sources) {
        for (Actor b : sources) {
          if (!a.equals(b)) {
            state.emit(v, cue, voices, a, b, null, 0.8, "each-other");
          }
        }
      }
      return;
    }
    if (cue.cue().target() == Cue.Target.BETWEEN) {
      targetMention = roles.betweenTarget(v, cue.end(), v.clauseEnd(cue.end()));
    } else if (cue.cue().phrase().contains(CueDictionary.GAP) && v.firstAfter(cue.start() + 1, cue.end()) != null
        && v.firstAfter(cue.start() + 1, cue.end()).kind() != MentionKind.PRONOUN) {
      // ("expressed its outrage": the source's own pronoun is not the object.)
      // "called Ankara's move a betrayal": the object sits inside the cue.
      targetMention = v.firstAfter(cue.start() + 1, cue.end());
    } else if (passive) {
      targetMention = v.subjectBefore(cue.start(), floor, true);
      if (targetMention == null && OWNED_OBJECT.contains(type)) {
        // "The statement by the French president was condemned by Baku": the subject is an act.
        targetMention = ActOwners.agentInPhrase(v, floor, cue.start());
      }
    } else {
      // "expressed outrage at Ankara": after a phrase cue the preposition marks its object, not a setting.
      int objectFrom = cue.cue().phrase().contains(CueDictionary.GAP) && cue.end() < v.size()
          && ACT_PREPOSITIONS.contains(v.word(cue.end())) ? cue.end() + 1 : cue.end();
      targetMention = roles.objectAfter(v, objectFrom, Math.min(end, cue.end() + 12));
      if (targetMention != null && cue.cue().phrase().endsWith(" for") && targetMention.tokenStart() > cue.end() + 2) {
        targetMention = null; // "called for Turkey to ...": the addressee is next; "called for talks on X" has none
      }
      // "an inquiry into the shelling ...", "outrage at the shelling ...": the act after a preposition.
      int actFrom = cue.end() < v.size() && ACT_PREPOSITIONS.contains(v.word(cue.end())) ? cue.end() + 1 : cue.end();
      if ((type.hostile() || type == RelationType.INVESTIGATE) && actNounFollows(v, actFrom, state.nextCueStart)) {
        // "condemned the shelling of Stepanakert by Azerbaijan", "denounced Azerbaijan's attack":
        // the object is an act, which the next cue names; the target is who committed it.
        Mention owner = ActOwners.ownerOfNoun(v, state.nextCueStart, state.nextCueEnd, v.clauseEnd(cue.end()));
        if (owner == null && state.nextCueEnd < v.size() && v.word(state.nextCueEnd).equals("from")) {
          // "rejected demands from the Minsk Group": a speech act's source follows "from".
          owner = v.firstAfter(state.nextCueEnd + 1, Math.min(v.clauseEnd(cue.end()), state.nextCueEnd + 4));
        }
        if (owner != null) {
          targetMention = owner;
        } else if (type == RelationType.CONDEMN || type == RelationType.INVESTIGATE) {
          attackerOfVictim = roles.attackerOfVictimAfter(v, state.nextCueEnd, state.lastAttacker, v.clauseEnd(cue.end()));
          if (attackerOfVictim == null && state.lastAttacker != null && definiteBefore(v, cue.end(), state.nextCueStart)
              && sources.stream().noneMatch(src -> roles.sides().sameSide(src.country(), state.lastAttacker.country()))) {
            // "Azerbaijani forces shelled Stepanakert. Armenia condemned the attack.": a definite act
            // with neither owner nor victim named refers back to the attack last reported.
            attackerOfVictim = state.lastAttacker;
          }
        }
      }
    }
    if (targetMention != null && type == RelationType.DEMAND && cue.cue().kind() == Cue.Kind.VERB && !passive
        && !mandativeAfter(v, cue.end(), v.group(targetMention))) {
      // "insisted that Baku's claims were false" asserts; "insisted that Armenia withdraw" demands.
      return;
    }
    if (targetMention == null && attackerOfVictim == null && OWNED_OBJECT.contains(type) && !passive) {
      // "condemned the use of cluster munitions by Armenian forces": the object is a thing done,
      // and its agent is the one condemned.
      targetMention = ActOwners.agentInPhrase(v, cue.end(), v.clauseEnd(cue.end()));
    }
    if (targetMention == null && attackerOfVictim == null && type.hostile() && !passive) {
      // "Canada suspended arms exports to Turkey and condemned its role": a hostile act on a thing
      // of "its" falls on whose thing it is; when "its" would be the source's own, on the other
      // party the sentence named before.
      targetMention = possessorOfObject(v, cue.end(), sources);
    }
    if (targetMention == null && attackerOfVictim == null && type == RelationType.APPEAL) {
      // "contacted both sides to urge an end to the violence": an appeal made in the contact is
      // made to the one contacted.
      for (Mention m : contactedBefore(v, cue.start(), floor)) {
        targets.add(m.actor());
      }
      // "Putin called for an immediate ceasefire", "Rouhani urged restraint": a third party's call
      // to stop the fighting with nobody named is addressed to the two sides.
      if (targets.isEmpty() && wordWithin(v, STOP_FIGHTING, cue.end(), Math.min(v.clauseEnd(cue.end()), cue.end() + 6))
          && allThirdParties(sources)) {
        for (String c : roles.sides().countries()) {
          if (sources.stream().noneMatch(src -> src.country().equals(c))) {
            targets.add(ClauseRoles.sideGovernment(c));
          }
        }
      }
    }
    if (targetMention == null && attackerOfVictim != null) {
      // "condemned the shelling of Stepanakert": no attacker named; in a two-sided war it is the
      // side that last attacked, or else the other side of the victim.
      targets.add(attackerOfVictim);
    }
    if (targetMention != null) {
      for (Mention m : v.group(targetMention)) {
        targets.add(m.actor());
      }
    }
    if (type == RelationType.WARN) {
      // "warned that any violation of Iranian territory ...": one's own country is not the one warned.
      targets.removeIf(t -> sources.stream().anyMatch(src -> src.country().equals(t.country())));
      if (targets.isEmpty()) {
        // "warned that it reserved the right to strike ... on Azerbaijani territory"
        for (Mention m : v.mentions()) {
          // ("warned against escalation in Karabakh": a place the warning is about is no party warned.)
          if (m.tokenStart() >= cue.end() && m.tokenStart() < v.clauseEnd(cue.end()) && !v.isParenthetical(m)
              && sources.stream().noneMatch(src -> roles.sides().sameSide(src.country(), m.actor().country()))
              && m.kind() != MentionKind.PRONOUN && !ClauseRoles.afterSettingPreposition(v, m)) {
            targets.add(m.actor());
            break;
          }
        }
      }
    }
    if (type == RelationType.MEDIATE && targets.isEmpty()) {
      Mention helped = cue.end() < v.size() ? v.mentionAt(cue.end()) : null;
      if (helped != null && helped.kind() != MentionKind.PRONOUN && v.group(helped).size() == 1
          && roles.sides().onASide(helped.actor().country()) && helped.tokenEnd() < v.size() && v.looksVerbal(helped.tokenEnd())) {
        // "ready to help Azerbaijan recover Karabakh": help given to one side is support of it,
        // not mediation between the two.
        for (Actor source : sources) {
          if (!source.country().equals(helped.actor().country())) {
            state.emit(v, cue, voices, source, RelationType.SUPPORT, helped.actor(), null, 0.7, "helps-one-side");
          }
        }
        return;
      }
      targets.addAll(roles.sidesNamedIn(v));
      if (targets.isEmpty() && wordWithin(v, CONFLICT_NOUNS, cue.end(), Math.min(v.clauseEnd(cue.end()), cue.end() + 5))
          && allThirdParties(sources)) {
        // "offered to mediate the conflict", "brokered a ceasefire": what is mediated is the war
        // of the two sides, so they are the parties mediated between.
        for (String c : roles.sides().countries()) {
          targets.add(ClauseRoles.sideGovernment(c));
        }
      }
    }
    if (targets.isEmpty() && cue.cue().phrase().contains(CueDictionary.GAP) && type.hostile() && state.lastAttacker != null) {
      targets.add(state.lastAttacker);
    }
    if (type == RelationType.REJECT) {
      targets.removeIf(t -> sources.stream().anyMatch(s -> roles.sides().sameSide(s.country(), t.country())));
      if (targets.isEmpty()) {
        Actor owner = roles.claimOwner(state, sources.get(0));
        if (owner != null) {
          targets.add(owner);
        }
      }
    }
    String about = targetMention == null ? null : roles.aboutCountry(v, targetMention, v.clauseEnd(cue.end()), sources, targets);
    String rule = (passive ? "passive-" : "") + cue.cue().kind().name().toLowerCase() + "-" + cue.cue().target().name().toLowerCase();
    double confidence = targetMention == null ? 0.6 : 0.85;
    for (Actor source : sources) {
      if (targets.isEmpty()) {
        if (type == RelationType.WARN || type == RelationType.MEDIATE) {
          state.emit(v, cue, voices, source, null, null, 0.6, rule + "-untargeted");
        }
        continue;
      }
      for (Actor target : targets) {
        state.emit(v, cue, voices, source, target, about, confidence, rule);
      }
    }
  }

  /** Verbs whose act goes both ways between their coordinated subjects: "traded accusations". */
  private static final Set<String> RECIPROCAL_VERBS = Set.of("trade", "exchange");

  private static final Set<String> POSSESSIVE_THIRD = Set.of("its", "their");

  /** The party "its"/"their" right after the cue stands for, never a source; null when none. */
  private static Mention possessorOfObject(AnnotatedSentence v, int cueEnd, List<Actor> sources) {
    if (cueEnd >= v.size() || !POSSESSIVE_THIRD.contains(v.word(cueEnd))) {
      return null;
    }
    Mention pronoun = null;
    for (Mention m : v.mentions()) {
      if (m.tokenStart() == cueEnd && m.kind() == MentionKind.PRONOUN) {
        pronoun = m;
      }
    }
    if (pronoun != null && !sources.contains(pronoun.actor())) {
      return pronoun;
    }
    Mention other = null;
    for (Mention m : v.mentions()) {
      if (m.tokenEnd() <= cueEnd && m.kind() != MentionKind.PRONOUN && m.kind() != MentionKind.MODIFIER
          && !sources.contains(m.actor()) && !v.isParenthetical(m)) {
        other = m;
      }
    }
    return other;
  }

  /**
   * The clause's sources, but for a phrase headed by a noun with a possessor or nationality
   * before it: "French solidarity with Armenia" is France's, whoever reports it.
   */
  private List<Actor> sourcesOf(AnnotatedSentence v, CueMatch cue, Voices voices, boolean passive) {
    Mention owner = cue.cue().kind() == Cue.Kind.PHRASE ? ActOwners.ownerOfNoun(v, cue.start(), cue.start() + 1, cue.end()) : null;
    if (owner == null || owner.kind() == MentionKind.PRONOUN) {
      return roles.sourcesOf(v, cue, voices, passive);
    }
    List<Actor> owners = new ArrayList<>();
    for (Mention m : v.group(owner)) {
      owners.add(m.actor());
    }
    return owners;
  }

  /** Modals whose subject is asked to act, not reported acting. */
  private static final Set<String> ASKING_MODALS = Set.of("must", "should");

  /**
   * Whether a modal of obligation governs the verb at {@code cue} ("must support", "should
   * immediately condemn") with a subject other than the speaker's "we" or "I" ("we must condemn"
   * is the speaker's own act).
   */
  private static boolean underModal(AnnotatedSentence v, int cue) {
    for (int j = cue - 1; j >= Math.max(0, cue - 3); j--) {
      String w = v.word(j);
      if (ASKING_MODALS.contains(w)) {
        return j == 0 || !Voices.FIRST_PERSON.contains(v.word(j - 1));
      }
      if (!v.tag(j).equals("ADV") && !w.equals("not") && !w.equals("also")) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> STOP_FIGHTING = Set.of("ceasefire", "cease-fire", "truce", "restraint", "calm",
      "de-escalation", "de-escalate", "hostilities", "fighting", "violence", "bloodshed");

  /** Whether no source is on either side of the war. */
  private boolean allThirdParties(List<Actor> sources) {
    return sources.stream().noneMatch(src -> roles.sides().onASide(src.country()));
  }

  /**
   * Whether a word of {@code words} lies in [from, end): "called for an immediate ceasefire",
   * "urged restraint", "an end to the fighting" (six words on); "mediate the conflict", "broker a
   * truce" (five).
   */
  private static boolean wordWithin(AnnotatedSentence v, Set<String> words, int from, int end) {
    for (int i = from; i < end; i++) {
      if (words.contains(v.word(i))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> OBLIGATION_MODALS = Set.of("must", "should", "shall");
  private static final Set<String> FINITE_ONLY = Set.of("is", "was", "are", "were", "has", "had", "did", "does",
      "will", "would", "could", "can", "may", "might");

  /**
   * Whether what a demand verb's object does is demanded rather than stated: a mandative clause
   * ("that Armenia withdraw", "that Turkey must stop") or no clause at all ("demanded an apology
   * from France", "demanded Armenia's withdrawal"). A finite verb in another tense ("that Baku
   * was lying"), or a verb before the object (the object of a later clause), makes it an assertion.
   */
  private static boolean mandativeAfter(AnnotatedSentence v, int cueEnd, List<Mention> object) {
    for (int j = cueEnd; j < object.get(0).tokenStart(); j++) {
      if (v.isVerb(j)) {
        return false; // "insisted that fighting was continuing and that Baku's ...": a later clause's party
      }
    }
    Mention last = object.get(object.size() - 1);
    int i = last.tokenEnd();
    if (i < v.size() && v.word(i).equals("'s")) {
      return true; // "demanded Armenia's withdrawal"
    }
    while (last.kind() == MentionKind.MODIFIER && i < v.size() && !v.isVerb(i) && !GuessedTags.isIrregularPast(v.word(i))
        && (v.tag(i).equals("NOUN") || v.tag(i).equals("PROPN") || v.tag(i).equals("NUM") || v.word(i).equals("-"))) {
      i++; // "insisted that one of the Turkish F-16 jets shot down ...": past the noun the modifier qualifies
    }
    if (i < v.size() && GuessedTags.isIrregularPast(v.word(i)) && !v.word(i).equals("put")) {
      return false; // a past tense asserts: "... jets shot down an Armenian warplane"
    }
    while (i < v.size() && v.tag(i).equals("ADV") && !OBLIGATION_MODALS.contains(v.word(i))) {
      i++;
    }
    if (i >= v.size() || !v.isVerb(i) && !OBLIGATION_MODALS.contains(v.word(i))) {
      return true;
    }
    String w = v.word(i);
    if (OBLIGATION_MODALS.contains(w)) {
      return true;
    }
    // Extraction runs without lemmas, so tense is read from the form, with the common irregular
    // pasts ("shot", "left") listed ("put" is its own base form).
    return !(FINITE_ONLY.contains(w) || w.endsWith("ed") || w.endsWith("s") && !w.endsWith("ss")
        || GuessedTags.isIrregularPast(w) && !w.equals("put"));
  }

  private static final Set<String> CONFLICT_NOUNS = Set.of("conflict", "dispute", "war", "ceasefire", "cease-fire",
      "truce", "crisis", "fighting", "hostilities", "settlement");


  /** Verbs of getting in touch with someone. */
  private static final Set<String> CONTACT_VERBS = Set.of("contact", "contacted", "contacts", "contacting", "phone",
      "phoned", "phones", "phoning", "telephone", "telephoned", "telephones", "telephoning", "call", "called", "calls",
      "calling", "meet", "met", "meets", "meeting", "summon", "summoned", "summons", "summoning", "write", "wrote",
      "writes", "writing", "speak", "spoke", "speaks", "speaking", "talk", "talked", "talks", "talking");

  /**
   * Who was contacted when a cue is the purpose of getting in touch: "contacted both sides to
   * urge", "phoned his Armenian and Azerbaijani counterparts to urge", "wrote to Pompeo to ask".
   * The mentions between the contact verb and the "to" of the cue; none when the cue does not
   * follow "to" or no contact verb opens the phrase within eight words of the clause.
   */
  private static List<Mention> contactedBefore(AnnotatedSentence v, int cueStart, int floor) {
    int to = cueStart - 1;
    if (to < 1 || !v.word(to).equals("to")) {
      return List.of();
    }
    for (int i = to - 1; i >= Math.max(floor, to - 8); i--) {
      String w = v.word(i);
      if (CONTACT_VERBS.contains(w)) {
        List<Mention> contacted = new ArrayList<>();
        for (Mention m : v.mentions()) {
          if (m.tokenStart() > i && m.tokenEnd() <= to && m.kind() != MentionKind.PRONOUN
              && !ClauseRoles.SETTING_PREPOSITIONS.contains(v.word(m.tokenStart() - 1))) {
            // ("met Cavusoglu in Brussels": a place is the setting, not one contacted)
            contacted.add(m);
          }
        }
        return contacted;
      }
      if (w.equals(",") || w.equals(";") || v.isVerb(i)) {
        return List.of();
      }
    }
    return List.of();
  }

  /**
   * The next cue starts the object: only a determiner, possessor, adjectives or noun modifiers
   * between ("the missile strike", "Monday's rocket attack").
   */
  private static boolean actNounFollows(AnnotatedSentence v, int from, int nextCue) {
    if (nextCue >= v.size() || nextCue - from > 4) {
      return false;
    }
    for (int i = from; i < nextCue; i++) {
      String p = v.tag(i);
      if (!(p.equals("DET") || p.equals("ADJ") || p.equals("PROPN") || p.equals("NOUN") || v.word(i).equals("'s")
          || p.equals("PRON"))) {
        return false;
      }
    }
    return true;
  }

  /** Relations whose object may be an act, aimed at whoever did it. */
  private static final Set<RelationType> OWNED_OBJECT = Set.of(RelationType.CONDEMN, RelationType.REJECT);

  private static final Set<String> ACT_PREPOSITIONS = Set.of("into", "over", "of", "at", "about");

  /** "the attack", "this shelling", "these strikes": the act noun is a definite reference back. */
  private static boolean definiteBefore(AnnotatedSentence v, int from, int nextCue) {
    for (int i = from; i < nextCue; i++) {
      if (DEFINITE.contains(v.word(i).toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.Set<String> DEFINITE = java.util.Set.of("the", "this", "that", "these", "those", "such");

}
