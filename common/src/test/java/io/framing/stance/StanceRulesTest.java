package io.framing.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.framing.relations.RelationType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class StanceRulesTest {
  private static final StanceRules RULES = StanceRules.fromDataDir(Path.of("..", "data"));

  private static List<StanceVote> votes(String actor, String country, RelationType type, String target, String about,
      String clause) {
    return RULES.votesOf("d1", actor, country, "GOV", type, target, about, clause);
  }

  private static Map<String, StanceRow> rows(List<StanceVote> votes) {
    Map<String, StanceRow> m = new TreeMap<>();
    for (StanceRow r : StanceAggregator.aggregate(votes)) {
      m.put(r.sourceActor() + "->" + r.targetCountry(), r);
    }
    return m;
  }

  @Test
  void relationTypesVoteAsTheRuleSays() {
    assertEquals(Stance.FAVOR, votes("Turkey", "TUR", RelationType.SUPPORT, "AZE", null, "x").get(0).vote());
    for (RelationType t : List.of(RelationType.CONDEMN, RelationType.ACCUSE, RelationType.WARN, RelationType.REJECT,
        RelationType.DEMAND, RelationType.ATTACK, RelationType.INVESTIGATE)) {
      assertEquals(Stance.AGAINST, votes("Turkey", "TUR", t, "ARM", null, "x").get(0).vote(), t.name());
    }
    assertEquals(Stance.NONE, votes("Russia", "RUS", RelationType.APPEAL, "ARM", null, "x").get(0).vote());
  }

  @Test
  void noRowTowardInternationalNullOrOwnCountryUnlessSupport() {
    assertEquals(List.of(), votes("Armenia", "ARM", RelationType.APPEAL, "INT", null, "x"));
    assertEquals(List.of(), votes("Armenia", "ARM", RelationType.WARN, null, null, "x"));
    assertEquals(List.of(), votes("Protesters", "ARM", RelationType.DEMAND, "ARM", null, "x"));
    List<StanceVote> own = votes("A fan", "USA", RelationType.SUPPORT, "USA", null, "x");
    assertEquals(Stance.FAVOR, own.get(0).vote(), "cast, for a retweet by someone else to endorse");
    assertEquals(List.of(), StanceAggregator.aggregate(own), "but no row toward one's own country");
  }

  @Test
  void mediationWithoutTargetIsNoneTowardBothSides() {
    Map<String, StanceRow> r = rows(votes("Donald Trump", "USA", RelationType.MEDIATE, null, null, "x"));
    assertEquals(Stance.NONE, r.get("Donald Trump->ARM").stance());
    assertEquals(Stance.NONE, r.get("Donald Trump->AZE").stance());
    assertEquals(2, r.size());
  }

  @Test
  void appealsDoNotOutweighASide() {
    List<StanceVote> v = new ArrayList<>();
    v.addAll(votes("Erdogan", "TUR", RelationType.APPEAL, "ARM", null, "x"));
    v.addAll(votes("Erdogan", "TUR", RelationType.APPEAL, "ARM", null, "y"));
    v.addAll(votes("Erdogan", "TUR", RelationType.CONDEMN, "ARM", null, "z"));
    StanceRow row = rows(v).get("Erdogan->ARM");
    assertEquals(Stance.AGAINST, row.stance());
    assertEquals(-1.0 / 3, row.score(), 1e-9);
    assertEquals(3, row.nRelations());
    assertEquals(1, row.nDocuments());
  }

  @Test
  void aTieIsNone() {
    List<StanceVote> v = new ArrayList<>(votes("X", "FRA", RelationType.SUPPORT, "ARM", null, "a"));
    v.addAll(votes("X", "FRA", RelationType.CONDEMN, "ARM", null, "b"));
    assertEquals(Stance.NONE, rows(v).get("X->ARM").stance());
  }

  @Test
  void anAppealToRestrictAPartyIsAgainstIt() {
    List<StanceVote> v = votes("Bob Menendez", "USA", RelationType.APPEAL, "USA", "AZE",
        "The United States must suspend all security assistance to Baku.");
    assertEquals(1, v.size(), "no row toward its own country for an appeal");
    assertEquals("AZE", v.get(0).targetCountry());
    assertEquals(Stance.AGAINST, v.get(0).vote(), "restriction wins over 'assistance'");
    List<StanceVote> w = votes("Cavusoglu", "TUR", RelationType.APPEAL, "INT", "AZE",
        "He called on the world to stand with Azerbaijan.");
    assertEquals(Stance.FAVOR, w.get(0).vote());
    assertEquals(List.of(), votes("Macron", "FRA", RelationType.APPEAL, "TUR", "SYR", "I ask Turkey for explanations.")
        .stream().filter(x -> x.targetCountry().equals("SYR")).toList());
  }

  @Test
  void hashtagsAndFlagsVoteForTheAuthor() {
    List<StanceVote> v = RULES.votesOfTweet("t1", "Elvin", "AZE", "CVL", "🇦🇿🇹🇷🇦🇿 #KarabakhIsAzerbaijan", null);
    Map<String, StanceRow> r = rows(v);
    assertEquals(null, r.get("Elvin->AZE"), "no row toward one's own country");
    assertEquals(Stance.FAVOR, r.get("Elvin->TUR").stance());
    assertEquals(0, r.get("Elvin->TUR").nRelations());
    List<StanceVote> endorsed = StanceRules.endorse(v, "rt9", "Mehmet", "TUR", "CVL");
    assertEquals(Stance.FAVOR, rows(endorsed).get("Mehmet->AZE").stance(), "a Turkish retweet endorses the flag of AZE");
    List<StanceVote> against = RULES.votesOfTweet("t2", "Ani", "ARM", "CVL", "Enough. #StopAzerbaijaniAggression",
        List.of("StopAzerbaijaniAggression"));
    assertEquals(Stance.AGAINST, against.get(0).vote());
    assertEquals("AZE", against.get(0).targetCountry());
    assertEquals(List.of(), RULES.votesOfTweet("t3", "Ani", "ARM", "CVL", "Nothing to see #weather", null));
  }

  @Test
  void aRetweetEndorsesTheOriginal() {
    List<StanceVote> original = votes("Hikmet Hajiyev", "AZE", RelationType.ACCUSE, "ARM", null, "x");
    List<StanceVote> endorsed = StanceRules.endorse(original, "rt1", "Some user", "TUR", "CVL");
    assertEquals(1, endorsed.size());
    assertEquals("Some user", endorsed.get(0).sourceActor());
    assertEquals("rt1", endorsed.get(0).documentId());
    assertEquals(StanceVote.Origin.ENDORSEMENT, endorsed.get(0).origin());
    assertTrue(StanceRules.endorse(original, "rt2", "An Armenian", "ARM", "CVL").isEmpty(),
        "no AGAINST row toward one's own country");
  }
}
