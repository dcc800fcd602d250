package io.framing.stance;

import io.framing.Args;
import io.framing.CsvTable;
import io.framing.frames.ClauseTokens;
import io.framing.relations.ConflictSides;
import io.framing.relations.Relation;
import io.framing.relations.RelationType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns relations and tweets into {@link StanceVote}s (coding guidelines, section 3; the dev
 * set's NOTES.md stance rule), with the hashtag, flag and appeal-content cues of {@code
 * data/stance/cues.csv} (header {@code cue,kind,country,stance}).
 *
 * <p>Relations:
 * <ul>
 *   <li>SUPPORT votes FAVOR of its target, its own country included;
 *   <li>CONDEMN, ACCUSE, WARN, REJECT, DEMAND, ATTACK and INVESTIGATE vote AGAINST their target;
 *   <li>APPEAL and MEDIATE vote NONE (they take no side, unless another vote decides); a MEDIATE
 *       with no named target votes NONE toward both main parties ({@code data/relations/sides.csv});
 *   <li>no vote toward {@code INT}, a null target, or the actor's own country (except SUPPORT,
 *       whose vote a retweet by someone else endorses; it makes no row: {@link
 *       StanceVote#towardOwnCountry});
 *   <li>an APPEAL or DEMAND about a third party votes toward that party when its clause says how:
 *       a {@code restrict} cue ("cut off", "suspend", "sanction") AGAINST it, else an {@code
 *       assist} cue ("stand with", "recognise", "assistance") FAVOR of it. Restriction wins, so
 *       "suspend security assistance to Baku" is AGAINST AZE.
 * </ul>
 * Tweets: every {@code hashtag} and {@code flag} cue in the author's text votes for the author,
 * as the cue file says (toward the author's own country too: no row of the author's, but a retweet
 * by someone else endorses it). A retweet is
 * the retweeter's endorsement of the original's votes ({@link #endorse}).
 *
 * <p>Loaded once, immutable and thread-safe.
 */
public final class StanceRules {
  public static final List<String> HEADER = List.of("cue", "kind", "country", "stance");
  /** The party code that never gets a stance row: "the international community". */
  public static final String INTERNATIONAL = "INT";

  private record TweetCue(String country, Stance stance) {}

  private final Map<String, List<TweetCue>> hashtags;
  private final Map<String, List<TweetCue>> flags;
  private final List<List<String>> restrictCues;
  private final List<List<String>> assistCues;
  private final List<String> mainParties;

  private StanceRules(Map<String, List<TweetCue>> hashtags, Map<String, List<TweetCue>> flags,
      List<List<String>> restrictCues, List<List<String>> assistCues, List<String> mainParties) {
    this.hashtags = hashtags;
    this.flags = flags;
    this.restrictCues = restrictCues;
    this.assistCues = assistCues;
    this.mainParties = List.copyOf(mainParties);
  }

  /** Loads {@code dataDir/stance/cues.csv} and the two sides of {@code dataDir/relations/sides.csv}. */
  public static StanceRules fromDataDir(Path dataDir) {
    return load(dataDir.resolve("stance").resolve("cues.csv"),
        ConflictSides.load(dataDir.resolve("relations").resolve("sides.csv")).countries());
  }

  /** Loads a cue file; errors name the file and line of every bad row. */
  public static StanceRules load(Path cueFile, List<String> mainParties) {
    Args.check(mainParties.size() == 2, "expected two main parties, got %s", mainParties);
    List<String> problems = new ArrayList<>();
    Map<String, List<TweetCue>> hashtags = new LinkedHashMap<>();
    Map<String, List<TweetCue>> flags = new LinkedHashMap<>();
    List<List<String>> restrict = new ArrayList<>();
    List<List<String>> assist = new ArrayList<>();
    for (CsvTable.Row row : CsvTable.read(cueFile, HEADER, problems)) {
      String cue = row.fields()[0].strip();
      String kind = row.fields()[1].strip().toLowerCase(Locale.ROOT);
      String country = row.fields()[2].strip();
      Stance stance;
      try {
        stance = Stance.valueOf(row.fields()[3].strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add(row.where() + ": stance must be FAVOR or AGAINST, got '" + row.fields()[3] + "'");
        continue;
      }
      if (cue.isEmpty() || stance == Stance.NONE) {
        problems.add(row.where() + ": needs a cue and a stance FAVOR or AGAINST");
        continue;
      }
      switch (kind) {
        case "hashtag":
        case "flag":
          if (country.isEmpty()) {
            problems.add(row.where() + ": a " + kind + " cue needs a country");
            continue;
          }
          (kind.equals("flag") ? flags : hashtags)
              .computeIfAbsent(kind.equals("flag") ? cue : hashtagKey(cue), k -> new ArrayList<>())
              .add(new TweetCue(country, stance));
          break;
        case "restrict":
          restrict.add(ClauseTokens.of(cue));
          break;
        case "assist":
          assist.add(ClauseTokens.of(cue));
          break;
        default:
          problems.add(row.where() + ": unknown kind '" + kind + "'; expected hashtag, flag, restrict or assist");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Bad stance cue file:\n  " + String.join("\n  ", problems));
    }
    return new StanceRules(hashtags, flags, restrict, assist, mainParties);
  }

  private static String hashtagKey(String tag) {
    String t = tag.strip();
    return (t.startsWith("#") ? t.substring(1) : t).toLowerCase(Locale.ROOT);
  }

  /** The two main parties, side A first. */
  public List<String> mainParties() {
    return mainParties;
  }

  /** The vote a relation type gives its target (SUPPORT FAVOR, APPEAL/MEDIATE NONE, else AGAINST). */
  public static Stance voteOf(RelationType type) {
    switch (type) {
      case SUPPORT:
        return Stance.FAVOR;
      case APPEAL:
      case MEDIATE:
        return Stance.NONE;
      default:
        return Stance.AGAINST;
    }
  }

  /** The votes of one core relation. */
  public List<StanceVote> votesOf(String documentId, Relation r) {
    return votesOf(documentId, r.source().name(), r.source().country(), r.source().role().name(), r.type(),
        r.target() == null ? null : r.target().country(), r.aboutCountry(), r.evidence());
  }

  /**
   * The votes of one relation, from its columns: nothing, one vote toward its target, NONE toward
   * both main parties (a MEDIATE without target), and/or one toward its about-country.
   */
  public List<StanceVote> votesOf(String documentId, String sourceActor, String sourceCountry, String sourceRole,
      RelationType type, String targetCountry, String aboutCountry, String clause) {
    List<StanceVote> votes = new ArrayList<>();
    Stance vote = voteOf(type);
    if (targetCountry == null || targetCountry.isBlank()) {
      if (type == RelationType.MEDIATE) {
        for (String party : mainParties) {
          if (!party.equals(sourceCountry)) {
            votes.add(new StanceVote(documentId, sourceActor, sourceCountry, sourceRole, party, Stance.NONE,
                StanceVote.Origin.RELATION));
          }
        }
      }
    } else if (!targetCountry.equals(INTERNATIONAL) && (!targetCountry.equals(sourceCountry) || vote == Stance.FAVOR)) {
      votes.add(new StanceVote(documentId, sourceActor, sourceCountry, sourceRole, targetCountry, vote,
          StanceVote.Origin.RELATION));
    }
    if ((type == RelationType.APPEAL || type == RelationType.DEMAND) && aboutCountry != null
        && !aboutCountry.isBlank() && !aboutCountry.equals(INTERNATIONAL) && !aboutCountry.equals(sourceCountry)
        && !aboutCountry.equals(targetCountry) && clause != null) {
      List<String> tokens = ClauseTokens.of(clause);
      Stance about = contains(tokens, restrictCues) ? Stance.AGAINST
          : contains(tokens, assistCues) ? Stance.FAVOR : null;
      if (about != null) {
        votes.add(new StanceVote(documentId, sourceActor, sourceCountry, sourceRole, aboutCountry, about,
            StanceVote.Origin.RELATION));
      }
    }
    return votes;
  }

  /**
   * The votes of a tweet's hashtags and flags for its author: one per cue occurrence kind (a cue
   * repeated in one tweet votes once). {@code hashtags} are without '#'; when null they are read
   * from the text.
   */
  public List<StanceVote> votesOfTweet(String documentId, String authorActor, String authorCountry,
      String authorRole, String text, List<String> hashtags) {
    List<StanceVote> votes = new ArrayList<>();
    if (authorActor == null || authorCountry == null || authorRole == null || text == null) {
      return votes;
    }
    List<String> tags = hashtags != null ? hashtags : hashtagsOf(text);
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String tag : tags) {
      for (TweetCue c : hashtags_(tag)) {
        add(votes, seen, documentId, authorActor, authorCountry, authorRole, c, StanceVote.Origin.HASHTAG);
      }
    }
    for (Map.Entry<String, List<TweetCue>> f : flags.entrySet()) {
      if (text.contains(f.getKey())) {
        for (TweetCue c : f.getValue()) {
          add(votes, seen, documentId, authorActor, authorCountry, authorRole, c, StanceVote.Origin.FLAG);
        }
      }
    }
    return votes;
  }

  private List<TweetCue> hashtags_(String tag) {
    return hashtags.getOrDefault(hashtagKey(tag), List.of());
  }

  private static void add(List<StanceVote> votes, java.util.Set<String> seen, String documentId, String actor,
      String country, String role, TweetCue c, StanceVote.Origin origin) {
    if (c.country().equals(country) && c.stance() == Stance.AGAINST) {
      return; // no AGAINST row toward one's own country
    }
    if (seen.add(c.country() + "|" + c.stance())) {
      votes.add(new StanceVote(documentId, actor, country, role, c.country(), c.stance(), origin));
    }
  }

  /** The hashtags of a text, without '#'. */
  public static List<String> hashtagsOf(String text) {
    List<String> out = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("#(\\p{L}[\\p{L}\\p{N}_]*)").matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /**
   * A retweet's votes: the original's votes, re-attributed to the retweeter and the retweet, as
   * {@link StanceVote.Origin#ENDORSEMENT}. Votes of the retweeter's own party toward itself keep
   * the own-country rule (only FAVOR); a retweet of oneself endorses nothing new.
   */
  public static List<StanceVote> endorse(List<StanceVote> original, String retweetId, String actor, String country,
      String role) {
    List<StanceVote> out = new ArrayList<>();
    for (StanceVote v : original) {
      if (v.sourceActor().equals(actor) && v.sourceCountry().equals(country)) {
        continue;
      }
      if (v.targetCountry().equals(country) && v.vote() != Stance.FAVOR) {
        continue;
      }
      out.add(new StanceVote(retweetId, actor, country, role, v.targetCountry(), v.vote(), StanceVote.Origin.ENDORSEMENT));
    }
    return out;
  }

  private static boolean contains(List<String> tokens, List<List<String>> cues) {
    for (List<String> cue : cues) {
      for (int i = 0; i + cue.size() <= tokens.size(); i++) {
        if (tokens.subList(i, i + cue.size()).equals(cue)) {
          return true;
        }
      }
    }
    return false;
  }
}
