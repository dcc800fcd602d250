package io.framing.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Polarity scoring: predicted compounds, read as positive (&ge; 0.05), negative (&le; -0.05) or
 * neutral, against the gold labels of tweets ({@code gold.polarity}) and of annotated article
 * sentences ({@code gold.sentence_polarity}); macro-F1 over the three classes. Immutable.
 */
public final class PolarityScores {
  public static final List<String> CLASSES = List.of("positive", "negative", "neutral");

  /** One gold-labelled item: a tweet (sentence null) or one sentence of an article. */
  public record Item(String documentKey, String sentence, String gold) {}

  /** What is predicted: a tweet's compound, or the compound of a given sentence. */
  public interface Predictions {
    /** The compound of the document (tweets). */
    Double document(String documentKey);

    /** The compound of {@code sentence} in the document. */
    Double sentence(String documentKey, String sentence);
  }

  private final Map<String, Counts> byClass;
  private final int items;
  private final List<String> errors;

  private PolarityScores(Map<String, Counts> byClass, int items, List<String> errors) {
    this.byClass = Collections.unmodifiableMap(byClass);
    this.items = items;
    this.errors = Collections.unmodifiableList(errors);
  }

  /** The label of a compound score. */
  public static String label(double compound) {
    return compound >= 0.05 ? "positive" : compound <= -0.05 ? "negative" : "neutral";
  }

  /** The gold items of the documents: tweets' {@code polarity}, articles' {@code sentence_polarity}. */
  public static List<Item> items(List<GoldDocument> gold) {
    List<Item> items = new ArrayList<>();
    for (GoldDocument d : gold) {
      JsonNode p = d.gold().path("polarity");
      if (p.isTextual()) {
        items.add(new Item(d.key(), null, p.asText()));
      }
      for (JsonNode s : d.gold().path("sentence_polarity")) {
        items.add(new Item(d.key(), s.path("sentence").asText(), s.path("polarity").asText()));
      }
    }
    return items;
  }

  /** Scores the predictions; an item without prediction counts as a miss of its class. */
  public static PolarityScores score(List<Item> items, Predictions predicted) {
    Map<String, long[]> c = new LinkedHashMap<>(); // tp, fp, fn
    for (String k : CLASSES) {
      c.put(k, new long[3]);
    }
    List<String> errors = new ArrayList<>();
    for (Item item : items) {
      Double compound = item.sentence() == null ? predicted.document(item.documentKey())
          : predicted.sentence(item.documentKey(), item.sentence());
      String got = compound == null ? null : label(compound);
      if (item.gold().equals(got)) {
        c.get(got)[0]++;
        continue;
      }
      c.computeIfAbsent(item.gold(), k -> new long[3])[2]++;
      if (got != null) {
        c.get(got)[1]++;
      }
      errors.add(item.documentKey() + (item.sentence() == null ? "" : " \"" + item.sentence() + "\"")
          + ": gold " + item.gold() + ", got " + got + (compound == null ? "" : " (" + compound + ")"));
    }
    Map<String, Counts> byClass = new LinkedHashMap<>();
    c.forEach((k, v) -> byClass.put(k, new Counts(v[0], v[1], v[2])));
    return new PolarityScores(byClass, items.size(), errors);
  }

  /** Whether there was anything to score: a set without polarity items has no macro-F1. */
  public boolean scored() {
    return items > 0;
  }

  /** Mean F1 over the classes positive, negative and neutral; only meaningful when {@link #scored()}. */
  public double macroF1() {
    double sum = 0;
    for (String k : CLASSES) {
      sum += byClass.get(k).f1();
    }
    return sum / CLASSES.size();
  }

  public Map<String, Counts> byClass() {
    return byClass;
  }

  public int items() {
    return items;
  }

  /** Every item labelled wrongly, for reading. */
  public List<String> errors() {
    return errors;
  }
}
