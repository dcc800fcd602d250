package io.framing.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Relation precision, recall and F1 over per-document sets of {@link RelationKey}: micro over
 * all documents, and per relation type, with every miss and false hit listed. Immutable.
 */
public final class RelationScores {

  /** A tuple that one side has and the other lacks, in one document. */
  public static final class Difference {
    private final String documentKey;
    private final RelationKey relation;

    Difference(String documentKey, RelationKey relation) {
      this.documentKey = documentKey;
      this.relation = relation;
    }

    public String documentKey() {
      return documentKey;
    }

    public RelationKey relation() {
      return relation;
    }

    @Override
    public String toString() {
      return documentKey + "  " + relation;
    }
  }

  private final Counts micro;
  private final Map<String, Counts> byRelation;
  private final List<Difference> misses;
  private final List<Difference> falseHits;
  private final int documents;

  private RelationScores(Counts micro, Map<String, Counts> byRelation, List<Difference> misses,
      List<Difference> falseHits, int documents) {
    this.micro = micro;
    this.byRelation = Collections.unmodifiableMap(byRelation);
    this.misses = Collections.unmodifiableList(misses);
    this.falseHits = Collections.unmodifiableList(falseHits);
    this.documents = documents;
  }

  /**
   * Scores {@code predicted} against the gold documents. Only gold documents are scored;
   * a gold document with no prediction counts all its relations as misses.
   *
   * @param predicted relation keys per {@link GoldDocument#key()}
   */
  public static RelationScores score(List<GoldDocument> gold, Map<String, Set<RelationKey>> predicted) {
    Counts micro = Counts.ZERO;
    Map<String, Counts> byRelation = new TreeMap<>();
    List<Difference> misses = new ArrayList<>();
    List<Difference> falseHits = new ArrayList<>();
    for (GoldDocument doc : gold) {
      Set<RelationKey> expected = doc.relations();
      Set<RelationKey> got = predicted.getOrDefault(doc.key(), Set.of());
      Set<RelationKey> all = new TreeSet<>(expected);
      all.addAll(got);
      for (RelationKey k : all) {
        boolean inGold = expected.contains(k);
        boolean inPrediction = got.contains(k);
        Counts c = new Counts(inGold && inPrediction ? 1 : 0, !inGold ? 1 : 0, !inPrediction ? 1 : 0);
        micro = micro.plus(c);
        byRelation.merge(k.relation(), c, Counts::plus);
        if (!inPrediction) {
          misses.add(new Difference(doc.key(), k));
        }
        if (!inGold) {
          falseHits.add(new Difference(doc.key(), k));
        }
      }
    }
    return new RelationScores(micro, byRelation, misses, falseHits, gold.size());
  }

  public Counts micro() {
    return micro;
  }

  public Map<String, Counts> byRelation() {
    return byRelation;
  }

  public List<Difference> misses() {
    return misses;
  }

  public List<Difference> falseHits() {
    return falseHits;
  }

  public int documents() {
    return documents;
  }
}
