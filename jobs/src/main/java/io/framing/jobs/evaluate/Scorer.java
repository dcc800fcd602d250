package io.framing.jobs.evaluate;

/**
 * One kind of score the evaluate command computes against a gold file (relations today;
 * stance, polarity and frames later). Each scorer reads what it needs from the run's tables
 * through {@link EvaluationInput} (only gold documents' rows reach the driver) and returns a
 * section of the report.
 */
public interface Scorer {
  /** The section's name in the report and in metric names ({@code relations}). */
  String name();

  ScoreSection score(EvaluationInput input);

  /** The tables the scorer reads; a run without them skips it (say, a run of ingest alone). */
  default java.util.List<String> requiredTables() {
    return java.util.List.of("relations");
  }
}
