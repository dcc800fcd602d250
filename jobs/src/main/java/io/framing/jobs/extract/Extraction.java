package io.framing.jobs.extract;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.framing.jobs.ExitCode;
import io.framing.jobs.FramingException;
import io.framing.jobs.PipelineOptions;
import io.framing.jobs.io.DataBundle;
import io.framing.jobs.io.Tables;
import io.framing.jobs.report.RunReport;
import io.framing.jobs.schema.DocumentsTable;
import io.framing.jobs.schema.MentionsTable;
import io.framing.jobs.schema.RelationsTable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the extract stage ({@link ExtractStage}) does, on one session: read {@code documents}, keep English (and undetermined or unknown)
 * documents, run the core's {@code DocumentExtractor} over them on the executors, and write
 * {@code mentions} and {@code relations}, both partitioned by {@code day}.
 *
 * <p>The dictionaries travel with the stage: the driver reads {@code --data-dir} into the
 * pipeline's {@link DataBundle}, broadcasts it, and each executor JVM builds its extractor from
 * it once ({@link ExtractorHolder}).
 */
public final class Extraction {
  private static final Logger LOG = LoggerFactory.getLogger(Extraction.class);

  /** Languages extracted; a null language (not given, not detected) is extracted too. */
  public static final String[] LANGUAGES = {"en", "und"};

  private final SparkSession spark;

  public Extraction(SparkSession spark) {
    this.spark = spark;
  }

  /** What extract read and wrote. */
  public static final class Result {
    public final long documentsRead;
    public final long skippedNotEnglish;
    public final long mentions;
    public final long relations;

    Result(long documentsRead, long skippedNotEnglish, long mentions, long relations) {
      this.documentsRead = documentsRead;
      this.skippedNotEnglish = skippedNotEnglish;
      this.mentions = mentions;
      this.relations = relations;
    }
  }

  public Result run(PipelineOptions options, RunReport report) {
    String out = options.output();
    DataBundle bundle = DataBundle.read(options.dataDir(), spark.sparkContext().hadoopConfiguration());
    LOG.info("extract: data bundle {}", bundle);
    checkLoads(bundle);

    // With the schema given, a window without documents reads as an empty table.
    Dataset<Row> documents = spark.read().schema(DocumentsTable.SCHEMA).parquet(Tables.path(out, DocumentsTable.NAME))
        .filter(Tables.dayInWindow(options.since(), options.until()));
    Row counts = documents.agg(count(lit(1)), sum(when(isExtracted(), 0).otherwise(1))).first();
    long read = counts.getLong(0);
    long skipped = counts.isNullAt(1) ? 0 : counts.getLong(1);
    LOG.info("extract: {} documents, {} skipped (language not English)", read, skipped);

    Broadcast<DataBundle> shipped = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(bundle);
    Dataset<Row> english = documents.filter(isExtracted()).select(columns());
    int partitions = partitionsFor(read - skipped, spark.sparkContext().defaultParallelism());
    LOG.info("extract: {} documents to extract in {} partitions", read - skipped, partitions);
    // Both tables come from one extraction, kept on local disk only: a deserialized in-memory
    // cache is unrolled a whole partition at a time, which made a task's heap grow with it.
    Dataset<Row> extracted = english
        .repartition(partitions, col("doc_id"))
        .mapPartitions(new ExtractPartition(shipped), Encoders.row(ExtractionRows.SCHEMA))
        .persist(StorageLevel.DISK_ONLY());
    try {
      Tables.writeByDay(extracted.filter(col("mention").isNotNull()).select("mention.*"), out, MentionsTable.NAME,
          "sentence_idx", "char_start", "char_end", "actor");
      Tables.writeByDay(extracted.filter(col("relation").isNotNull()).select("relation.*"), out, RelationsTable.NAME,
          "sentence_idx", "char_start", "relation_id");
      Row written = extracted.agg(count(col("mention")), count(col("relation"))).first();
      Result result = new Result(read, skipped, written.getLong(0), written.getLong(1));
      report.tableCount(MentionsTable.NAME, result.mentions);
      report.tableCount(RelationsTable.NAME, result.relations);
      report.stageCount("extract", "documents_read", result.documentsRead);
      report.stageCount("extract", "documents_skipped_not_english", result.skippedNotEnglish);
      report.stageCount("extract", "documents_extracted", result.documentsRead - result.skippedNotEnglish);
      report.stageCount("extract", "mentions", result.mentions);
      report.stageCount("extract", "relations", result.relations);
      LOG.info("extract: wrote {} mentions and {} relations", result.mentions, result.relations);
      return result;
    } finally {
      extracted.unpersist();
      shipped.destroy();
    }
  }

  /** Documents per extraction task; a task's time, not its memory, grows with it. */
  static final int DOCUMENTS_PER_PARTITION = 10_000;

  /**
   * How many extraction tasks: enough that none holds more than {@link #DOCUMENTS_PER_PARTITION}
   * documents (so a failed task costs little to redo and progress is visible), and at least two
   * per core so that both cores stay busy on a small corpus.
   */
  static int partitionsFor(long documents, int parallelism) {
    if (documents < 0) {
      throw new IllegalArgumentException("documents must be >= 0, got " + documents);
    }
    long byDocuments = (documents + DOCUMENTS_PER_PARTITION - 1) / DOCUMENTS_PER_PARTITION;
    return (int) Math.min(Integer.MAX_VALUE, Math.max(byDocuments, 2L * Math.max(1, parallelism)));
  }

  /** Loads the extractor on the driver once, so that bad dictionaries fail before any task. */
  private static void checkLoads(DataBundle bundle) {
    try {
      ExtractorHolder.get(bundle);
    } catch (RuntimeException e) {
      throw new FramingException(ExitCode.STAGE_FAILED, "The dictionaries under " + bundle.source()
          + " do not load: " + e.getMessage(), e);
    }
  }

  /** {@code lang} is English, undetermined, or unknown. */
  static Column isExtracted() {
    return col("lang").isNull().or(col("lang").isin((Object[]) LANGUAGES));
  }

  private static Column[] columns() {
    List<Column> cols = new ArrayList<>();
    for (String c : DocumentsTable.COLUMNS) {
      cols.add(col(c));
    }
    cols.add(col("day"));
    return cols.toArray(new Column[0]);
  }
}
