package io.framing.actors;

import io.framing.Args;
import io.framing.text.CharSpan;
import io.framing.text.Sentence;
import io.framing.text.Token;
import io.framing.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds actor mentions in a tagged sentence by longest match over the dictionary: names,
 * titles, handles and hashtags; capitals; country modifiers with role nouns ("the Azerbaijani
 * military", "Armenia's armed forces", "the Defence Ministry of Armenia", "Armenian and
 * Azerbaijani forces"); plural demonyms ("Armenians"); and bare country adjectives before a
 * noun ("Azerbaijani shelling") as weak mentions. Pronouns and short references are left to
 * {@link CoreferenceResolver}.
 *
 * <p>Patterns are tokenised with the same tokenizer as the text, so "Armenia's" matches as the
 * text is cut. Immutable after construction and thread-safe.
 */
public final class MentionFinder {
  private static final Set<String> COORDINATORS = Set.of("and", "or", ",", "&");
  private static final Set<String> POSSESSIVES = Set.of("'s", "'", "s");

  private final TokenTrie<SurfaceForm> names = new TokenTrie<>();
  private final TokenTrie<SurfaceForm> insensitive = new TokenTrie<>();
  private final TokenTrie<CountryEntry> modifiers = new TokenTrie<>();
  private final TokenTrie<CountryEntry> countryNames = new TokenTrie<>();
  private final TokenTrie<CountryEntry> capitals = new TokenTrie<>();
  private final TokenTrie<RoleNoun> roleNouns = new TokenTrie<>();
  private final TokenTrie<CountryEntry> pluralDemonyms = new TokenTrie<>();
  private final TokenTrie<CountryEntry> singularDemonyms = new TokenTrie<>();

  public MentionFinder(ActorDictionary dictionary, Tokenizer tokenizer) {
    Args.notNull(dictionary, "dictionary");
    Args.notNull(tokenizer, "tokenizer");
    for (SurfaceForm f : dictionary.surfaceForms()) {
      List<String> keys = keys(tokenizer, f.pattern(), f.caseSensitive());
      (f.caseSensitive() ? names : insensitive).put(keys, f);
    }
    for (Map.Entry<String, CountryEntry> e : dictionary.adjectives().entrySet()) {
      modifiers.put(keys(tokenizer, e.getKey(), true), e.getValue());
    }
    for (CountryEntry c : dictionary.countries()) {
      for (SurfaceForm f : dictionary.surfaceForms(SurfaceKind.COUNTRY_NAME)) {
        if (f.actor().country().equals(c.code())) {
          countryNames.put(keys(tokenizer, f.pattern(), true), c);
        }
      }
    }
    for (Map.Entry<String, CountryEntry> e : dictionary.capitals().entrySet()) {
      capitals.put(keys(tokenizer, e.getKey(), true), e.getValue());
    }
    for (Map.Entry<String, RoleNoun> e : dictionary.roleNouns().entrySet()) {
      roleNouns.put(keys(tokenizer, e.getKey(), false), e.getValue());
    }
    for (Map.Entry<String, CountryEntry> e : dictionary.demonyms().entrySet()) {
      boolean alsoAdjective = dictionary.adjectives().containsKey(e.getKey());
      (alsoAdjective ? singularDemonyms : pluralDemonyms).put(keys(tokenizer, e.getKey(), true), e.getValue());
    }
  }

  private static List<String> keys(Tokenizer tokenizer, String pattern, boolean caseSensitive) {
    String normalized = ActorDictionary.normalize(pattern);
    List<String> keys = new ArrayList<>();
    for (CharSpan span : tokenizer.tokenize(normalized)) {
      String k = span.coveredText(normalized);
      keys.add(caseSensitive ? k : k.toLowerCase(Locale.ROOT));
    }
    return keys;
  }

  /** The mentions of {@code sentence}, in text order, not overlapping. */
  public List<Mention> find(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    List<String> exact = new ArrayList<>(tokens.size());
    List<String> lower = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      String n = ActorDictionary.normalize(t.text());
      exact.add(n);
      lower.add(n.toLowerCase(Locale.ROOT));
    }
    List<Mention> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int consumed = matchAt(sentence, exact, lower, i, found);
      i += Math.max(1, consumed);
    }
    return mergeAdjacent(sentence, found);
  }

  /** Adds the mentions that start at token {@code i}; returns how many tokens they cover. */
  private int matchAt(Sentence s, List<String> exact, List<String> lower, int i, List<Mention> out) {
    TokenTrie.Match<SurfaceForm> byName = names.longest(exact, i);
    TokenTrie.Match<SurfaceForm> byTitle = insensitive.longest(lower, i);
    TokenTrie.Match<SurfaceForm> surface = longer(byName, byTitle);

    List<Mention> composed = new ArrayList<>();
    int composedLength = composeAt(s, exact, lower, i, composed);
    if (composedLength > 0 && (surface == null || composedLength > surface.length)) {
      out.addAll(composed);
      return composedLength;
    }
    if (surface != null && surface.length == 1 && surface.value.kind() == SurfaceKind.PERSON
        && unknownFirstNameBefore(s, lower, i)) {
      return 1; // "Ramil Aliyev, a resident of Ganja": another person of the same surname
    }
    if (surface != null) {
      MentionKind kind = kindOf(surface.value.kind());
      int end = i + surface.length;
      if (surface.value.kind() == SurfaceKind.COUNTRY_NAME && end < exact.size() && continuesCompound(s, end)) {
        // "US media personality", "US military aid": the name modifies a noun.
        kind = MentionKind.MODIFIER;
      }
      out.add(mention(s, i, end, surface.value.actor(), kind));
      return surface.length;
    }
    TokenTrie.Match<CountryEntry> plural = pluralDemonyms.longest(exact, i);
    if (plural != null) {
      out.add(mention(s, i, i + plural.length, plural.value.people(), MentionKind.DEMONYM));
      return plural.length;
    }
    TokenTrie.Match<CountryEntry> adjective = modifiers.longest(exact, i);
    if (adjective != null) {
      int next = i + adjective.length;
      boolean beforeNoun = next < exact.size() && (isNoun(s.tokens().get(next))
          || "NUM".equals(s.tokens().get(next).pos()) || "ADJ".equals(s.tokens().get(next).pos())
          // "an Azeri ally" (the tagger: "ally"/ADV): after an article, a lower-case word that is no verb
          || i > 0 && ARTICLES.contains(lower.get(i - 1)) && modifiesNext(s.tokens().get(next))
          // "an Armenian-American rock star": the first part of a hyphenated adjective
          || next + 1 < exact.size() && exact.get(next).equals("-") && Character.isLetter(exact.get(next + 1).charAt(0)));
      if (beforeNoun) {
        out.add(mention(s, i, next, adjective.value.government(), MentionKind.MODIFIER));
        return adjective.length;
      }
      if (next + 1 < exact.size() && COORDINATORS.contains(lower.get(next)) && modifiers.longest(exact, next + 1) != null) {
        // "his Armenian and Azerbaijani counterparts": an adjective coordinated with another.
        out.add(mention(s, i, next, adjective.value.government(), MentionKind.MODIFIER));
        return adjective.length;
      }
      TokenTrie.Match<CountryEntry> singular = singularDemonyms.longest(exact, i);
      boolean afterArticle = i > 0 && (lower.get(i - 1).equals("a") || lower.get(i - 1).equals("an")
          || lower.get(i - 1).equals("every") || lower.get(i - 1).equals("one"))
          // "the Azerbaijani are already killing them": the people, as the subject of a verb
          || i > 0 && lower.get(i - 1).equals("the") && next < exact.size()
              && ("AUX".equals(s.tokens().get(next).pos()) || "VERB".equals(s.tokens().get(next).pos()));
      if (singular != null && afterArticle) {
        out.add(mention(s, i, i + singular.length, singular.value.people(), MentionKind.DEMONYM));
        return singular.length;
      }
    }
    return 0;
  }

  /**
   * "MOD [and MOD] ROLE-NOUN" or "ROLE-NOUN of [the] COUNTRY": adds one mention per modifier;
   * returns the tokens covered, 0 when nothing composes here.
   */
  private int composeAt(Sentence s, List<String> exact, List<String> lower, int i, List<Mention> out) {
    List<int[]> spans = new ArrayList<>();
    List<CountryEntry> countries = new ArrayList<>();
    int j = i;
    while (true) {
      TokenTrie.Match<CountryEntry> m = modifiers.longest(exact, j);
      int length;
      CountryEntry country;
      if (m != null) {
        length = m.length;
        country = m.value;
      } else {
        TokenTrie.Match<CountryEntry> name = countryNames.longest(exact, j);
        if (name == null) {
          break;
        }
        length = name.length;
        country = name.value;
      }
      if (j + length < exact.size() && POSSESSIVES.contains(exact.get(j + length))) {
        length++; // "Azerbaijan's", "the United States'"
      }
      spans.add(new int[] {j, j + length});
      countries.add(country);
      j += length;
      if (j + 1 < exact.size() && COORDINATORS.contains(lower.get(j))) {
        int save = j;
        j++;
        if (modifiers.longest(exact, j) == null && countryNames.longest(exact, j) == null) {
          j = save;
          break;
        }
        continue;
      }
      break;
    }
    if (!countries.isEmpty()) {
      while (j < lower.size() && TITLE_MODIFIERS.contains(lower.get(j))) {
        j++; // "Armenian Deputy Foreign Minister", "a senior Turkish official"
      }
      TokenTrie.Match<RoleNoun> noun = roleNouns.longest(lower, j);
      while (noun != null && j + noun.length < lower.size()) {
        // "Azerbaijani government spokesman", "Armenian foreign ministry spokeswoman": a role noun
        // that modifies another; the last one is the head and gives the role.
        TokenTrie.Match<RoleNoun> head = roleNouns.longest(lower, j + noun.length);
        if (head == null) {
          break;
        }
        j += noun.length;
        noun = head;
      }
      if (noun != null && j + noun.length < exact.size() && !lower.get(j + noun.length - 1).endsWith("s")
          && continuesCompound(s, j + noun.length)) {
        // "US media personality", "US military aid": the role noun modifies another noun.
        noun = null;
      }
      if (noun != null) {
        int end = j + noun.length;
        for (int k = 0; k < countries.size(); k++) {
          int start = spans.get(k)[0];
          int mentionEnd = k == countries.size() - 1 ? end : spans.get(k)[1];
          out.add(mention(s, start, mentionEnd, ActorDictionary.compose(countries.get(k), noun.value), MentionKind.COMPOSED));
        }
        return end - i;
      }
      return 0;
    }
    // "the Defence Ministry of Armenia"
    TokenTrie.Match<RoleNoun> noun = roleNouns.longest(lower, i);
    if (noun != null) {
      int k = i + noun.length;
      if (k < lower.size() && lower.get(k).equals("of")) {
        k++;
        if (k < lower.size() && lower.get(k).equals("the")) {
          k++;
        }
        TokenTrie.Match<CountryEntry> name = countryNames.longest(exact, k);
        if (name != null) {
          int end = k + name.length;
          out.add(mention(s, i, end, ActorDictionary.compose(name.value, noun.value), MentionKind.COMPOSED));
          // "the foreign ministers of Armenia and Azerbaijan", "the presidents of Russia, France and
          // the United States": one mention per country listed.
          while (end + 1 < exact.size() && COORDINATORS.contains(lower.get(end))) {
            int next = end + 1;
            if (next < lower.size() && (lower.get(next).equals("and") || lower.get(next).equals("the"))) {
              next++;
            }
            if (next < lower.size() && lower.get(next).equals("the")) {
              next++;
            }
            TokenTrie.Match<CountryEntry> more = countryNames.longest(exact, next);
            if (more == null) {
              break;
            }
            end = next + more.length;
            out.add(mention(s, next, end, ActorDictionary.compose(more.value, noun.value), MentionKind.COMPOSED));
          }
          return end - i;
        }
      }
      if (k < lower.size() && lower.get(k).equals("in") && noun.value.role() == Role.GOV && lower.get(k - 1).endsWith("s")) {
        // "officials in Yerevan", "the authorities in Baku": office holders in a capital are its
        // government's; an institution there ("the parliament in Yerevan") is only a place.
        TokenTrie.Match<CountryEntry> capital = capitals.longest(exact, k + 1);
        if (capital != null) {
          int end = k + 1 + capital.length;
          out.add(mention(s, i, end, ActorDictionary.compose(capital.value, noun.value), MentionKind.COMPOSED));
          return end - i;
        }
      }
    }
    return 0;
  }

  /** Words of rank between a nationality and an office: "Deputy Foreign Minister", "senior official". */
  private static final Set<String> TITLE_MODIFIERS = Set.of("deputy", "senior", "chief", "top", "acting", "first",
      "assistant", "vice", "junior", "high-ranking", "leading");

  /** Words before a surname that are a title or honorific, not a first name: "President Aliyev", "Mr Pashinyan". */
  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "dr", "prof", "professor", "sir", "lord",
      "madam", "madame", "president", "premier", "minister", "chancellor", "ambassador", "senator", "sen",
      "rep", "representative", "congressman", "congresswoman", "general", "gen", "colonel", "col", "spokesman",
      "spokeswoman", "spokesperson", "leader", "secretary", "envoy", "ayatollah", "pope", "king", "queen", "prince",
      "sheikh", "emir", "comrade", "mp", "deputy", "chairman", "chairwoman", "speaker", "ombudsman", "aide", "adviser",
      "advisor", "commander", "marshal", "admiral", "mayor", "governor", "patriarch", "catholicos", "archbishop", "bishop",
      "father", "president-elect");

  /**
   * Whether a capitalised word that is no mention and no title stands right before {@code i}, so
   * that a known surname there belongs to someone else ("Ramil Aliyev" is not Ilham Aliyev).
   */
  private boolean unknownFirstNameBefore(Sentence s, List<String> lower, int i) {
    if (i == 0) {
      return false;
    }
    Token prev = s.tokens().get(i - 1);
    String t = prev.text();
    if (t.length() < 2 || !Character.isUpperCase(t.charAt(0)) || !t.chars().allMatch(Character::isLetter)
        || HONORIFICS.contains(lower.get(i - 1)) || roleNouns.longest(lower, i - 1) != null
        || modifiers.longest(List.of(t), 0) != null || names.longest(List.of(t), 0) != null) {
      return false;
    }
    // A sentence-initial word is a first name only when the tagger says it is a name.
    return i - 1 > 0 || "PROPN".equals(prev.pos());
  }

  /** Whether the token at {@code i} continues a noun compound (a common noun, not a name). */
  private static boolean continuesCompound(Sentence s, int i) {
    Token t = s.tokens().get(i);
    if (!"NOUN".equals(t.pos()) || !Character.isLowerCase(t.text().charAt(0))
        || TIME_NOUNS.contains(t.text().toLowerCase(Locale.ROOT))) {
      return false; // ("Pakistan yesterday condemned": a time, not a compound)
    }
    // "Turkey backs Azerbaijan", "Russia urges the sides": the tagger calls a headline's present
    // tense a noun; one that a name or a determiner follows is the name's verb, not a compound.
    if (t.text().endsWith("s") && i + 1 < s.tokens().size()) {
      String next = s.tokens().get(i + 1).pos();
      return !"DET".equals(next) && !"PROPN".equals(next);
    }
    return true;
  }

  /** A lower-case word that is no verb, preposition or conjunction: the noun an adjective before it modifies. */
  private static boolean modifiesNext(Token next) {
    String pos = next.pos();
    return Character.isLowerCase(next.text().charAt(0)) && pos != null && !pos.equals("VERB") && !pos.equals("AUX")
        && !pos.equals("ADP") && !pos.equals("CCONJ") && !pos.equals("SCONJ") && !pos.equals("PART") && !pos.equals("PUNCT");
  }

  private static final Set<String> ARTICLES = Set.of("a", "an", "the");

  /** Nouns of time that follow a subject's name: "Pakistan yesterday condemned". */
  private static final Set<String> TIME_NOUNS = Set.of("yesterday", "today", "tonight", "tomorrow", "now", "overnight");

  private static boolean isNoun(Token t) {
    String pos = t.pos();
    return pos != null && (pos.equals("NOUN") || pos.equals("PROPN"));
  }

  private static TokenTrie.Match<SurfaceForm> longer(TokenTrie.Match<SurfaceForm> a, TokenTrie.Match<SurfaceForm> b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return b.length > a.length ? b : a;
  }

  private static MentionKind kindOf(SurfaceKind kind) {
    switch (kind) {
      case TITLE:
        return MentionKind.TITLE;
      case HANDLE:
        return MentionKind.HANDLE;
      case HASHTAG:
        return MentionKind.HASHTAG;
      case CAPITAL:
        return MentionKind.CAPITAL;
      default:
        return MentionKind.NAME;
    }
  }

  private static Mention mention(Sentence s, int start, int end, Actor actor, MentionKind kind) {
    List<Token> tokens = s.tokens();
    int charStart = tokens.get(start).charStart();
    int charEnd = tokens.get(end - 1).charEnd();
    String surface = s.text().substring(charStart - s.charStart(), charEnd - s.charStart());
    return new Mention(s.index(), start, end, charStart, charEnd, surface, actor, kind);
  }

  /** "Azerbaijani President Ilham Aliyev": a title then a name of the same actor are one mention. */
  private static List<Mention> mergeAdjacent(Sentence s, List<Mention> mentions) {
    List<Mention> merged = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      if (!merged.isEmpty()) {
        Mention last = merged.get(merged.size() - 1);
        if (last.tokenEnd() == m.tokenStart() && last.actor().equals(m.actor())) {
          MentionKind kind = last.kind() == MentionKind.TITLE || m.kind() == MentionKind.NAME ? MentionKind.NAME : last.kind();
          merged.set(merged.size() - 1, mention(s, last.tokenStart(), m.tokenEnd(), m.actor(), kind));
          continue;
        }
      }
      merged.add(m);
    }
    return merged;
  }
}
