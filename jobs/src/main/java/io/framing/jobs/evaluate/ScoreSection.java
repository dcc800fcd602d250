package io.framing.jobs.evaluate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.Map;

/** What one {@link Scorer} found: headline metrics, a printable table and a JSON section. */
public interface ScoreSection {
  /** The scorer's name ({@code relations}). */
  String name();

  /**
   * Headline metrics by name without the section prefix ({@code micro_f1}), which thresholds
   * refer to as {@code <section>.<metric>}.
   */
  Map<String, Double> metrics();

  /**
   * A readable table for the console; with {@code details} false only the scores and the
   * per-class table, nothing that names a document or shows its text.
   */
  void print(PrintStream out, boolean details);

  /** Fills the section's object in the JSON report; {@code details} as for {@link #print}. */
  void writeJson(ObjectNode section, boolean details);
}
