package io.framing.relations;

import io.framing.Args;
import io.framing.actors.Actor;
import io.framing.actors.CoreferenceResolver;
import io.framing.actors.Mention;
import io.framing.actors.MentionFinder;
import io.framing.actors.Role;
import io.framing.text.AnalyzedDocument;
import io.framing.text.Sentence;
import io.framing.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who did what to whom in one document. The document is tagged, its actor mentions found and
 * resolved, each token given its voice (narrator, tweet author, quoted or reported speaker),
 * and every relation cue read against the sentence around it: subject or passive agent as the
 * source, object, agent, addressee or the parties "between" as the target. Claims follow the
 * coding guidelines: an attack a speaker reports is their accusation, an attack the narrator
 * reports is an ATTACK, a negated act is no relation, "each other" gives two relations. One
 * relation per (source actor, relation, target actor) per document.
 *
 * <p>Thread-safe: all state is per call; the components it holds are immutable or thread-safe.
 */
public final class RelationExtractor {
  private final TextAnalyzer analyzer;
  private final MentionFinder finder;
  private final CoreferenceResolver coreference;
  private final CueDictionary cues;
  private final SpeechVerbs speechVerbs;
  private final SpeakerAttribution attribution;
  private final ClauseRoles roles;
  private final CueReader modalDemand;
  private final CueReader imperative;
  private final CueReader attack;
  private final CueReader agentNoun;
  private final CueReader claimRejection;
  private final CueReader verbAct;
  private final CueReader nominalAct;
  private final CueReader characterisation;
  private final CopularLabelReader copularLabel;

  public RelationExtractor(TextAnalyzer analyzer, MentionFinder finder, CoreferenceResolver coreference,
      CueDictionary cues, Set<String> speechVerbForms, ConflictSides sides, Actor internationalCommunity,
      EvaluativeLabels labels) {
    this.analyzer = Args.notNull(analyzer, "analyzer");
    this.finder = Args.notNull(finder, "finder");
    this.coreference = Args.notNull(coreference, "coreference");
    this.cues = Args.notNull(cues, "cues");
    this.speechVerbs = new SpeechVerbs(Args.notNull(speechVerbForms, "speechVerbForms"));
    this.attribution = new SpeakerAttribution(speechVerbs);
    this.roles = new ClauseRoles(speechVerbs, Args.notNull(sides, "sides"));
    this.modalDemand = new ModalDemandReader(roles);
    this.imperative = new ImperativeReader(roles, Args.notNull(internationalCommunity, "internationalCommunity"));
    this.attack = new AttackReader(roles);
    this.agentNoun = new AgentNounReader(roles);
    this.claimRejection = new ClaimRejectionReader(roles);
    this.verbAct = new VerbActReader(roles);
    this.nominalAct = new NominalActReader(roles);
    this.characterisation = new CharacterisationReader(roles, Args.notNull(labels, "labels"));
    this.copularLabel = new CopularLabelReader(roles, labels);
  }

  /** What a document yields: its analysis, its mentions and its relations. */
  public static final class Result {
    private final AnalyzedDocument document;
    private final List<Mention> mentions;
    private final List<Actor> speakers;
    private final List<Relation> relations;

    Result(AnalyzedDocument document, List<Mention> mentions, List<Actor> speakers, List<Relation> relations) {
      this.document = document;
      this.mentions = List.copyOf(mentions);
      this.speakers = java.util.Collections.unmodifiableList(new ArrayList<>(speakers));
      this.relations = List.copyOf(relations);
    }

    /**
     * Who speaks where mention {@code i} stands: the tweet's author, an embedded tweet's author,
     * a quoted or reported speaker; null for the narrator's own words.
     */
    public Actor speakerOf(int i) {
      return speakers.get(i);
    }

    public AnalyzedDocument document() {
      return document;
    }

    public List<Mention> mentions() {
      return mentions;
    }

    public List<Relation> relations() {
      return relations;
    }
  }

  /** A span of an article spoken by someone else: an embedded tweet. */
  public static final class SpokenSpan {
    final int start;
    final int end;
    final Actor speaker;

    public SpokenSpan(int start, int end, Actor speaker) {
      this.start = start;
      this.end = end;
      this.speaker = Args.notNull(speaker, "speaker");
    }
  }

