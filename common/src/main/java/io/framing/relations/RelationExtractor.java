package io.framing.relations;

import io.framing.Args;
import io.framing.actors.Actor;
import io.framing.actors.CoreferenceResolver;
import io.framing.actors.Mention;
import io.framing.actors.MentionFinder;
import io.framing.actors.MentionKind;
import io.framing.actors.Role;
import io.framing.text.AnalyzedDocument;
import io.framing.text.Sentence;
import io.framing.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  private static final Set<String> CLAIM_NOUNS = Set.of("claim", "claims", "report", "reports", "allegation",
      "allegations", "accusation", "accusations", "statement", "statements", "remarks", "charge", "charges", "news");
  private static final Set<String> VOCATIVE_WORLD = Set.of("world", "everyone", "everybody");
  private static final Set<String> IMPERATIVE_LEADS = Set.of("please", "just", "now", "so", "\"", "“", "!", "-", "—");

  private final TextAnalyzer analyzer;
  private final MentionFinder finder;
  private final CoreferenceResolver coreference;
  private final CueDictionary cues;
  private final Set<String> speechVerbForms;
  private final ConflictSides sides;
  private final Actor internationalCommunity;

  public RelationExtractor(TextAnalyzer analyzer, MentionFinder finder, CoreferenceResolver coreference,
      CueDictionary cues, Set<String> speechVerbForms, ConflictSides sides, Actor internationalCommunity) {
    this.analyzer = Args.notNull(analyzer, "analyzer");
    this.finder = Args.notNull(finder, "finder");
    this.coreference = Args.notNull(coreference, "coreference");
    this.cues = Args.notNull(cues, "cues");
    this.speechVerbForms = Set.copyOf(speechVerbForms);
    this.sides = Args.notNull(sides, "sides");
    this.internationalCommunity = Args.notNull(internationalCommunity, "internationalCommunity");
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
   */
  public Result extract(String text, Actor author, List<SpokenSpan> embedded, boolean extractRelations) {
    return extract(text, author, embedded, extractRelations, author == null);
  }

  /**
   * @param narrated whether the text has a narrator whose reports are facts (an article); in a
   *     tweet of an unknown account nobody's report is a fact, so it yields no ATTACK
   */
  public Result extract(String text, Actor author, List<SpokenSpan> embedded, boolean extractRelations,
      boolean narrated) {
    // Only sentences holding a cue or a reporting verb have their grammar read closely.
    AnalyzedDocument doc = analyzer.analyze(text, this::worthTagging);
    List<SentenceView> views = findMentions(doc);
    Voices voices = assignVoices(text, views, author, embedded);
    addFirstPersonMentions(views, voices);
    List<Mention> allMentions = new ArrayList<>();
    List<Actor> speakers = new ArrayList<>();
    for (SentenceView v : views) {
      for (Mention m : v.mentions) {
        allMentions.add(m);
        speakers.add(voices.speaker(v.sentence.index(), m.tokenStart()));
      }
    }
    if (!extractRelations) {
      return new Result(doc, allMentions, speakers, List.of());
    }
    DocumentState state = new DocumentState();
    state.narrated = narrated;
    for (SentenceView v : views) {
      readSentence(v, voices, state);
    }
    return new Result(doc, allMentions, speakers, new ArrayList<>(state.relations.values()));
  }

  private boolean worthTagging(List<String> lowerTokens) {
    if (cues.mayMatch(lowerTokens)) {
      return true;
    }
    for (String t : lowerTokens) {
      if (speechVerbForms.contains(t)) {
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ mentions and voices

  private List<SentenceView> findMentions(AnalyzedDocument doc) {
    CoreferenceResolver.History history = new CoreferenceResolver.History();
    List<SentenceView> views = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<Mention> found = finder.find(s);
      List<Mention> resolved = coreference.resolve(s, found, history);
      List<Mention> all = new ArrayList<>(found);
      all.addAll(resolved);
      SentenceView v = new SentenceView(s, all);
      List<List<Mention>> groups = new ArrayList<>();
      for (Mention m : v.mentions) {
        groups.add(v.group(m));
      }
      history.add(v.mentions, groups);
      views.add(v);
    }
    return views;
  }

  private Voices assignVoices(String text, List<SentenceView> views, Actor author, List<SpokenSpan> embedded) {
    Voices voices = new Voices(text, views);
    // Reported speech first, then stronger voices override it.
    for (SentenceView v : views) {
      for (int i = 0; i < v.size(); i++) {
        if (!isSpeechVerb(v, i)) {
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
          int end = v.tokens.get(v.size() - 1).charEnd();
          voices.assign(views, new Voices.Span(v.tokens.get(i).charEnd(), end, speaker.actor(), Voices.Kind.REPORTED), true);
        }
      }
    }
    if (author != null) {
      voices.assign(views, new Voices.Span(0, text.length(), author, Voices.Kind.DIRECT), true);
    }
    for (SpokenSpan s : embedded) {
      voices.assign(views, new Voices.Span(s.start, s.end, s.speaker, Voices.Kind.DIRECT), true);
    }
    // "Minister Hulusi Akar: We will ..." — a speaker label before a colon.
    for (SentenceView v : views) {
      if (!v.mentions.isEmpty()) {
        Mention first = v.mentions.get(0);
        int colon = first.tokenEnd();
        if (colon < v.size() && v.lower.get(colon).equals(":") && onlyTitleWordsBefore(v, first.tokenStart())) {
          int end = v.tokens.get(v.size() - 1).charEnd();
          voices.assign(views, new Voices.Span(v.tokens.get(colon).charEnd(), end, first.actor(), Voices.Kind.DIRECT), true);
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

  private static boolean onlyTitleWordsBefore(SentenceView v, int start) {
    for (int i = 0; i < start; i++) {
      if (!v.pos.get(i).equals("PROPN") && !v.pos.get(i).equals("NOUN")) {
        return false;
      }
    }
    return true;
  }

  boolean isSpeechVerb(SentenceView v, int i) {
    return speechVerbForms.contains(v.lower.get(i)) && (v.isVerb(i) || v.lower.get(i).equals("says"));
  }

  private static final Set<String> INVERTING_VERBS = Set.of("said", "says", "added", "wrote", "tweeted", "told", "asked");

  /** "..., said Kardashian": a speaker right after a verb of saying that follows a comma or quote. */
  private static Mention subjectAfterQuote(SentenceView v, int verb) {
    if (!INVERTING_VERBS.contains(v.lower.get(verb)) || verb == 0
        || !(v.lower.get(verb - 1).equals(",") || v.lower.get(verb - 1).equals("”") || v.lower.get(verb - 1).equals("\""))) {
      return null;
    }
    Mention m = v.firstAfter(verb + 1, Math.min(v.size(), verb + 4));
    return m != null && m.kind().canSpeak() && m.tokenStart() <= verb + 2 ? m : null;
  }

  /** The speaker of a quotation: ", X said" after it, or "X said:" before it. */
  private Actor quoteSpeaker(List<SentenceView> views, int[] quote) {
    for (SentenceView v : views) {
      // After the closing quote, within the sentence that holds it.
      if (v.sentence.charStart() <= quote[1] && quote[1] < v.sentence.charEnd() + 2) {
        int after = firstTokenAtOrAfter(v, quote[1] + 1);
        for (int i = after; i >= 0 && i < Math.min(v.size(), after + 6); i++) {
          if (isSpeechVerb(v, i)) {
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
    for (SentenceView v : views) {
      // Before the opening quote: "X said:" or "X wrote that".
      if (v.sentence.charStart() <= quote[0] && quote[0] <= v.sentence.charEnd()) {
        int open = firstTokenAtOrAfter(v, quote[0]);
        for (int i = Math.min(open, v.size()) - 1; i >= Math.max(0, open - 4); i--) {
          if (isSpeechVerb(v, i)) {
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

  private static int firstTokenAtOrAfter(SentenceView v, int charPos) {
    for (int i = 0; i < v.size(); i++) {
      if (v.tokens.get(i).charStart() >= charPos) {
        return i;
      }
    }
    return -1;
  }

  private static void addFirstPersonMentions(List<SentenceView> views, Voices voices) {
    for (SentenceView v : views) {
      List<Mention> added = new ArrayList<>();
      for (int i = 0; i < v.size(); i++) {
        Actor speaker = voices.speaker(v.sentence.index(), i);
        if (speaker != null && Voices.FIRST_PERSON.contains(v.lower.get(i)) && voices.kind(v.sentence.index(), i) == Voices.Kind.DIRECT) {
          added.add(Voices.firstPerson(v, i, speaker));
        }
      }
      if (!added.isEmpty()) {
        v.mentions.addAll(added);
        v.mentions.sort(Comparator.comparingInt(Mention::tokenStart).thenComparingInt(Mention::tokenEnd));
      }
    }
  }

  // ------------------------------------------------------------------ relations

  /** What one document has produced so far. */
  private static final class DocumentState {
    final Map<String, Relation> relations = new LinkedHashMap<>();
    Actor lastAttacker;
    boolean narrated = true;
    int nextCueStart;
    final List<Mention> recentAddressees = new ArrayList<>();
  }

  private void readSentence(SentenceView v, Voices voices, DocumentState state) {
    List<CueMatch> found = new ArrayList<>();
    for (CueMatch cue : cues.find(v.lower)) {
      if (fitsGrammar(v, cue)) {
        found.add(cue);
      }
    }
    int contentAfter = Integer.MAX_VALUE;
    boolean rejectedHere = false;
    for (int c = 0; c < found.size(); c++) {
      CueMatch cue = found.get(c);
      state.nextCueStart = c + 1 < found.size() ? found.get(c + 1).start() : v.size();
      RelationType type = cue.cue().relation();
      boolean speechBetween = speechVerbBetween(v, contentAfter, cue.start());
      if ((type == RelationType.ATTACK || type == RelationType.SUPPORT || cue.cue().target() == Cue.Target.AGENT)
          && cue.start() > contentAfter && !speechBetween) {
        // "accused Yerevan of shelling Tartar", "urged both sides to stop targeting civilians":
        // the attack is the content of the accusation or appeal, not an act of its own.
        continue;
      }
      if (c > 0 && cue.start() > 0 && v.lower.get(cue.start() - 1).equals("to") && !speechBetween
          && cue.cue().kind() == Cue.Kind.VERB && found.get(c - 1).cue().relation() != RelationType.ATTACK) {
        // "called on the administration to press Turkey": the second act is what is asked for.
        continue;
      }
      if (cue.cue().target() == Cue.Target.CLAIM_OWNER && rejectedHere
          && voices.kind(v.sentence.index(), cue.start()) == Voices.Kind.NARRATOR) {
        continue;
      }
      int before = state.relations.size();
      switch (cue.cue().kind()) {
        case MODAL:
          readModal(v, cue, voices, state);
          break;
        case IMPERATIVE:
          readImperative(v, cue, voices, state);
          break;
        default:
          if (type == RelationType.ATTACK) {
            readAttack(v, cue, voices, state);
          } else if (cue.cue().target() == Cue.Target.AGENT) {
            readAgentNoun(v, cue, voices, state);
          } else if (cue.cue().target() == Cue.Target.CLAIM_OWNER) {
            readClaimRejection(v, cue, voices, state);
          } else {
            readAct(v, cue, voices, state);
          }
      }
      if (type != RelationType.ATTACK && type != RelationType.SUPPORT && type != RelationType.MEDIATE
          && (state.relations.size() > before || cue.cue().kind() == Cue.Kind.VERB)) {
        contentAfter = Math.min(contentAfter, cue.end());
      }
      rejectedHere |= type == RelationType.REJECT && state.relations.size() > before;
    }
    for (Mention m : v.mentions) {
      if (m.kind().canSpeak() && m.actor().role() != Role.CVL) {
        state.recentAddressees.add(m);
      }
    }
  }

  /** A fixed phrase ending in "by" names its agent next: "talks hosted by Lavrov". */
  private static boolean agentPhrase(CueMatch cue) {
    return cue.cue().kind() == Cue.Kind.PHRASE && cue.cue().phrase().endsWith(" by");
  }

  /** A verb cue must be used as a verb, a noun cue as a noun. */
  private static boolean fitsGrammar(SentenceView v, CueMatch cue) {
    switch (cue.cue().kind()) {
      case VERB:
        if (cue.end() - cue.start() > 1 && !cue.cue().phrase().contains(CueDictionary.GAP)) {
          return cue.start() == 0 || !Set.of("the", "a", "an", "his", "her", "its", "their").contains(v.lower.get(cue.start() - 1));
        }
        return v.looksVerbal(cue.start());
      case NOUN:
        return !v.looksVerbal(cue.start()) || cue.end() - cue.start() > 1;
      default:
        return true;
    }
  }

  private boolean speechVerbBetween(SentenceView v, int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(to, v.size()); i++) {
      if (isSpeechVerb(v, i)) {
        return true;
      }
    }
    return false;
  }

  /** The clause floor for a cue: after the reporting verb when the cue is in its complement. */
  private int floorFor(SentenceView v, int cueStart) {
    int floor = 0;
    for (int i = cueStart - 1; i >= 0; i--) {
      if (isSpeechVerb(v, i)) {
        floor = i + 1;
        // "told @SecPompeo that ...": the clause starts after "that", past the verb's own object.
        for (int j = i + 1; j < Math.min(cueStart, i + 5); j++) {
          if (v.lower.get(j).equals("that")) {
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
  private List<Actor> sourcesOf(SentenceView v, CueMatch cue, Voices voices, boolean passive) {
    int floor = floorFor(v, cue.start());
    if (!passive && cue.start() > 0 && (v.lower.get(cue.start() - 1).equals("and") || v.lower.get(cue.start() - 1).equals("but"))
        && floor > 0) {
      // "Hajiyev told reporters that Armenia was committing war crimes and urged ...": a verb
      // joined by "and" after a reported clause shares the main clause's subject.
      Mention main = v.subjectBefore(floor, 0, false);
      if (main != null) {
        List<Actor> sources = new ArrayList<>();
        v.group(main).forEach(m -> sources.add(m.actor()));
        return sources;
      }
    }
    Mention subject;
    if (agentPhrase(cue)) {
      subject = v.firstAfter(cue.end(), Math.min(v.size(), cue.end() + 4)); // "talks hosted by Lavrov"
    } else {
      subject = passive ? v.agentAfter(cue.end(), v.clauseEnd(cue.end())) : v.subjectBefore(cue.start(), floor, false);
    }
    List<Actor> sources = new ArrayList<>();
    if (subject != null) {
      for (Mention m : v.group(subject)) {
        if (m.kind().canSpeak()) {
          sources.add(m.actor());
        }
      }
      return sources;
    }
    Actor speaker = voices.speaker(v.sentence.index(), cue.start());
    boolean relativeSubject = cue.start() > 0 && RELATIVE_SUBJECTS.contains(v.lower.get(cue.start() - 1));
    if (speaker != null && !passive && !relativeSubject) {
      // An imperative or a subject-less clause in someone's words is theirs; "those who accuse"
      // is not, whoever writes it.
      sources.add(speaker);
    }
    return sources;
  }

  private void readAct(SentenceView v, CueMatch cue, Voices voices, DocumentState state) {
    int floor = floorFor(v, cue.start());
    if (v.isNegated(cue.start(), floor)) {
      return;
    }
    RelationType type = cue.cue().relation();
    boolean passive = v.isPassive(cue.start()) || agentPhrase(cue);
    List<Actor> sources = sourcesOf(v, cue, voices, passive);
    if (sources.isEmpty()) {
      return;
    }
    int end = Math.min(v.clauseEnd(cue.end()), Math.max(state.nextCueStart, cue.end() + 1));
    List<Actor> targets = new ArrayList<>();
    Mention targetMention = null;
    if (v.followedByEachOther(cue.end()) && sources.size() >= 2) {
      for (Actor a : sources) {
        for (Actor b : sources) {
          if (!a.equals(b)) {
            emit(state, v, cue, voices, a, b, null, 0.8, "each-other");
          }
        }
      }
      return;
    }
    if (cue.cue().target() == Cue.Target.BETWEEN) {
      targetMention = betweenTarget(v, cue.end(), v.clauseEnd(cue.end()));
    } else if (cue.cue().phrase().contains(CueDictionary.GAP) && v.firstAfter(cue.start() + 1, cue.end()) != null) {
      // "called Ankara's move a betrayal": the object sits inside the cue.
      targetMention = v.firstAfter(cue.start() + 1, cue.end());
    } else if (passive) {
      targetMention = v.subjectBefore(cue.start(), floor, true);
    } else {
      targetMention = objectAfter(v, cue.end(), Math.min(end, cue.end() + 12));
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
        for (Mention m : v.mentions) {
          if (m.tokenStart() >= cue.end() && m.tokenStart() < v.clauseEnd(cue.end()) && !v.isParenthetical(m)
              && sources.stream().noneMatch(src -> sides.sameSide(src.country(), m.actor().country()))
              && m.kind() != MentionKind.PRONOUN) {
            targets.add(m.actor());
            break;
          }
        }
      }
    }
    if (type == RelationType.MEDIATE && targets.isEmpty()) {
      targets.addAll(sidesNamedIn(v));
    }
    if (targets.isEmpty() && cue.cue().phrase().contains(CueDictionary.GAP) && type.hostile() && state.lastAttacker != null) {
      targets.add(state.lastAttacker);
    }
    if (type == RelationType.REJECT) {
      targets.removeIf(t -> sources.stream().anyMatch(s -> sides.sameSide(s.country(), t.country())));
      if (targets.isEmpty()) {
        Actor owner = claimOwner(state, sources.get(0));
        if (owner != null) {
          targets.add(owner);
        }
      }
    }
    String about = targetMention == null ? null : aboutCountry(v, targetMention, v.clauseEnd(cue.end()), sources, targets);
    String rule = (passive ? "passive-" : "") + cue.cue().kind().name().toLowerCase() + "-" + cue.cue().target().name().toLowerCase();
    double confidence = targetMention == null ? 0.6 : 0.85;
    for (Actor source : sources) {
      if (targets.isEmpty()) {
        if (type == RelationType.WARN || type == RelationType.MEDIATE) {
          emit(state, v, cue, voices, source, null, null, 0.6, rule + "-untargeted");
        }
        continue;
      }
      for (Actor target : targets) {
        emit(state, v, cue, voices, source, target, about, confidence, rule);
      }
    }
  }

  /**
   * The object after a cue: the first mention, but a possessive pronoun gives way to the actor
   * of its noun phrase ("stand with their Azerbaijani brothers").
   */
  private static Mention objectAfter(SentenceView v, int from, int until) {
    Mention m = v.firstAfter(from, until);
    while (m != null && afterSettingPreposition(v, m)) {
      m = v.firstAfter(m.tokenEnd(), until);
    }
    if (m != null && m.kind() == MentionKind.PRONOUN && m.tokenEnd() < v.size() && v.looksVerbal(m.tokenEnd())
        && !POSSESSIVE_PRONOUNS.contains(v.lower.get(m.tokenStart()))) {
      // "condemned what it called Armenia's attack": the pronoun is the subject of a clause inside the object.
      m = v.firstAfter(m.tokenEnd(), until);
    }
    if (m != null && m.kind() == MentionKind.PRONOUN && POSSESSIVE_PRONOUNS.contains(v.lower.get(m.tokenStart()))) {
      // "stand with their Azerbaijani brothers": the actor of the noun phrase, not the possessor;
      // "supported its right to ...": no actor at all.
      return v.firstAfter(m.tokenEnd(), Math.min(until, m.tokenEnd() + 3));
    }
    if (m != null && m.kind() == MentionKind.HASHTAG && m.tokenStart() > from + 1) {
      return null; // a tweet's closing hashtags are not the object of its verbs
    }
    return m;
  }

  private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("their", "its", "his", "her", "our", "my");

  private static final Set<String> RELATIVE_SUBJECTS = Set.of("who", "which", "that", "whom", "those", "anyone", "some");

  /** Prepositions of place and accompaniment: what follows them is a setting, not the one acted upon. */
  private static final Set<String> SETTING_PREPOSITIONS = Set.of("in", "around", "near", "at", "along", "across",
      "inside", "within", "into", "throughout", "during", "over", "under", "behind", "despite", "amid", "via",
      "alongside", "beside", "like", "after", "before", "since", "through");

  private static boolean afterSettingPreposition(SentenceView v, Mention m) {
    int j = m.tokenStart() - 1;
    while (j >= 0 && (v.lower.get(j).equals("the") || v.pos.get(j).equals("ADJ") || v.pos.get(j).equals("DET"))) {
      j--;
    }
    return j >= 0 && SETTING_PREPOSITIONS.contains(v.lower.get(j));
  }

  /** Both main parties, when the sentence names both ("the foreign ministers of the two countries"). */
  private List<Actor> sidesNamedIn(SentenceView v) {
    List<Actor> found = new ArrayList<>();
    for (String c : sides.countries()) {
      for (Mention m : v.mentions) {
        if (m.actor().country().equals(c) && m.kind() != MentionKind.MODIFIER && !v.isParenthetical(m)) {
          found.add(m.actor());
          break;
        }
      }
    }
    return found.size() == sides.countries().size() ? found : List.of();
  }

  /** "talks between Armenian and Azerbaijani officials": the parties after "between", else none. */
  private static Mention betweenTarget(SentenceView v, int from, int end) {
    for (int i = from; i < end; i++) {
      if (v.lower.get(i).equals("between")) {
        return v.firstAfter(i + 1, Math.min(end, i + 6));
      }
    }
    return null;
  }

  private String aboutCountry(SentenceView v, Mention target, int end, List<Actor> sources, List<Actor> targets) {
    for (Mention m : v.mentions) {
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
  private Actor claimOwner(DocumentState state, Actor source) {
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

  /** An attack: the narrator's fact, or the speaker's accusation of the attacker. */
  private void readAttack(SentenceView v, CueMatch cue, Voices voices, DocumentState state) {
    int floor = floorFor(v, cue.start());
    boolean passive = v.isPassive(cue.start());
    int end = v.clauseEnd(cue.end());
    Mention attacker = passive ? v.agentAfter(cue.end(), end) : v.subjectBefore(cue.start(), floor, true);
    Mention victim = passive ? v.subjectBefore(cue.start(), floor, true) : v.firstAfter(cue.end(), Math.min(end, cue.end() + 10));
    if (attacker == null) {
      return;
    }
    Actor speaker = voices.speaker(v.sentence.index(), cue.start());
    boolean negated = v.isNegated(cue.start(), floor);
    List<Mention> attackers = v.group(attacker);
    for (Mention a : attackers) {
      state.lastAttacker = a.actor();
    }
    if (speaker == null) {
      if (!state.narrated || negated || victim == null || !(attacker.actor().role() == Role.MIL || attacker.actor().role() == Role.GOV)
          || attacker.kind() == MentionKind.PRONOUN) {
        return;
      }
      for (Mention a : attackers) {
        for (Mention t : v.group(victim)) {
          if (!sides.sameSide(a.actor().country(), t.actor().country())) {
            emit(state, v, cue, voices, a.actor(), t.actor(), null, 0.75, "narrated-attack");
          }
        }
      }
      return;
    }
    for (Mention a : attackers) {
      boolean ownSide = sides.sameSide(a.actor().country(), speaker.country()) || a.actor().equals(speaker);
      if (negated && ownSide) {
        Actor owner = claimOwner(state, speaker);
        if (owner != null) {
          emit(state, v, cue, voices, speaker, owner, null, 0.6, "denied-attack");
        }
      } else if (!negated && !ownSide) {
        String about = victim == null ? null : aboutCountry(v, victim, end, List.of(speaker), List.of(a.actor()));
        emit(state, v, cue, voices, speaker, a.actor(), about, 0.8, "claimed-attack");
      }
    }
  }

  /** "victim of attacks by X", "Azerbaijani aggression", "this is a war crime": the speaker accuses the agent. */
  private void readAgentNoun(SentenceView v, CueMatch cue, Voices voices, DocumentState state) {
    Actor speaker = voices.speaker(v.sentence.index(), cue.start());
    int floor = floorFor(v, cue.start());
    if (speaker == null) {
      return;
    }
    int end = v.clauseEnd(cue.end());
    Mention agent = v.agentAfter(cue.end(), end);
    if (agent == null && cue.start() > 0) {
      Mention before = v.subjectBefore(cue.start(), Math.max(floor, cue.start() - 4), true);
      if (before != null && before.tokenEnd() >= cue.start() - 2) {
        agent = before;
      }
    }
    if (agent == null) {
      // "Azerbaijan's use of cluster munitions ... is a violation": the subject's possessor.
      Mention subject = v.subjectBefore(cue.start(), floor, true);
      if (subject != null && v.followedByPossessive(subject)) {
        agent = subject;
      }
    }
    List<Actor> agents = new ArrayList<>();
    if (agent != null) {
      v.group(agent).forEach(m -> agents.add(m.actor()));
    } else if (state.lastAttacker != null && v.mentions.isEmpty()) {
      // "This is a war crime." after the attack it names.
      agents.add(state.lastAttacker);
    }
    for (Actor a : agents) {
      if (!sides.sameSide(a.country(), speaker.country()) && !a.equals(speaker)) {
        emit(state, v, cue, voices, speaker, a, null, 0.7, "agent-noun");
      }
    }
  }

  /** "Baku's claim ... is a lie", "Do not trust Azerbaijani propaganda": the speaker rejects the claim's owner. */
  private void readClaimRejection(SentenceView v, CueMatch cue, Voices voices, DocumentState state) {
    int floor = floorFor(v, cue.start());
    Actor speaker = voices.speaker(v.sentence.index(), cue.start());
    List<Actor> sources = new ArrayList<>();
    if (speaker != null) {
      sources.add(speaker);
    } else {
      Mention subject = v.subjectBefore(cue.start(), floor, false);
      if (subject == null) {
        return;
      }
      sources.add(subject.actor());
    }
    Actor owner = null;
    for (int i = 0; i < v.size() && owner == null; i++) {
      if (CLAIM_NOUNS.contains(v.lower.get(i)) || i == cue.start()) {
        Mention m = v.subjectBefore(i, Math.max(0, i - 3), true);
        if (m != null && m.tokenEnd() >= i - 1) {
          owner = m.actor();
        }
        if (owner == null) {
          Mention by = v.agentAfter(i + 1, Math.min(v.size(), i + 6));
          if (by != null) {
            owner = by.actor();
          }
        }
      }
    }
    for (Actor source : sources) {
      Actor target = owner != null && !sides.sameSide(owner.country(), source.country()) ? owner : claimOwner(state, source);
      if (target != null) {
        emit(state, v, cue, voices, source, target, null, 0.65, "claim-rejected");
      }
    }
  }

  /** "Armenia must withdraw": the speaker demands of the modal's subject. */
  private void readModal(SentenceView v, CueMatch cue, Voices voices, DocumentState state) {
    Actor speaker = voices.speaker(v.sentence.index(), cue.start());
    if (speaker == null) {
      return;
    }
    int floor = Math.max(floorFor(v, cue.start()), cue.start() - 6);
    Mention subject = v.subjectBefore(cue.start(), floor, true);
    if (subject != null && verbBetween(v, subject.tokenEnd(), cue.start())) {
      subject = null; // "... are waging war, and that the right to self-determination must": not their modal
    }
    if (subject == null) {
      // "Azerbaijan's assault on Artsakh must end": the possessor of the subject.
      for (Mention m : v.mentions) {
        if (m.tokenStart() >= floor && m.tokenEnd() <= cue.start() && v.followedByPossessive(m)) {
          subject = m;
          break;
        }
      }
    }
    if (subject == null || subject.kind() == MentionKind.PRONOUN && Voices.FIRST_PERSON.contains(v.lower.get(subject.tokenStart()))) {
      return;
    }
    for (Mention m : v.group(subject)) {
      if (!m.actor().equals(speaker)) {
        emit(state, v, cue, voices, speaker, m.actor(), aboutCountry(v, m, v.clauseEnd(cue.end()), List.of(speaker), List.of(m.actor())), 0.65, "modal-demand");
      }
    }
  }

  private static boolean verbBetween(SentenceView v, int from, int to) {
    for (int i = from; i < to; i++) {
      if (v.isVerb(i) || v.lower.get(i).equals("that")) {
        return true;
      }
    }
    return false;
  }

  /** "Stop the shelling.", "Wake up, world.": the speaker addresses whom the imperative names or the latest adversary. */
  private void readImperative(SentenceView v, CueMatch cue, Voices voices, DocumentState state) {
    Actor speaker = voices.speaker(v.sentence.index(), cue.start());
    if (speaker == null || voices.kind(v.sentence.index(), cue.start()) != Voices.Kind.DIRECT) {
      return;
    }
    for (int i = 0; i < cue.start(); i++) {
      if (!IMPERATIVE_LEADS.contains(v.lower.get(i)) && !v.lower.get(i).equals(",")) {
        return;
      }
    }
    if (v.isNegated(cue.start(), 0)) {
      return;
    }
    Actor addressee = null;
    for (int i = cue.end(); i < v.size(); i++) {
      if (VOCATIVE_WORLD.contains(v.lower.get(i)) && i > 0 && v.lower.get(i - 1).equals(",")) {
        addressee = internationalCommunity;
      }
    }
    if (addressee == null) {
      Mention vocative = v.firstAfter(cue.end(), v.size());
      if (vocative != null && vocative.tokenStart() > 0 && v.lower.get(vocative.tokenStart() - 1).equals(",")) {
        addressee = vocative.actor();
      }
    }
    if (addressee == null) {
      for (int k = state.recentAddressees.size() - 1; k >= 0 && k >= state.recentAddressees.size() - 4; k--) {
        Mention m = state.recentAddressees.get(k);
        if (m.sentenceIndex() >= v.sentence.index() - 1 && !sides.sameSide(m.actor().country(), speaker.country())
            && m.kind() != MentionKind.MODIFIER) {
          addressee = m.actor();
          break;
        }
      }
    }
    if (addressee != null && !addressee.equals(speaker)) {
      emit(state, v, cue, voices, speaker, addressee, null, 0.55, "imperative");
    }
  }

  private void emit(DocumentState state, SentenceView v, CueMatch cue, Voices voices, Actor source, Actor target,
      String about, double confidence, String rule) {
    if (target != null && source.equals(target)) {
      return;
    }
    RelationType type = cue.cue().relation();
    if (rule.equals("claimed-attack") || rule.equals("agent-noun")) {
      type = RelationType.ACCUSE;
    } else if (rule.equals("denied-attack") || rule.equals("claim-rejected")) {
      type = RelationType.REJECT;
    }
    String cameo = type == cue.cue().relation() ? cue.cue().cameo() : (type == RelationType.ACCUSE ? "112" : "120");
    Sentence s = v.sentence;
    Relation r = new Relation(s.index(), s.charStart(), s.charEnd(), s.text(), source, type, cameo, target, about,
        voices.quote(s.index(), cue.start()), confidence, rule + ":" + cue.cue().phrase());
    state.relations.putIfAbsent(r.dedupKey(), r);
  }
}
