package io.framing.relations;

import io.framing.Args;
import io.framing.actors.Actor;
import io.framing.actors.Mention;
import io.framing.actors.MentionKind;
import io.framing.actors.Role;
import io.framing.text.FunctionWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who plays which part around a cue: the clause it stands in, its source (subject, passive
 * agent, the speaker of a subject-less clause), its object, the parties "between", the country
 * a relation is about, and the owner of a rejected claim. Shared by every {@link CueReader}.
 * Immutable and thread-safe.
 */
final class ClauseRoles {
  private final SpeechVerbs speechVerbs;
  private final ConflictSides sides;

  ClauseRoles(SpeechVerbs speechVerbs, ConflictSides sides) {
    this.speechVerbs = Args.notNull(speechVerbs, "speechVerbs");
    this.sides = Args.notNull(sides, "sides");
  }

  ConflictSides sides() {
    return sides;
  }

  SpeechVerbs speechVerbs() {
    return speechVerbs;
  }

  static final Set<String> POSSESSIVE_PRONOUNS = Set.of("their", "its", "his", "her", "our", "my");

  static final Set<String> RELATIVE_SUBJECTS = Set.of("who", "which", "that", "whom", "those", "anyone", "some");

  /** Prepositions of place and accompaniment: what follows them is a setting, not the one acted upon. */
  static final Set<String> SETTING_PREPOSITIONS = Set.of("in", "around", "near", "at", "along", "across",
      "inside", "outside", "within", "into", "throughout", "during", "over", "under", "behind", "despite", "amid", "via",
      "alongside", "beside", "like", "after", "before", "since", "through");

  /**
   * The claim nouns that assert a fact. A hostile label on one ("called the reports provocative")
   * rejects it; on a statement ("called the remarks unacceptable") it condemns the speaker, and
   * only a charge of falsehood ("called the remarks lies") rejects it.
   */
  static final Set<String> FACT_CLAIM_NOUNS = Set.of("claim", "claims", "report", "reports", "allegation",
      "allegations", "accusation", "accusations", "charge", "charges", "news");

  /** What a speaker says: the claims of fact and the statements ("remarks"). */
  static final Set<String> CLAIM_NOUNS = FunctionWords.union(FACT_CLAIM_NOUNS, Set.of("statement", "statements", "remarks"));

  /** A fixed phrase ending in "by" names its agent next: "talks hosted by Lavrov". */
  static boolean agentPhrase(CueMatch cue) {
    return cue.cue().kind() == Cue.Kind.PHRASE && cue.cue().phrase().endsWith(" by");
  }

