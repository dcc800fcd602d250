package io.framing.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Stance scoring as SemEval-2016 Task 6 scores it: F-average, the mean of F1(FAVOR) and
 * F1(AGAINST), micro over every (document, source_country, target_country) pair (see {@link
 * StanceKey}). A gold or predicted NONE is not scored as a class of its own, but a pair predicted
 * NONE (or not at all) where the gold says FAVOR is a miss of FAVOR, and a FAVOR where the gold
 * says NONE (or nothing) a false FAVOR. Immutable.
 */
public final class StanceScores {
  private final Counts favor;
  private final Counts against;
  private final List<String> differences;

  private StanceScores(Counts favor, Counts against, List<String> differences) {
    this.favor = favor;
    this.against = against;
    this.differences = Collections.unmodifiableList(differences);
  }

  /** The gold stance keys of a document ({@code gold.stance}). */
  public static Set<StanceKey> goldOf(GoldDocument doc) {
    Set<StanceKey> keys = new TreeSet<>();
    for (JsonNode s : doc.gold().path("stance")) {
      keys.add(new StanceKey(s.path("source_country").asText(), s.path("target_country").asText(),
          s.path("stance").asText()));
    }
    return keys;
  }

  /** @param predicted stance keys per {@link GoldDocument#key()} */
  public static StanceScores score(List<GoldDocument> gold, Map<String, Set<StanceKey>> predicted) {
    long[] f = new long[3];
    long[] a = new long[3];
    List<String> differences = new ArrayList<>();
    for (GoldDocument doc : gold) {
      Set<StanceKey> expected = goldOf(doc);
      Set<StanceKey> got = predicted.getOrDefault(doc.key(), Set.of());
      Set<StanceKey> all = new TreeSet<>(expected);
      all.addAll(got);
      for (StanceKey k : all) {
        long[] c = k.stance().equals("FAVOR") ? f : k.stance().equals("AGAINST") ? a : null;
        boolean inGold = expected.contains(k);
        boolean inPrediction = got.contains(k);
        if (c != null) {
          c[inGold && inPrediction ? 0 : inPrediction ? 1 : 2]++;
        }
        if (inGold != inPrediction) {
          differences.add(doc.key() + "  " + (inGold ? "MISS " : "FALSE ") + k);
        }
      }
    }
    return new StanceScores(new Counts(f[0], f[1], f[2]), new Counts(a[0], a[1], a[2]), differences);
  }

  public Counts favor() {
    return favor;
  }

  public Counts against() {
    return against;
  }

  /** (F1(FAVOR) + F1(AGAINST)) / 2. */
  public double fAverage() {
    return (favor.f1() + against.f1()) / 2;
  }

  public List<String> differences() {
    return differences;
  }
}
