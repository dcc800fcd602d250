package io.framing.jobs;

import io.framing.jobs.report.RunReport;
import org.apache.spark.sql.SparkSession;

/**
 * One stage of the pipeline (ingest, extract, summarize): reads the tables of the stages before
 * it from the output root, calls the core, writes its own tables, and records its counts in
 * the run report. Stages are stateless; {@link #run} may be called once per command.
 */
public interface Stage {

  /** The stage's name as the command line and the run report spell it. */
  String name();

  /**
   * Runs the stage.
   *
   * @return a one-line summary for the console ("documents 159, rejects 0")
   * @throws FramingException for failures the user can act on
   */
  String run(SparkSession spark, PipelineOptions options, RunReport report);
}
