package io.framing.jobs.evaluate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.framing.evaluation.Counts;
import io.framing.evaluation.GoldDocument;
import io.framing.evaluation.RelationKey;
import io.framing.evaluation.RelationScores;
import io.framing.jobs.schema.RelationsTable;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;

/**
 * Relation scores (formats.md, "Gold files"): per gold document, the set of
 * (source_country, source_role, relation, target_country) of the run's {@code relations}
 * against the gold set; micro precision, recall and F1, the same per relation type, and every
 * miss and false hit (a false hit with the rows behind it: actors, rule, evidence).
 */
public final class RelationScorer implements Scorer {
  public static final String NAME = "relations";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public ScoreSection score(EvaluationInput input) {
    List<Row> rows = input.goldRows(RelationsTable.NAME, "source_country", "source_role", "relation",
        "target_country", "source_actor", "target_actor", "rule", "evidence");
    Map<String, Set<RelationKey>> predicted = new HashMap<>();
    Map<String, Map<RelationKey, List<Row>>> behind = new HashMap<>();
    for (Row r : rows) {
      String key = r.getAs(EvaluationInput.GOLD_KEY);
      RelationKey k = new RelationKey(r.getAs("source_country"), r.getAs("source_role"), r.getAs("relation"),
          r.getAs("target_country"));
      predicted.computeIfAbsent(key, x -> new TreeSet<>()).add(k);
      behind.computeIfAbsent(key, x -> new HashMap<>()).computeIfAbsent(k, x -> new ArrayList<>()).add(r);
    }
    RelationScores scores = RelationScores.score(input.gold(), predicted);
    long goldRelations = input.gold().stream().mapToLong(g -> g.relations().size()).sum();
    long predictedRelations = 0;
    for (GoldDocument g : input.gold()) {
      predictedRelations += predicted.getOrDefault(g.key(), Set.of()).size();
    }
    return new Section(scores, goldRelations, predictedRelations, input.docIdByKey(), behind);
  }

  /** The relation section of the report. */
  public static final class Section implements ScoreSection {
    private final RelationScores scores;
    private final long goldRelations;
    private final long predictedRelations;
    private final Map<String, String> docIds;
    private final Map<String, Map<RelationKey, List<Row>>> behind;

    Section(RelationScores scores, long goldRelations, long predictedRelations, Map<String, String> docIds,
        Map<String, Map<RelationKey, List<Row>>> behind) {
      this.scores = scores;
      this.goldRelations = goldRelations;
      this.predictedRelations = predictedRelations;
      this.docIds = docIds;
      this.behind = behind;
    }

    @Override
    public String name() {
      return NAME;
    }

    public RelationScores scores() {
      return scores;
    }

    @Override
    public Map<String, Double> metrics() {
      Map<String, Double> m = new LinkedHashMap<>();
      m.put("micro_precision", scores.micro().precision());
      m.put("micro_recall", scores.micro().recall());
      m.put("micro_f1", scores.micro().f1());
      return m;
    }

    @Override
    public void print(PrintStream out, boolean details) {
      out.printf("relations: %d gold documents, %d gold relations, %d predicted%n", scores.documents(),
          goldRelations, predictedRelations);
      out.printf("  %-12s %5s %5s %5s %7s %7s %7s%n", "type", "tp", "fp", "fn", "P", "R", "F1");
      printRow(out, "micro", scores.micro());
      scores.byRelation().forEach((type, c) -> printRow(out, type, c));
      if (!details) {
        return;
      }
      out.printf("  misses (%d):%n", scores.misses().size());
      for (RelationScores.Difference d : scores.misses()) {
        out.printf("    %-28s %s%n", d.documentKey(), d.relation());
      }
      out.printf("  false hits (%d):%n", scores.falseHits().size());
      for (RelationScores.Difference d : scores.falseHits()) {
        out.printf("    %-28s %s%n", d.documentKey(), d.relation());
        for (Row r : rowsBehind(d)) {
          out.printf("      %s [%s] <- %s%n", r.getAs("source_actor"), r.getAs("rule"), abbreviate(r.getAs("evidence")));
        }
      }
    }

    private static void printRow(PrintStream out, String label, Counts c) {
      out.printf("  %-12s %5d %5d %5d %7.3f %7.3f %7.3f%n", label, c.truePositives(), c.falsePositives(),
          c.falseNegatives(), c.precision(), c.recall(), c.f1());
    }

    @Override
    public void writeJson(ObjectNode section, boolean details) {
      section.put("documents", scores.documents());
      section.put("gold_relations", goldRelations);
      section.put("predicted_relations", predictedRelations);
      counts(section.putObject("micro"), scores.micro());
      ObjectNode byType = section.putObject("by_relation");
      scores.byRelation().forEach((type, c) -> counts(byType.putObject(type), c));
      if (!details) {
        return;
      }
      ArrayNode misses = section.putArray("misses");
      for (RelationScores.Difference d : scores.misses()) {
        difference(misses.addObject(), d);
      }
      ArrayNode falseHits = section.putArray("false_hits");
      for (RelationScores.Difference d : scores.falseHits()) {
        ObjectNode hit = falseHits.addObject();
        difference(hit, d);
        ArrayNode rows = hit.putArray("rows");
        for (Row r : rowsBehind(d)) {
          ObjectNode row = rows.addObject();
          row.put("source_actor", (String) r.getAs("source_actor"));
          row.put("target_actor", (String) r.getAs("target_actor"));
          row.put("rule", (String) r.getAs("rule"));
          row.put("evidence", (String) r.getAs("evidence"));
        }
      }
    }

    private List<Row> rowsBehind(RelationScores.Difference d) {
      return behind.getOrDefault(d.documentKey(), Map.of()).getOrDefault(d.relation(), List.of());
    }

    private void difference(ObjectNode node, RelationScores.Difference d) {
      node.put("document", d.documentKey());
      node.put("doc_id", docIds.get(d.documentKey()));
      RelationKey k = d.relation();
      node.put("source_country", k.sourceCountry());
      node.put("source_role", k.sourceRole());
      node.put("relation", k.relation());
      node.put("target_country", k.targetCountry());
    }

    private static void counts(ObjectNode node, Counts c) {
      node.put("precision", c.precision());
      node.put("recall", c.recall());
      node.put("f1", c.f1());
      node.put("tp", c.truePositives());
      node.put("fp", c.falsePositives());
      node.put("fn", c.falseNegatives());
    }

    private static String abbreviate(String s) {
      if (s == null) {
        return "";
      }
      String one = s.replaceAll("\\s+", " ").strip();
      return one.length() > 140 ? one.substring(0, 140) + "..." : one;
    }
  }
}
