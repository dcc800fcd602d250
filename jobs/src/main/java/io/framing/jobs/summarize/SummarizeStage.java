package io.framing.jobs.summarize;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode_outer;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.framing.jobs.ExitCode;
import io.framing.jobs.FramingException;
import io.framing.jobs.PipelineOptions;
import io.framing.jobs.Stage;
import io.framing.jobs.io.Tables;
import io.framing.jobs.report.RunReport;
import io.framing.jobs.schema.DocumentsTable;
import io.framing.jobs.schema.FramingSummaryTable;
import io.framing.jobs.schema.RelationsTable;
import io.framing.jobs.schema.SentimentTable;
import io.framing.jobs.schema.StanceTable;
import io.framing.stance.StanceTally;
import io.framing.stance.StanceVote;
import java.io.IOException;
import java.util.Arrays;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
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
 *
 * <p>Without a {@code relations} table (extract not run), relations are empty: sentiment is
 * still scored and the other tables are written empty.
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
  public String run(SparkSession spark, PipelineOptions options, RunReport report) {
    String out = options.output();
    String dataDir = Summarizers.candidates(options.dataDir());
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Summarizers.of(dataDir); // fail early, on the driver, with the file and line of a bad cue file
    if (!exists(conf, Tables.path(out, DocumentsTable.NAME))) {
      throw new FramingException(ExitCode.UNREADABLE_INPUT, "No documents table under " + out + ": run ingest first.");
    }
    Dataset<Row> documents = read(spark, Tables.path(out, DocumentsTable.NAME), DocumentsTable.SCHEMA.fieldNames());
    boolean haveRelations = exists(conf, Tables.path(out, RelationsTable.NAME));
    Dataset<Row> relations = haveRelations
        ? read(spark, Tables.path(out, RelationsTable.NAME), RelationsTable.SCHEMA.fieldNames())
        : spark.createDataFrame(java.util.List.of(), RelationsTable.SCHEMA);
    if (!haveRelations) {
      LOG.warn("summarize: no relations table under {} (extract not run): relations are empty", out);
    }
    // Inside this run's own output (never the published tables'), beside the tables it replaces.
    String staging = new org.apache.hadoop.fs.Path(out, STAGING).toString();

    // 1. Sentiment: one pass over the texts gives sentence rows and document scores.
    Dataset<Row> scored = documents.select("doc_id", "corpus", "text")
        .flatMap(new ScoreDocuments(dataDir), Encoders.row(ScoreDocuments.SCHEMA))
        .persist(StorageLevel.DISK_ONLY());
    Dataset<Row> relationsScored = null;
    try {
      Dataset<Row> sentences = scored.filter(col("level").equalTo("S"))
          .select(columns(SentimentTable.SCHEMA.fieldNames()));
      Tables.write(sentences.orderBy("doc_id", "sentence_idx"), out, SentimentTable.NAME);
      Dataset<Row> docScores = scored.filter(col("level").equalTo("D"))
          .select(col("doc_id").as("scored_doc_id"), col("compound").as("doc_sentiment"),
              col("vader_compound").as("doc_vader_compound"));
      Dataset<Row> newDocuments = documents.join(docScores, col("doc_id").equalTo(col("scored_doc_id")), "left")
          .withColumn("sentiment", col("doc_sentiment"))
          .withColumn("vader_compound", col("doc_vader_compound"))
          .select(columns(DocumentsTable.SCHEMA.fieldNames()));
      Tables.writeByDay(newDocuments, staging, DocumentsTable.NAME);

      // 2. Relations: sentiment and frames of the evidence clause.
      Tables.writeByDay(relations.map(new ScoreRelations(dataDir), Encoders.row(RelationsTable.SCHEMA))
          .select(columns(RelationsTable.SCHEMA.fieldNames())), staging, RelationsTable.NAME);
      relationsScored = read(spark, Tables.path(staging, RelationsTable.NAME), RelationsTable.SCHEMA.fieldNames())
          .persist(StorageLevel.DISK_ONLY());

      // 3. Stance: votes of relations and tweets, endorsements of retweets, then one row a pair.
      Dataset<Row> stance = stance(documents, relationsScored, dataDir);
      Tables.write(stance, out, StanceTable.NAME);

      // 4. The framing summary.
      Dataset<Row> summary = framingSummary(relationsScored);
      Tables.write(summary, out, FramingSummaryTable.NAME);

      // 5. Charts and the report page, from small aggregates.
      Dataset<Row> stanceWritten = spark.read().schema(StanceTable.SCHEMA).parquet(Tables.path(out, StanceTable.NAME));
      new SummaryReport(spark, dataDir).write(documents, relationsScored, stanceWritten, new Path(out, REPORT_DIR).toString());

      long nSentences = spark.read().parquet(Tables.path(out, SentimentTable.NAME)).count();
      long nStance = stanceWritten.count();
      long nSummary = spark.read().parquet(Tables.path(out, FramingSummaryTable.NAME)).count();
      long nRelations = relationsScored.count();
      long framed = relationsScored.filter(org.apache.spark.sql.functions.size(col("frames")).gt(0)).count();
      relationsScored.unpersist();
      relationsScored = null;

      // 6. Swap the rewritten tables in.
      swap(conf, staging, out, DocumentsTable.NAME);
      if (haveRelations) {
        swap(conf, staging, out, RelationsTable.NAME);
      }
      delete(conf, staging);

      report.tableCount(SentimentTable.NAME, nSentences);
      report.tableCount(StanceTable.NAME, nStance);
      report.tableCount(FramingSummaryTable.NAME, nSummary);
      return String.format("%d sentences scored, %d relations (%d with frames), %d stance rows, %d summary rows, charts in %s/",
          nSentences, nRelations, framed, nStance, nSummary, REPORT_DIR);
    } finally {
      scored.unpersist();
      if (relationsScored != null) {
        relationsScored.unpersist();
      }
    }
  }

  /** The {@code stance} table from scored relations and the documents' tweets. */
  static Dataset<Row> stance(Dataset<Row> documents, Dataset<Row> relations, String dataDir) {
    Dataset<Row> relationVotes = relations.flatMap(new StanceVotes.OfRelations(dataDir), Encoders.row(StanceTable.VOTES));
    Dataset<Row> tweetRows = documents.filter(col("corpus").equalTo("tweet"))
        .select("doc_id", "author", "author_name", "text", "hashtags", "retweet_of")
        .flatMap(new StanceVotes.OfTweets(dataDir), Encoders.row(StanceTable.VOTES));
    Dataset<Row> own = relationVotes.union(tweetRows.filter(col("vote").isin("FAVOR", "AGAINST", "NONE")));
    Dataset<Row> originalAuthors = tweetRows.filter(col("vote").equalTo(StanceVotes.OfTweets.AUTHOR))
        .select(col("doc_id").as("a_doc_id"), col("source_actor").as("a_actor"), col("source_country").as("a_country"));
    Dataset<Row> retweeters = tweetRows.filter(col("vote").equalTo(StanceVotes.OfTweets.ENDORSE))
        .select(col("doc_id").as("rt_doc_id"), col("source_actor").as("rt_actor"), col("source_country").as("rt_country"),
            col("source_role").as("rt_role"), col("target_country").as("original_id"));
    // A retweet endorses the original author's votes (StanceRules.endorse, as columns): not the
    // retweeter's own votes again, and toward its own country only FAVOR.
    Dataset<Row> authorVotes = own.join(originalAuthors, col("doc_id").equalTo(col("a_doc_id"))
            .and(col("source_actor").equalTo(col("a_actor"))).and(col("source_country").equalTo(col("a_country"))))
        .select(columns(StanceTable.VOTES.fieldNames()));
    Dataset<Row> endorsed = authorVotes.join(retweeters, col("doc_id").equalTo(col("original_id")))
        .filter(col("source_actor").notEqual(col("rt_actor")).or(col("source_country").notEqual(col("rt_country"))))
        .filter(col("target_country").notEqual(col("rt_country")).or(col("vote").equalTo("FAVOR")))
        .select(col("rt_doc_id").as("doc_id"), col("rt_actor").as("source_actor"), col("rt_country").as("source_country"),
            col("rt_role").as("source_role"), col("target_country"), col("vote"),
            lit(StanceVote.Origin.ENDORSEMENT.name()).as("origin"));
    Dataset<Row> votes = own.union(endorsed);
    Dataset<Row> tallies = votes.groupBy("source_actor", "source_country", "source_role", "target_country")
        .agg(sum(when(col("vote").equalTo("FAVOR"), 1).otherwise(0)).cast("long").as("n_favor"),
            sum(when(col("vote").equalTo("AGAINST"), 1).otherwise(0)).cast("long").as("n_against"),
            sum(when(col("vote").equalTo("NONE"), 1).otherwise(0)).cast("long").as("n_none"),
            sum(when(col("origin").equalTo(StanceVote.Origin.RELATION.name()), 1).otherwise(0)).cast("long").as("n_relations"),
            countDistinct("doc_id").as("n_documents"));
    return tallies.map((org.apache.spark.api.java.function.MapFunction<Row, Row>) t -> {
      StanceTally tally = new StanceTally(t.getLong(4), t.getLong(5), t.getLong(6));
      return RowFactory.create(t.getString(0), t.getString(1), t.getString(2), t.getString(3), tally.stance().name(),
          tally.score(), t.getLong(7), t.getLong(8), tally.favor(), tally.against(), tally.none());
    }, Encoders.row(StanceTable.SCHEMA))
        .orderBy("source_country", "source_actor", "source_role", "target_country");
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
   * {@code day} last, and the row functions address columns by position.
   */
  private static Dataset<Row> read(SparkSession spark, String path, String[] columns) {
    StructType schema = DocumentsTable.NAME.equals(new Path(path).getName()) ? DocumentsTable.SCHEMA : RelationsTable.SCHEMA;
    return spark.read().schema(schema).parquet(path).select(columns(columns));
  }

  static Column[] columns(String[] names) {
    return Arrays.stream(names).map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
  }

  private static boolean exists(Configuration conf, String path) {
    try {
      Path p = new Path(path);
      return p.getFileSystem(conf).exists(p);
    } catch (IOException e) {
      throw new FramingException(ExitCode.STAGE_FAILED, "Cannot look at " + path + ": " + e.getMessage(), e);
    }
  }

  /** Replaces {@code out/table} by {@code staging/table}. */
  private static void swap(Configuration conf, String staging, String out, String table) {
    try {
      Path fresh = new Path(staging, table);
      Path old = new Path(out, table);
      FileSystem fs = old.getFileSystem(conf);
      if (fs.exists(old) && !fs.delete(old, true)) {
        throw new IOException("cannot delete " + old);
      }
      if (!fs.rename(fresh, old)) {
        throw new IOException("cannot rename " + fresh + " to " + old);
      }
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
