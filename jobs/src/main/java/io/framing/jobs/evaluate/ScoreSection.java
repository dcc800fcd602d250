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

  /** A readable table for the console. */
  void print(PrintStream out);

  /** Fills the section's object in the JSON report. */
  void writeJson(ObjectNode section);
}
