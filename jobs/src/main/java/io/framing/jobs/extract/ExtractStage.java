package io.framing.jobs.extract;

import io.framing.jobs.PipelineOptions;
import io.framing.jobs.Stage;
import io.framing.jobs.report.RunReport;
import io.framing.jobs.schema.DocumentsTable;
import io.framing.jobs.schema.MentionsTable;
import io.framing.jobs.schema.RelationsTable;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/** The extract stage: {@code documents} into {@code mentions} and {@code relations}. */
public final class ExtractStage implements Stage {
  @Override
  public String name() {
    return "extract";
  }

  @Override
  public List<String> reads() {
    return List.of(DocumentsTable.NAME);
  }

  @Override
  public List<String> writes() {
    return List.of(MentionsTable.NAME, RelationsTable.NAME);
  }

  @Override
  public String run(SparkSession spark, PipelineOptions options, RunReport report) {
    Extraction.Result r = new Extraction(spark).run(options, report);
    return String.format("%d documents read, %d skipped (not English): %d mentions, %d relations",
        r.documentsRead, r.skippedNotEnglish, r.mentions, r.relations);
  }
}
