package io.framing.jobs;

import io.framing.jobs.report.RunReport;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * One stage of the pipeline (ingest, extract, summarize): reads the tables of the stages before
 * it from the output root, calls the core, writes its own tables, and records its counts in
 * the run report. Stages are stateless; {@link #run} may be called once per command.
 *
 * <p>A stage declares the tables it reads and writes (as {@code evaluate}'s scorers declare
 * theirs), so that a command's chain of stages is checked before Spark starts ({@link
 * StageChain}) rather than a stage probing for its input at run time.
 */
public interface Stage {

  /** The stage's name as the command line and the run report spell it. */
  String name();

  /** The tables the stage reads: each written by an earlier stage of the command or published. */
  List<String> reads();

  /** The tables the stage writes (or rewrites). */
  List<String> writes();

  /**
   * Runs the stage.
   *
   * @return a one-line summary for the console ("documents 159, rejects 0")
   * @throws FramingException for failures the user can act on
   */
  String run(SparkSession spark, PipelineOptions options, RunReport report);
}
