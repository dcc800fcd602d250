package io.framing.jobs.extract;

import io.framing.jobs.PipelineOptions;
import io.framing.jobs.Stage;
import io.framing.jobs.report.RunReport;
import org.apache.spark.sql.SparkSession;

/** The extract stage: {@code documents} into {@code mentions} and {@code relations}. */
public final class ExtractStage implements Stage {
  @Override
  public String name() {
    return "extract";
  }

  @Override
  public String run(SparkSession spark, PipelineOptions options, RunReport report) {
    ExtractJob.Result r = new ExtractJob(spark).run(options, report);
    return String.format("%d documents read, %d skipped (not English): %d mentions, %d relations",
        r.documentsRead, r.skippedNotEnglish, r.mentions, r.relations);
  }
}
