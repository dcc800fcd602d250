package io.framing.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Frame scoring: precision, recall and F1, micro over per-document sets of (source_country,
 * source_role, frame) ({@code gold.frames}), and per frame. Immutable.
 */
public final class FrameScores {
  private final Counts micro;
  private final Map<String, Counts> byFrame;
  private final List<String> differences;

  private FrameScores(Counts micro, Map<String, Counts> byFrame, List<String> differences) {
    this.micro = micro;
    this.byFrame = Collections.unmodifiableMap(byFrame);
    this.differences = Collections.unmodifiableList(differences);
  }

  /** The gold frame keys of a document. */
  public static Set<FrameKey> goldOf(GoldDocument doc) {
    Set<FrameKey> keys = new TreeSet<>();
    for (JsonNode f : doc.gold().path("frames")) {
      keys.add(new FrameKey(f.path("source_country").asText(), f.path("source_role").asText(), f.path("frame").asText()));
    }
    return keys;
  }

  /** @param predicted frame keys per {@link GoldDocument#key()} */
  public static FrameScores score(List<GoldDocument> gold, Map<String, Set<FrameKey>> predicted) {
    Counts micro = Counts.ZERO;
    Map<String, Counts> byFrame = new TreeMap<>();
    List<String> differences = new ArrayList<>();
    for (GoldDocument doc : gold) {
      Set<FrameKey> expected = goldOf(doc);
      Set<FrameKey> got = predicted.getOrDefault(doc.key(), Set.of());
      Set<FrameKey> all = new TreeSet<>(expected);
      all.addAll(got);
      for (FrameKey k : all) {
        boolean inGold = expected.contains(k);
        boolean inPrediction = got.contains(k);
        Counts c = new Counts(inGold && inPrediction ? 1 : 0, inGold ? 0 : 1, inPrediction ? 0 : 1);
        micro = micro.plus(c);
        byFrame.merge(k.frame(), c, Counts::plus);
        if (inGold != inPrediction) {
          differences.add(doc.key() + "  " + (inGold ? "MISS " : "FALSE ") + k);
        }
      }
    }
    return new FrameScores(micro, byFrame, differences);
  }

  public Counts micro() {
    return micro;
  }

  public Map<String, Counts> byFrame() {
    return byFrame;
  }

  public List<String> differences() {
    return differences;
  }
}
