package io.framing.jobs.ingest;

import io.framing.jobs.PipelineOptions;
import io.framing.jobs.Stage;
import io.framing.jobs.ingest.Ingestion.Result;
import io.framing.jobs.report.FileCounts;
import io.framing.jobs.report.RunReport;
import io.framing.jobs.schema.DocumentsTable;
import io.framing.jobs.schema.RejectsTable;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/** The ingest stage: inputs into {@code documents} and {@code rejects}. */
public final class IngestStage implements Stage {
  @Override
  public String name() {
    return "ingest";
  }

  /** None: its input is files. (It carries forward its own earlier {@code rejects} when there are some.) */
  @Override
  public List<String> reads() {
    return List.of();
  }

  @Override
  public List<String> writes() {
    return List.of(DocumentsTable.NAME, RejectsTable.NAME);
  }

  @Override
  public String run(SparkSession spark, PipelineOptions options, RunReport report) {
    Result r = new Ingestion(spark, new LanguageFiller()).run(options, report);
    long read = r.files.stream().mapToLong(FileCounts::read).sum();
    long folded = r.files.stream().mapToLong(FileCounts::folded).sum();
    return String.format("%d files parsed (%d already ingested, skipped), %d records read: %d documents written"
        + " (incl. carried originals), %d rejects %s, %d folded duplicates",
        r.files.size(), r.alreadyIngested, read, r.documents, r.rejects,
        r.rejectsByReason.isEmpty() ? "" : r.rejectsByReason, folded);
  }
}
