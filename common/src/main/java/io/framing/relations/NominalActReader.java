package io.framing.relations;

import io.framing.actors.Actor;
import io.framing.actors.Mention;
import io.framing.actors.MentionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An act carried by a noun: "Ankara's condemnation of Yerevan", "the Russian call for talks",
 * "condemnation from Tehran", "Baku levelled accusations against Yerevan", "an appeal to the
 * co-chairs". The source is the noun's possessor or nationality, else the subject of a verb that
 * issues the act ("issued", "voiced", "renewed",
 * "levelled" ...: the light verbs of {@link #ISSUING_VERBS}); the target follows the noun's
 * preposition, which the cue spells ("condemnation of", "accusations against"). A noun that is
 * itself the object of a rejection ("denied Baku's accusations") is the rejected claim, not an
 * act of this sentence's, and gives nothing here.
 */
final class NominalActReader implements CueReader {
  /**
   * Verbs that make a noun of speech the subject's own act (support verbs): "issued a warning",
   * "voiced its condemnation", "renewed calls for", "launched an investigation into".
   */
  static final Set<String> ISSUING_VERBS = inflected("issue", "voice", "express", "make", "renew", "repeat",
      "reiterate", "send", "deliver", "release", "publish", "level", "lodge", "file", "extend", "convey", "echo",
      "join", "address", "direct", "sign", "submit", "launch", "open", "order", "begin", "start", "lead", "step",
      "add", "offer", "announce", "put", "post", "share", "unveil", "present", "propose", "table");
  private static final Set<String> IRREGULAR_ISSUING = Set.of("made", "sent", "led", "began", "begun", "put", "levelled",
      "levelling", "stepped");
  private static final Set<String> BETWEEN_NOUN_AND_POSSESSOR = Set.of("'s", "'", "the", "a", "an", "its", "their",
      "his", "her", "our", "\"", "“", "”");
  private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("its", "their", "his", "her", "our", "my");
  private static final int MAX_OBJECT_DISTANCE = 8;

  private final ClauseRoles roles;

  NominalActReader(ClauseRoles roles) {
    this.roles = roles;
  }

  @Override
  public void read(AnnotatedSentence v, CueMatch cue, Voices voices, ExtractionState state) {
    int floor = roles.floorFor(v, cue.start());
    if (v.isNegated(cue.start(), floor) || objectOfARejection(v, cue, floor)) {
      return;
    }
    List<Actor> sources = sources(v, cue, voices, floor);
    if (sources.isEmpty()) {
      return;
    }
    RelationType type = cue.cue().relation();
    int end = v.clauseEnd(cue.end());
    List<Actor> targets = new ArrayList<>();
    Mention target;
    if (cue.cue().target() == Cue.Target.BETWEEN) {
      target = roles.betweenTarget(v, cue.start(), end);
    } else {
      target = roles.objectAfter(v, cue.end(), Math.min(end, cue.end() + MAX_OBJECT_DISTANCE));
    }
    if (type == RelationType.INVESTIGATE && state.nextCueStart > cue.end() && state.nextCueStart <= cue.end() + 2) {
      // "an investigation into the shelling of Ganja by Armenian forces": the party investigated
      // is whoever committed the act investigated.
      Mention owner = ActOwners.ownerOfNoun(v, state.nextCueStart, state.nextCueEnd, end);
      if (owner != null) {
        target = owner;
      } else if (target == null) {
        // "an investigation into the shelling of Ganja": no attacker named; the side that last
        // attacked, or else the other side of the victim, as for a condemnation.
        Actor attacker = roles.attackerOfVictimAfter(v, state.nextCueEnd, state.lastAttacker, end);
        if (attacker != null) {
          targets.add(attacker);
        }
      }
    }
    if (target != null) {
      v.group(target).forEach(m -> targets.add(m.actor()));
    }
    if (type == RelationType.WARN || type == RelationType.REJECT) {
      targets.removeIf(t -> sources.stream().anyMatch(s -> roles.sides().sameSide(s.country(), t.country())));
    }
    for (Actor source : sources) {
      if (targets.isEmpty() && (type == RelationType.WARN || type == RelationType.MEDIATE)) {
        state.emit(v, cue, voices, source, null, null, 0.55, "nominal-untargeted");
      }
      for (Actor t : targets) {
        String about = target == null ? null : roles.aboutCountry(v, target, end, List.of(source), targets);
        state.emit(v, cue, voices, source, t, about, 0.7, "nominal");
      }
    }
  }

  /** Whose act the noun is: its possessor or nationality, else the subject of an issuing verb. */
  private List<Actor> sources(AnnotatedSentence v, CueMatch cue, Voices voices, int floor) {
    List<Actor> sources = new ArrayList<>();
    Mention owner = possessorOrModifier(v, cue.start(), floor);
    if (owner != null) {
      v.group(owner).forEach(m -> sources.add(m.actor()));
      return sources;
    }
    int verb = issuingVerbBefore(v, cue.start(), floor);
    if (verb >= 0) {
      return roles.sourcesOf(v, new CueMatch(cue.cue(), verb, verb + 1), voices, false);
    }
    return sources;
  }

  /** "Ankara's condemnation", "the Turkish condemnation", "the EU's renewed call". */
  private static Mention possessorOrModifier(AnnotatedSentence v, int nounStart, int floor) {
    for (Mention m : v.mentions()) {
      if (m.tokenEnd() > nounStart || m.tokenEnd() < nounStart - 4 || m.tokenStart() < floor
          || m.kind() == MentionKind.PRONOUN && !isPossessivePronoun(v, m)) {
        continue;
      }
      boolean adjacent = true;
      for (int i = m.tokenEnd(); i < nounStart; i++) {
        if (!BETWEEN_NOUN_AND_POSSESSOR.contains(v.word(i)) && !v.tag(i).equals("ADJ") && !v.tag(i).equals("ADV")) {
          adjacent = false;
        }
      }
      if (adjacent && (m.kind() == MentionKind.MODIFIER || v.followedByPossessive(m) || isPossessivePronoun(v, m))) {
        return m;
      }
    }
    return null;
  }

  private static boolean isPossessivePronoun(AnnotatedSentence v, Mention m) {
    return m.kind() == MentionKind.PRONOUN && POSSESSIVE_PRONOUNS.contains(v.word(m.tokenStart()));
  }

  /** An issuing verb at most five tokens before the noun, with nothing verbal between. */
  private static int issuingVerbBefore(AnnotatedSentence v, int nounStart, int floor) {
    for (int i = nounStart - 1; i >= Math.max(floor, nounStart - 5); i--) {
      String w = v.word(i);
      if (ISSUING_VERBS.contains(w) || IRREGULAR_ISSUING.contains(w)) {
        return i;
      }
      if (v.isVerb(i) || w.equals(",") || w.equals("and")) {
        return -1;
      }
    }
    return -1;
  }

  /** "rejected Baku's accusations against Yerevan": the noun is the claim a REJECT answers. */
  private static boolean objectOfARejection(AnnotatedSentence v, CueMatch cue, int floor) {
    for (int i = cue.start() - 1; i >= Math.max(floor, cue.start() - 6); i--) {
      String w = v.word(i);
      if (w.startsWith("reject") || w.startsWith("deni") || w.startsWith("deny") || w.startsWith("dismiss")
          || w.startsWith("refut") || w.startsWith("rebuff")) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> inflected(String... lemmas) {
    java.util.Set<String> forms = new java.util.HashSet<>();
    for (String l : lemmas) {
      forms.addAll(Inflections.ofVerb(l));
    }
    return Set.copyOf(forms);
  }
}