  /**
   * @param text the document text
   * @param author the tweet's author, or null for an article (or an unknown account)
   * @param embedded spans of an article spoken by others (embedded tweets)
   * @param extractRelations false for documents that carry no relations of their own (retweets)
   * @param narrated whether the text has a narrator whose reports are facts (an article); in a
   *     tweet of an unknown account nobody's report is a fact, so it yields no ATTACK
   */
  public Result extract(String text, Actor author, List<SpokenSpan> embedded, boolean extractRelations,
      boolean narrated) {
    // Only sentences holding a cue or a reporting verb have their grammar read closely.
    AnalyzedDocument doc = analyzer.analyze(text, this::worthTagging);
    List<AnnotatedSentence> views = findMentions(doc);
    Voices voices = attribution.assign(text, views, author, embedded);
    SpeakerAttribution.addFirstPersonMentions(views, voices);
    EnemyReferences.add(views, voices, roles.sides());
    List<Mention> allMentions = new ArrayList<>();
    List<Actor> speakers = new ArrayList<>();
    for (AnnotatedSentence v : views) {
      for (Mention m : v.mentions()) {
        allMentions.add(m);
        speakers.add(voices.speaker(v.sentence().index(), m.tokenStart()));
      }
    }
    if (!extractRelations) {
      return new Result(doc, allMentions, speakers, List.of());
    }
    ExtractionState state = new ExtractionState(narrated, roles.sides());
    for (AnnotatedSentence v : views) {
      readSentence(v, voices, state);
    }
    return new Result(doc, allMentions, speakers, state.relations());
  }

  private boolean worthTagging(List<String> lowerTokens) {
    if (cues.mayMatch(lowerTokens)) {
      return true;
    }
    for (String t : lowerTokens) {
      if (speechVerbs.contains(t)) {
        return true;
      }
    }
    return false;
  }

