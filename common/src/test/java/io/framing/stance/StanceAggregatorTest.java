package io.framing.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class StanceAggregatorTest {
  private static StanceVote vote(String doc, String target, Stance stance, StanceVote.Origin origin) {
    return new StanceVote(doc, "Armenian Defence Ministry", "ARM", "MIL", target, stance, origin);
  }

  @Test
  void aPairsRowTalliesItsVotesAndCountsDistinctDocuments() {
    StanceRow row = StanceAggregator.row(List.of(
        vote("d1", "AZE", Stance.AGAINST, StanceVote.Origin.RELATION),
        vote("d1", "AZE", Stance.AGAINST, StanceVote.Origin.RELATION),
        vote("d2", "AZE", Stance.NONE, StanceVote.Origin.RELATION),
        vote("rt1", "AZE", Stance.FAVOR, StanceVote.Origin.ENDORSEMENT)).iterator());
    assertEquals(new StanceTally(1, 2, 1), row.tally());
    assertEquals(Stance.AGAINST, row.stance());
    assertEquals(-0.25, row.score(), 1e-12);
    assertEquals(3, row.nRelations(), "endorsements are not the actor's relations");
    assertEquals(3, row.nDocuments(), "d1, d2 and rt1");
  }

  @Test
  void aggregateGivesTheSameRowAsRowPerPair() {
    List<StanceVote> votes = List.of(vote("d1", "AZE", Stance.AGAINST, StanceVote.Origin.RELATION),
        vote("d2", "TUR", Stance.AGAINST, StanceVote.Origin.HASHTAG),
        vote("d3", "AZE", Stance.FAVOR, StanceVote.Origin.FLAG));
    List<StanceRow> rows = StanceAggregator.aggregate(votes);
    assertEquals(2, rows.size());
    assertEquals(StanceAggregator.row(List.of(votes.get(0), votes.get(2)).iterator()), rows.get(0));
    assertEquals(Stance.NONE, rows.get(0).stance(), "one FAVOR and one AGAINST decide nothing");
  }

  @Test
  void votesOfTwoPairsOrNoVotesAreRejected() {
    IllegalArgumentException mixed = assertThrows(IllegalArgumentException.class, () -> StanceAggregator.row(List.of(
        vote("d1", "AZE", Stance.AGAINST, StanceVote.Origin.RELATION),
        vote("d1", "TUR", Stance.AGAINST, StanceVote.Origin.RELATION)).iterator()));
    assertTrue(mixed.getMessage().contains("|TUR"), mixed.getMessage());
    assertThrows(IllegalArgumentException.class, () -> StanceAggregator.row(Collections.emptyIterator()));
  }

  @Test
  void votesTowardOnesOwnCountryMakeNoRow() {
    StanceVote own = new StanceVote("d1", "A user", "ARM", "CVL", "ARM", Stance.FAVOR, StanceVote.Origin.FLAG);
    StanceVote other = new StanceVote("d1", "A user", "ARM", "CVL", "AZE", Stance.AGAINST, StanceVote.Origin.HASHTAG);
    List<StanceRow> rows = StanceAggregator.aggregate(List.of(own, other));
    assertEquals(1, rows.size());
    assertEquals("AZE", rows.get(0).targetCountry());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StanceAggregator.row(List.of(own).iterator()));
    assertTrue(e.getMessage().contains("own country"), e.getMessage());
  }
}