  boolean speechVerbBetween(AnnotatedSentence v, int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(to, v.size()); i++) {
      if (speechVerbs.isSpeechVerb(v, i)) {
        return true;
      }
    }
    return false;
  }

  /** The clause floor for a cue: after the reporting verb when the cue is in its complement. */
  int floorFor(AnnotatedSentence v, int cueStart) {
    int floor = 0;
    for (int i = cueStart - 1; i >= 0; i--) {
      if (speechVerbs.isSpeechVerb(v, i) && v.isParentheticalAt(i) && !v.isParentheticalAt(cueStart)) {
        // "Armenian forces, Aliyev said, had shelled Tartar": the attribution set off by commas
        // sits inside the report, whose clause began before it.
        int open = i;
        while (open > 0 && v.isParentheticalAt(open)) {
          open--;
        }
        return v.clauseStart(open, 0);
      }
      if (speechVerbs.isSpeechVerb(v, i)) {
        floor = i + 1;
        // "told @SecPompeo that ...": the clause starts after "that", past the verb's own object.
        for (int j = i + 1; j < Math.min(cueStart, i + 5); j++) {
          if (v.word(j).equals("that")) {
            floor = j + 1;
            break;
          }
        }
        break;
      }
    }
    return v.clauseStart(cueStart, floor);
  }

  /** The source of an act: the subject, the passive agent, or the speaker of an imperative. */
  List<Actor> sourcesOf(AnnotatedSentence v, CueMatch cue, Voices voices, boolean passive) {
    int floor = floorFor(v, cue.start());
    boolean joined = cue.start() > 0 && (v.word(cue.start() - 1).equals("and") || v.word(cue.start() - 1).equals("but"));
    // "Cavusoglu said Armenia was the obstacle, calling on the world to act": a participle phrase
    // after a reported clause is the speaker's (a report's own violence, "..., killing two", is not).
    boolean speakersParticiple = cue.start() > 0 && v.word(cue.start() - 1).equals(",") && v.isPresentParticiple(cue.start())
        && cue.cue().relation() != RelationType.ATTACK && cue.cue().target() != Cue.Target.AGENT;
    if (!passive && (joined || speakersParticiple) && floor > 0) {
      // "Hajiyev told reporters that Armenia was committing war crimes and urged ...": a verb
      // joined by "and" after a reported clause shares the main clause's subject.
      Mention main = v.subjectBefore(floor, 0, false);
      if (main != null) {
        List<Actor> sources = new ArrayList<>();
        v.group(main).forEach(m -> sources.add(m.actor()));
        return sources;
      }
    }
    Mention opener = participialOpenerSubject(v, cue, passive);
    if (opener != null) {
      // "Accusing Armenia of shelling civilians, the Azerbaijani president vowed ...": a clause
      // that opens on a participle has the main clause's subject.
      List<Actor> sources = new ArrayList<>();
      v.group(opener).forEach(m -> sources.add(m.actor()));
      return sources;
    }
    Mention subject;
    if (agentPhrase(cue)) {
      subject = v.firstAfter(cue.end(), Math.min(v.size(), cue.end() + 4)); // "talks hosted by Lavrov"
    } else {
      subject = passive ? v.agentAfter(cue.end(), v.clauseEnd(cue.end())) : v.subjectBefore(cue.start(), floor, false);
    }
    List<Actor> sources = new ArrayList<>();
    Actor speaker = voices.speaker(v.sentence().index(), cue.start());
    if (subject != null) {
      for (Mention m : v.group(subject)) {
        if (m.kind().canSpeak()) {
          sources.add(speaksForItsPeople(speaker, m.actor()) ? speaker : m.actor());
        }
      }
      return sources;
    }
    boolean relativeSubject = cue.start() > 0 && RELATIVE_SUBJECTS.contains(v.word(cue.start() - 1));
    if (speaker != null && !passive && !relativeSubject) {
      // An imperative or a subject-less clause in someone's words is theirs; "those who accuse"
      // is not, whoever writes it.
      sources.add(speaker);
    }
    return sources;
  }

  /**
   * "Erdogan said the Turkish people would stand with their Azerbaijani brothers": what a
   * government speaker says their own people will do is the speaker's commitment, not the
   * civilians' act.
   */
  private static boolean speaksForItsPeople(Actor speaker, Actor subject) {
    return speaker != null && speaker.role() == Role.GOV && subject.role() == Role.CVL
        && subject.country().equals(speaker.country());
  }

  /**
   * The subject of the main clause when the cue is a present participle opening the sentence
   * (adverbs before it allowed) and a comma closes its clause: the first actor after the comma
   * that can speak. Null otherwise.
   */
  private static Mention participialOpenerSubject(AnnotatedSentence v, CueMatch cue, boolean passive) {
    if (passive || !v.word(cue.start()).toLowerCase(java.util.Locale.ROOT).endsWith("ing")) {
      return null;
    }
    for (int i = 0; i < cue.start(); i++) {
      if (!v.tag(i).equals("ADV")) {
        return null;
      }
    }
    for (int i = cue.end(); i < v.size(); i++) {
      if (v.word(i).equals(",")) {
        Mention m = v.firstAfter(i + 1, Math.min(v.size(), i + 5));
        return m != null && m.kind().canSpeak() ? m : null;
      }
      if (v.word(i).equals(";") || v.word(i).equals(".")) {
        return null;
      }
    }
    return null;
  }

  /**
   * The object after a cue: the first mention, but a possessive pronoun gives way to the actor
   * of its noun phrase ("stand with their Azerbaijani brothers").
   */
  static Mention objectAfter(AnnotatedSentence v, int from, int until) {
    for (int k = from; k + 1 < until; k++) {
      if (v.word(k).equals(",") && RELATIVE_OPENERS.contains(v.word(k + 1).toLowerCase(java.util.Locale.ROOT))) {
        // "criticised the decision, which was welcomed by Turkey": a relative clause on the object
        // has its own parties.
        until = k;
        break;
      }
    }
    Mention m = v.firstAfter(from, until);
    // A cue's own last word ("lash out at", "hit out at") is not a setting: the party after it is the object.
    while (m != null && afterSettingPreposition(v, m) && settingPrepositionAt(v, m) >= from) {
      m = v.firstAfter(m.tokenEnd(), until);
    }
    if (m != null && m.kind() == MentionKind.PRONOUN && m.tokenEnd() < v.size() && v.looksVerbal(m.tokenEnd())
        && !POSSESSIVE_PRONOUNS.contains(v.word(m.tokenStart()))) {
      // "condemned what it called Armenia's attack": the pronoun is the subject of a clause inside the object.
      m = v.firstAfter(m.tokenEnd(), until);
    }
    if (m != null && m.kind() == MentionKind.PRONOUN && POSSESSIVE_PRONOUNS.contains(v.word(m.tokenStart()))) {
      // "stand with their Azerbaijani brothers": the actor of the noun phrase, not the possessor;
      // "supported its right to ...": no actor at all.
      return v.firstAfter(m.tokenEnd(), Math.min(until, m.tokenEnd() + 3));
    }
    if (m != null && m.kind() == MentionKind.HASHTAG && m.tokenStart() > from + 1) {
      return null; // a tweet's closing hashtags are not the object of its verbs
    }
    return m;
  }

  private static final Set<String> RELATIVE_OPENERS = Set.of("which", "who", "whom", "whose");

  static boolean afterSettingPreposition(AnnotatedSentence v, Mention m) {
    int j = settingPrepositionAt(v, m);
    if (j > 0 && v.word(j).equals("of") && COMPOUND_SETTINGS.contains(v.word(j - 1))) {
      return true; // "bloodshed in and outside of the Nagorno-Karabakh zone"
    }
    return j >= 0 && SETTING_PREPOSITIONS.contains(v.word(j));
  }

  /** The first words of settings closed by "of": "outside of", "inside of", "out of". */
  private static final Set<String> COMPOUND_SETTINGS = Set.of("outside", "inside", "out");

  /** The index of the word before a mention's determiners and adjectives (-1 at the sentence start). */
  private static int settingPrepositionAt(AnnotatedSentence v, Mention m) {
    int j = wordBeforeModifiers(v, m.tokenStart() - 1);
    if (j > 0 && v.word(j).equals("of") && PLACE_NOUNS.contains(v.word(j - 1))) {
      // "over the region of Nagorno-Karabakh", "in the town of Martuni": the place noun's preposition.
      j = wordBeforeModifiers(v, j - 2);
    }
    return j;
  }

  /** The first word at or before {@code j} that is no article, adjective or participle ("the disputed"). */
  private static int wordBeforeModifiers(AnnotatedSentence v, int j) {
    while (j >= 0 && (v.word(j).equals("the") || v.tag(j).equals("ADJ") || v.tag(j).equals("DET")
        || v.word(j).endsWith("ed") && j > 0 && (v.word(j - 1).equals("the") || v.tag(j - 1).equals("DET")))) {
      j--;
    }
    return j;
  }

  /** Nouns of places whose name follows "of": "the region of", "the city of". */
  private static final Set<String> PLACE_NOUNS = Set.of("region", "city", "town", "village", "area", "enclave",
      "province", "district", "capital", "territory", "zone", "republic");

  /** Both main parties, when the sentence names both ("the foreign ministers of the two countries"). */
  List<Actor> sidesNamedIn(AnnotatedSentence v) {
    List<Actor> found = new ArrayList<>();
    for (String c : sides.countries()) {
      for (Mention m : v.mentions()) {
        if (m.actor().country().equals(c) && m.kind() != MentionKind.MODIFIER && !v.isParenthetical(m)) {
          found.add(m.actor());
          break;
        }
      }
    }
    return found.size() == sides.countries().size() ? found : List.of();
  }

  /** "talks between Armenian and Azerbaijani officials": the parties after "between", else none. */
  static Mention betweenTarget(AnnotatedSentence v, int from, int end) {
    for (int i = from; i < end; i++) {
      if (v.word(i).equals("between")) {
        return v.firstAfter(i + 1, Math.min(end, i + 6));
      }
    }
    return null;
  }

  String aboutCountry(AnnotatedSentence v, Mention target, int end, List<Actor> sources, List<Actor> targets) {
    for (Mention m : v.mentions()) {
      if (m.tokenStart() < target.tokenEnd() || m.tokenStart() >= end) {
        continue;
      }
      String c = m.actor().country();
      boolean known = targets.stream().anyMatch(t -> t.country().equals(c)) || sources.stream().anyMatch(s -> s.country().equals(c));
      if (!known && !c.equals("INT")) {
        return c;
      }
    }
    return null;
  }

  /** Whoever made the claim a source rejects: the latest accuser of its side, else the other side. */
  Actor claimOwner(ExtractionState state, Actor source) {
    List<Relation> all = new ArrayList<>(state.relations.values());
    for (int k = all.size() - 1; k >= 0; k--) {
      Relation r = all.get(k);
      if ((r.type() == RelationType.ACCUSE || r.type() == RelationType.CONDEMN) && r.target() != null
          && sides.sameSide(r.target().country(), source.country()) && !sides.sameSide(r.source().country(), source.country())) {
        return r.source();
      }
    }
    String opponent = sides.opponentOf(source.country());
    return opponent == null ? null : new Actor(opponent, opponent, Role.GOV);
  }

  static boolean verbBetween(AnnotatedSentence v, int from, int to) {
    for (int i = from; i < to; i++) {
      if (v.isVerb(i) || v.word(i).equals("that")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Who attacked the victim named after an act noun ending at {@code after} ("the shelling of
   * Stepanakert"): {@code lastAttacker}, the latest
   * attacker of the document when it is of the other side, else the other side's government;
   * null when the victim is of neither side or none is named.
   */
  Actor attackerOfVictimAfter(AnnotatedSentence v, int after, Actor lastAttacker, int clauseEnd) {
    if (after >= clauseEnd || !ActOwners.VICTIM_PREPOSITIONS.contains(v.word(after))) {
      return null;
    }
    int victimEnd = Math.min(clauseEnd, after + 7);
    for (int i = after + 1; i < victimEnd; i++) {
      if (v.word(i).equals("by")) {
        victimEnd = i; // "the attack on Barda by Armenian forces": who comes after "by" did it
      }
    }
    Mention victim = v.firstAfter(after + 1, victimEnd);
    String victimSide = victim != null ? victim.actor().country() : placeAfter(v, after + 1, victimEnd);
    if (victimSide == null) {
      return null;
    }
    if (lastAttacker != null && !sides.sameSide(lastAttacker.country(), victimSide)
        && sides.opponentOf(victimSide) != null) {
      return lastAttacker;
    }
    String opponent = sides.opponentOf(victimSide);
    return opponent == null ? null : sideGovernment(opponent);
  }

  /** Nouns of violent acts whose doer a judgement of the act falls on ("the shelling of Ganja is a war crime"). */
  static final Set<String> ATTACK_NOUNS = Set.of("strike", "strikes", "attack", "attacks", "shelling",
      "bombing", "bombardment", "offensive", "assault", "killing", "killings");

  /**
   * Who committed the violent act named in {@code [from, to)}: "Armenia's attack on Ganja", "the
   * shelling of Stepanakert by Azerbaijani forces" (the act's owner), "the missile strike on
   * Ganja" (the other side of the town hit, as {@link #attackerOfVictimAfter} finds it). Null when
   * no act noun is there or its doer cannot be told.
   */
  Actor doerOfAttackIn(AnnotatedSentence v, int from, int to, Actor lastAttacker) {
    for (int i = Math.max(0, from); i < to; i++) {
      if (!ATTACK_NOUNS.contains(v.word(i)) || v.inMention(i)) {
        continue;
      }
      Mention owner = ActOwners.ownerOfNoun(v, i, i + 1, to);
      if (owner != null && owner.kind() != MentionKind.PRONOUN) {
        return owner.actor();
      }
      return attackerOfVictimAfter(v, i + 1, lastAttacker, to);
    }
    return null;
  }

  /**
   * The country of a town named right after the preposition ("the strike on Ganja", "the
   * shelling of the city of Barda"): towns are not actors, but they say whose side was hit.
   */
  private String placeAfter(AnnotatedSentence v, int from, int clauseEnd) {
    for (int i = from; i < Math.min(clauseEnd, from + 6); i++) { // "the nearby town of Shushi"
      String country = sides.countryOfPlace(v.word(i));
      if (country == null && i + 1 < clauseEnd) {
        country = sides.countryOfPlace(v.word(i) + " " + v.word(i + 1));
      }
      if (country != null) {
        return country;
      }
      if (v.isVerb(i) || v.word(i).equals(",")) {
        return null;
      }
    }
    return null;
  }

  /** A main party named by no mention: its government, under its code ("ARM"). */
  static Actor sideGovernment(String country) {
    return new Actor(country, country, Role.GOV);
  }
}
