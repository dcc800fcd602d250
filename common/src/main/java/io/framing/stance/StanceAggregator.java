package io.framing.stance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Aggregates votes into stance rows, one per (source actor, target country): a document's own
 * votes give its per-document stance, the whole corpus's votes the {@code stance} table. Pure
 * and stateless.
 */
public final class StanceAggregator {
  private StanceAggregator() {}

  /** The rows of {@code votes}, ordered by source actor, country, role and target. */
  public static List<StanceRow> aggregate(Collection<StanceVote> votes) {
    Map<String, List<StanceVote>> byPair = new TreeMap<>();
    for (StanceVote v : votes) {
      byPair.computeIfAbsent(v.pairKey(), k -> new ArrayList<>()).add(v);
    }
    List<StanceRow> rows = new ArrayList<>();
    for (List<StanceVote> pair : byPair.values()) {
      StanceTally tally = new StanceTally(0, 0, 0);
      long relations = 0;
      Set<String> docs = new HashSet<>();
      for (StanceVote v : pair) {
        tally = tally.plus(StanceTally.of(v.vote()));
        relations += v.origin() == StanceVote.Origin.RELATION ? 1 : 0;
        docs.add(v.documentId());
      }
      StanceVote first = pair.get(0);
      rows.add(new StanceRow(first.sourceActor(), first.sourceCountry(), first.sourceRole(), first.targetCountry(),
          tally.stance(), tally.score(), relations, docs.size()));
    }
    return rows;
  }
}
