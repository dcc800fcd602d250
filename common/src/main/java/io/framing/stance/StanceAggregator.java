package io.framing.stance;

import io.framing.Args;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Aggregates votes into stance rows, one per (source actor, target country): a document's own
 * votes give its per-document stance, the whole corpus's votes the {@code stance} table. The one
 * implementation of the stance decision: {@code evaluate} calls {@link #aggregate}, summarize
 * groups its votes by {@link StanceVote#pairKey()} and calls {@link #row} per group. Pure and
 * stateless.
 */
public final class StanceAggregator {
  private StanceAggregator() {}

  /**
   * The rows of {@code votes}, ordered by source actor, country, role and target; votes toward the
   * source's own country make none ({@link StanceVote#towardOwnCountry}).
   */
  public static List<StanceRow> aggregate(Collection<StanceVote> votes) {
    Map<String, List<StanceVote>> byPair = new TreeMap<>();
    for (StanceVote v : votes) {
      if (v.towardOwnCountry()) {
        continue;
      }
      byPair.computeIfAbsent(v.pairKey(), k -> new ArrayList<>()).add(v);
    }
    List<StanceRow> rows = new ArrayList<>();
    for (List<StanceVote> pair : byPair.values()) {
      rows.add(row(pair.iterator()));
    }
    return rows;
  }

  /**
   * The row of one pair's votes. Streams the votes (a pair may have many): only the ids of the
   * documents they come from are kept, to count them.
   *
   * @throws IllegalArgumentException when there are no votes, they belong to more than one pair, or
   *     the pair is toward the source's own country (callers leave those votes out first)
   */
  public static StanceRow row(Iterator<StanceVote> pairVotes) {
    Args.check(pairVotes.hasNext(), "a stance row needs at least one vote");
    StanceVote first = pairVotes.next();
    Args.check(!first.towardOwnCountry(), "no stance row toward one's own country: %s", first.pairKey());
    StanceTally tally = StanceTally.of(first.vote());
    long relations = first.origin() == StanceVote.Origin.RELATION ? 1 : 0;
    Set<String> docs = new HashSet<>();
    docs.add(first.documentId());
    while (pairVotes.hasNext()) {
      StanceVote v = pairVotes.next();
      Args.check(v.pairKey().equals(first.pairKey()), "votes of two pairs in one row: %s and %s",
          first.pairKey(), v.pairKey());
      tally = tally.plus(StanceTally.of(v.vote()));
      relations += v.origin() == StanceVote.Origin.RELATION ? 1 : 0;
      docs.add(v.documentId());
    }
    return new StanceRow(first.sourceActor(), first.sourceCountry(), first.sourceRole(), first.targetCountry(),
        tally, relations, docs.size());
  }
}