  private List<AnnotatedSentence> findMentions(AnalyzedDocument doc) {
    CoreferenceResolver.History history = new CoreferenceResolver.History();
    List<AnnotatedSentence> views = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<Mention> found = finder.find(s);
      List<Mention> resolved = coreference.resolve(s, found, history);
      List<Mention> all = new ArrayList<>(found);
      all.addAll(resolved);
      AnnotatedSentence v = new AnnotatedSentence(s, all);
      List<List<Mention>> groups = new ArrayList<>();
      for (Mention m : v.mentions()) {
        groups.add(v.group(m));
      }
      history.add(v.mentions(), groups);
      views.add(v);
    }
    return views;
  }

  // ------------------------------------------------------------------ relations

  /** The construction that reads a cue: by its kind, then by its relation and where its target is. */
  private CueReader readerFor(Cue cue) {
    switch (cue.kind()) {
      case MODAL:
        return modalDemand;
      case IMPERATIVE:
        return imperative;
      default:
        if (cue.target() == Cue.Target.LABEL) {
          return characterisation;
        } else if (cue.relation() == RelationType.ATTACK) {
          return attack;
        } else if (cue.target() == Cue.Target.AGENT) {
          return agentNoun;
        } else if (cue.target() == Cue.Target.CLAIM_OWNER) {
          return claimRejection;
        } else if (cue.kind() == Cue.Kind.NOUN) {
          return nominalAct;
        }
        return verbAct;
    }
  }

  private void readSentence(AnnotatedSentence v, Voices voices, ExtractionState state) {
    List<CueMatch> found = new ArrayList<>();
    List<CueMatch> nominalised = new ArrayList<>();
    for (CueMatch cue : cues.find(v.words())) {
      if (fitsGrammar(v, cue) && !(cue.cue().target() == Cue.Target.LABEL && CharacterisationReader.distancing(v, cue.start()))) {
        found.add(cue);
      } else if (usedAsNoun(v, cue)) {
        found.add(cue);
        nominalised.add(cue);
      }
    }
    int contentAfter = Integer.MAX_VALUE;
    // The end of the latest act whose content may follow: a verb of saying after it opens new
    // speech ("... and said Turkey had backed Baku"), one before it does not ("rejected the
    // criticism and accused France of siding with Armenia": "accused" is the act itself).
    int latestContent = -1;
    boolean rejectedHere = false;
    for (int c = 0; c < found.size(); c++) {
      CueMatch cue = found.get(c);
      state.nextCueStart = c + 1 < found.size() ? found.get(c + 1).start() : v.size();
      state.nextCueEnd = c + 1 < found.size() ? found.get(c + 1).end() : v.size();
      RelationType type = cue.cue().relation();
      boolean speechBetween = roles.speechVerbBetween(v, Math.max(contentAfter, latestContent), cue.start());
      if ((type == RelationType.ATTACK || type == RelationType.SUPPORT || cue.cue().target() == Cue.Target.AGENT)
          && cue.start() > contentAfter && !speechBetween) {
        // "accused Yerevan of shelling Tartar", "urged both sides to stop targeting civilians":
        // the attack is the content of the accusation or appeal, not an act of its own.
        continue;
      }
      if (c > 0 && cue.start() > 0 && v.word(cue.start() - 1).equals("to") && !speechBetween
          && cue.cue().kind() == Cue.Kind.VERB && found.get(c - 1).cue().relation() != RelationType.ATTACK
          && v.clauseStart(cue.start(), 0) <= found.get(c - 1).start()) {
        // "called on the administration to press Turkey": the second act is what is asked for.
        // Not across a clause break: "did not blame either side, but Lavrov phoned ... to urge".
        continue;
      }
      if (cue.cue().target() == Cue.Target.CLAIM_OWNER && rejectedHere
          && voices.kind(v.sentence().index(), cue.start()) == Voices.Kind.NARRATOR) {
        continue;
      }
      int before = state.relations.size();
      (nominalised.contains(cue) ? nominalAct : readerFor(cue.cue())).read(v, cue, voices, state);
      boolean emitted = state.relations.size() > before;
      // ("insisted that one of the Turkish jets shot down ...": a verb of saying that made no
      // demand opens reported speech, whose attacks are the speaker's claims.)
      if (type != RelationType.ATTACK && type != RelationType.SUPPORT && type != RelationType.MEDIATE
          && (emitted || cue.cue().kind() == Cue.Kind.VERB && !roles.speechVerbBetween(v, cue.start(), cue.end()))) {
        contentAfter = Math.min(contentAfter, cue.end());
        latestContent = Math.max(latestContent, cue.end());
      }
      rejectedHere |= type == RelationType.REJECT && state.relations.size() > before;
    }
    copularLabel.read(v, voices, state);
    for (Mention m : v.mentions()) {
      if (m.kind().canSpeak() && m.actor().role() != Role.CVL) {
        state.recentAddressees.add(m);
      }
    }
  }

  /** Words that only lead a noun phrase: determiners, possessives, and the modifiers of a renewed act. */
  private static final Set<String> NOUN_PHRASE_LEADS = Set.of("its", "their", "his", "her", "our", "the", "a", "an",
      "'s", "renewed", "repeated", "fresh", "new", "earlier", "latest", "urgent", "strong");

  /**
   * A verb of speech used as a noun of the same form ("its calls on Baku", "their demand that
   * Ankara withdraw", "a fresh appeal to the co-chairs"): the act is still the speaker's, who is
   * found as for any act carried by a noun (possessor, or the subject of "issued", "renewed" ...).
   * Violence is left out: "the attack" names an event, not anyone's speech.
   */
  private static boolean usedAsNoun(AnnotatedSentence v, CueMatch cue) {
    if (cue.cue().kind() != Cue.Kind.VERB || cue.cue().relation() == RelationType.ATTACK
        || cue.cue().target() != Cue.Target.OBJECT || cue.start() == 0) {
      return false;
    }
    // "renewed calls for talks", "dismissed French calls for a ceasefire": the object of a verb.
    return v.tag(cue.start()).equals("NOUN") && NOUN_PHRASE_LEADS.contains(v.word(cue.start() - 1))
        || v.nounAfterVerb(cue.start());
  }

  /** A verb cue must be used as a verb, a noun cue as a noun. */
  private static boolean fitsGrammar(AnnotatedSentence v, CueMatch cue) {
    switch (cue.cue().kind()) {
      case VERB:
        if (v.nounAfterVerb(cue.start())) {
          return false; // "rejected demands from the co-chairs": a noun, another verb's object
        }
        if (cue.end() - cue.start() > 1 && !cue.cue().phrase().contains(CueDictionary.GAP)) {
          return cue.start() == 0 || !Set.of("the", "a", "an", "his", "her", "its", "their").contains(v.word(cue.start() - 1));
        }
        return v.looksVerbal(cue.start());
      case NOUN:
        return !v.looksVerbal(cue.start()) || cue.end() - cue.start() > 1;
      default:
        return true;
    }
  }
}
