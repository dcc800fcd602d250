package io.framing.jobs.summarize;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode_outer;
import static org.apache.spark.sql.functions.lit;

import io.framing.jobs.ExitCode;
import io.framing.jobs.FramingException;
import io.framing.jobs.PipelineOptions;
import io.framing.jobs.Stage;
import io.framing.jobs.io.DataBundle;
import io.framing.jobs.io.Tables;
import io.framing.jobs.report.RunReport;
import io.framing.jobs.schema.DocumentsTable;
import io.framing.jobs.schema.FramingSummaryTable;
import io.framing.jobs.schema.RelationsTable;
import io.framing.jobs.schema.SentimentTable;
import io.framing.jobs.schema.StanceTable;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The summarize stage: sentiment per sentence, document and relation; frames per relation;
 * stance per (source actor, target country); the framing summary; and the {@code report/}
 * charts and page. Reads {@code documents} and {@code relations} (written by ingest and
 * extract), writes {@code sentiment}, {@code stance}, {@code framing_summary}, and rewrites
 * {@code documents} and {@code relations} with their sentiment and frames filled: the new
 * tables are written beside the old ones and swapped in at the end, so no job reads and
 * overwrites one path.
 */
public final class SummarizeStage implements Stage {
  private static final Logger LOG = LoggerFactory.getLogger(SummarizeStage.class);
  /** Where the rewritten tables wait before the swap. */
  static final String STAGING = "_summarize_staging";
  public static final String REPORT_DIR = "report";

  @Override
  public String name() {
    return "summarize";
  }

  @Override
  public List<String> reads() {
    return List.of(DocumentsTable.NAME, RelationsTable.NAME);
  }

  /** Its own tables, and {@code documents} and {@code relations} rewritten with their scores. */
  @Override
  public List<String> writes() {
    return List.of(SentimentTable.NAME, StanceTable.NAME, FramingSummaryTable.NAME, DocumentsTable.NAME,
        RelationsTable.NAME);
  }

  @Override
  public String run(SparkSession spark, PipelineOptions options, RunReport report) {
    String out = options.output();
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    // The pipeline's one data bundle, read on the driver and broadcast as extract's is: executors
    // never read --data-dir. Loaded here first, so that a bad cue file fails with its file and line.
    DataBundle bundle = DataBundle.read(options.dataDir(), conf);
    Summarizers scorers = loadOnDriver(bundle);
    Broadcast<DataBundle> shipped = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(bundle);
    // Both tables are there: the command's stage chain was checked before Spark started.
    Dataset<Row> documents = read(spark, Tables.path(out, DocumentsTable.NAME), DocumentsTable.SCHEMA);
    Dataset<Row> relations = read(spark, Tables.path(out, RelationsTable.NAME), RelationsTable.SCHEMA);
    // Inside this run's own output (never the published tables'), beside the tables it replaces.
    String staging = new org.apache.hadoop.fs.Path(out, STAGING).toString();

    // 1. Sentiment: one pass over the texts, with the acts each one carries, gives sentence rows
    //    and document scores.
    Dataset<Row> scored = ScoreDocuments.withActs(documents, relations)
        .flatMap(new ScoreDocuments(shipped), Encoders.row(SentimentTable.SCORED))
        .persist(StorageLevel.DISK_ONLY());
    Dataset<Row> relationsScored = null;
    try {
      Dataset<Row> sentences = scored.filter(col("level").equalTo(SentimentTable.SENTENCE))
          .select(columns(SentimentTable.SCHEMA.fieldNames()));
      Tables.write(sentences.orderBy("doc_id", "sentence_idx"), out, SentimentTable.NAME);
      Dataset<Row> docScores = scored.filter(col("level").equalTo(SentimentTable.DOCUMENT))
          .select(col("doc_id").as("scored_doc_id"), col("compound").as("doc_sentiment"),
              col("vader_compound").as("doc_vader_compound"));
      Dataset<Row> newDocuments = documents.join(docScores, col("doc_id").equalTo(col("scored_doc_id")), "left")
          .withColumn("sentiment", col("doc_sentiment"))
          .withColumn("vader_compound", col("doc_vader_compound"))
          .select(columns(DocumentsTable.SCHEMA.fieldNames()));
      Tables.writeByDay(newDocuments, staging, DocumentsTable.NAME);

      // 2. Relations: sentiment and frames of the evidence clause.
      Tables.writeByDay(relations.map(new ScoreRelations(shipped), Encoders.row(RelationsTable.SCHEMA))
          .select(columns(RelationsTable.SCHEMA.fieldNames())), staging, RelationsTable.NAME);
      relationsScored = read(spark, Tables.path(staging, RelationsTable.NAME), RelationsTable.SCHEMA)
          .persist(StorageLevel.DISK_ONLY());

      // 3. Stance: votes of relations and tweets, endorsements of retweets, then one row a pair.
      Dataset<Row> stance = StanceOfPairs.table(documents, relationsScored, shipped);
      Tables.write(stance, out, StanceTable.NAME);

      // 4. The framing summary.
      Dataset<Row> summary = framingSummary(relationsScored);
      Tables.write(summary, out, FramingSummaryTable.NAME);

      // 5. Charts and the report page, from small aggregates.
      Dataset<Row> stanceWritten = spark.read().schema(StanceTable.SCHEMA).parquet(Tables.path(out, StanceTable.NAME));
      new SummaryReport(spark, scorers).write(documents, relationsScored, stanceWritten, new Path(out, REPORT_DIR).toString());

      long nSentences = spark.read().parquet(Tables.path(out, SentimentTable.NAME)).count();
      long nStance = stanceWritten.count();
      long nSummary = spark.read().parquet(Tables.path(out, FramingSummaryTable.NAME)).count();
      long nRelations = relationsScored.count();
      long framed = relationsScored.filter(org.apache.spark.sql.functions.size(col("frames")).gt(0)).count();
      relationsScored.unpersist();
      relationsScored = null;

      // 6. Swap the rewritten tables in.
      swap(conf, staging, out, DocumentsTable.NAME);
      swap(conf, staging, out, RelationsTable.NAME);
      delete(conf, staging);

      report.tableCount(SentimentTable.NAME, nSentences);
      report.tableCount(StanceTable.NAME, nStance);
      report.tableCount(FramingSummaryTable.NAME, nSummary);
      return String.format("%d sentences scored, %d relations (%d with frames), %d stance rows, %d summary rows, charts in %s/",
          nSentences, nRelations, framed, nStance, nSummary, REPORT_DIR);
    } finally {
      shipped.destroy();
      scored.unpersist();
      if (relationsScored != null) {
        relationsScored.unpersist();
      }
    }
  }

  private static Summarizers loadOnDriver(DataBundle bundle) {
    try {
      return Summarizers.of(bundle);
    } catch (RuntimeException e) {
      throw new FramingException(ExitCode.STAGE_FAILED, "The lexicons and cue files under " + bundle.source()
          + " do not load: " + e.getMessage(), e);
    }
  }

  /** The {@code framing_summary} table from scored relations. */
  static Dataset<Row> framingSummary(Dataset<Row> relations) {
    return relations.withColumn("frame", explode_outer(col("frames")))
        .groupBy("day", "source_country", "source_role", "target_country", "relation", "frame")
        .agg(count(lit(1)).as("n_relations"), countDistinct("doc_id").as("n_documents"),
            avg("sentiment").as("mean_sentiment"))
        .select(columns(FramingSummaryTable.SCHEMA.fieldNames()))
        .orderBy(col("day").asc_nulls_first(), col("source_country"), col("source_role"),
            col("target_country").asc_nulls_first(), col("relation"), col("frame").asc_nulls_first());
  }

  /**
   * A table in its schema's column order: a table partitioned by {@code day} reads back with
   * {@code day} last, and the rewritten tables are written in the schema's order.
   */
  private static Dataset<Row> read(SparkSession spark, String path, StructType schema) {
    return spark.read().schema(schema).parquet(path).select(columns(schema.fieldNames()));
  }

  static Column[] columns(String[] names) {
    return Arrays.stream(names).map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
  }

  /** Replaces {@code out/table} by the rewritten {@code staging/table}. */
  private static void swap(Configuration conf, String staging, String out, String table) {
    try {
      Tables.replace(out, table, staging, conf);
    } catch (IOException e) {
      throw new FramingException(ExitCode.STAGE_FAILED, "Cannot swap in the new " + table + " table: " + e.getMessage(), e);
    }
  }

  private static void delete(Configuration conf, String path) {
    try {
      Path p = new Path(path);
      p.getFileSystem(conf).delete(p, true);
    } catch (IOException e) {
      LOG.warn("summarize: cannot delete {}: {}", path, e.getMessage());
    }
  }
}
