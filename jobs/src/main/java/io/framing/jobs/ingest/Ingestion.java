package io.framing.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.framing.ingest.IngestPlan;
import io.framing.ingest.InputFileStamp;
import io.framing.jobs.PipelineOptions;
import io.framing.jobs.io.HadoopConf;
import io.framing.jobs.io.Publisher;
import io.framing.jobs.io.Tables;
import io.framing.jobs.report.FileCounts;
import io.framing.jobs.report.RunReport;
import io.framing.jobs.schema.DocumentsTable;
import io.framing.jobs.schema.IngestedFilesTable;
import io.framing.jobs.schema.ParsedRecords;
import io.framing.jobs.schema.RejectsTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the ingest stage ({@link IngestStage}) does, on one session: list the inputs, parse every file once, fold repeated ids (a copy with
 * different text is rejected as {@code conflicting_duplicate} instead), mark repeated article text, then write {@code documents} (partitioned by {@code day}) and {@code rejects},
 * and account for every record read in the run report.
 *
 * <p>Over an output that records the files it ingested ({@code ingested_files}), only the files
 * it has not seen are parsed ({@link IngestPlan}; {@code --reingest} parses all): their ids fold
 * against the published documents, their articles are marked against the published
 * fingerprints ({@link PublishedDocuments}), and only the days their documents fall on are
 * written, each with its published rows; the run report lists the days
 * ({@link RunReport#daysWritten(SortedSet)}), and the run replaces those partitions only.
 */
public final class Ingestion {
  private static final Logger LOG = LoggerFactory.getLogger(Ingestion.class);

  private final SparkSession spark;
  private final LanguageFiller languages;

  public Ingestion(SparkSession spark, LanguageFiller languages) {
    this.spark = spark;
    this.languages = languages;
  }

  /** What ingest wrote, for the caller's summary. */
  public static final class Result {
    public final List<FileCounts> files;
    public final long documents;
    public final long rejects;
    public final Map<String, Long> rejectsByReason;
    /** Input files not parsed: the output holds them already. */
    public final int alreadyIngested;

    Result(List<FileCounts> files, long documents, long rejects, Map<String, Long> rejectsByReason,
        int alreadyIngested) {
      this.alreadyIngested = alreadyIngested;
      this.files = files;
      this.documents = documents;
      this.rejects = rejects;
      this.rejectsByReason = rejectsByReason;
    }
  }

  public Result run(PipelineOptions options, RunReport report) {
    HadoopConf conf = new HadoopConf(spark.sparkContext().hadoopConfiguration());
    Map<String, String> skippedLinks = new java.util.TreeMap<>();
    List<String> listed = InputListing.list(options.inputs(), conf.get(), skippedLinks);
    List<String> inputFiles = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (String f : listed) {
      (InputListing.isDocumentation(f) ? skipped : inputFiles).add(f);
    }
    LOG.info("ingest: {} input files ({} documentation files skipped: {})", inputFiles.size(), skipped.size(), skipped);
    report.inputs(inputFiles);
    report.skippedFiles(skipped);
    report.skippedLinks(skippedLinks);
    if (inputFiles.isEmpty()) {
      throw new io.framing.jobs.FramingException(io.framing.jobs.ExitCode.UNREADABLE_INPUT,
          "No input files left after skipping documentation files " + skipped);
    }

    // Incremental when the output records what it ingested (and --reingest is not given): only
    // files it has not seen are parsed, and their records fold against the published documents.
    IngestedFiles ingested = new IngestedFiles(spark, options.output());
    boolean hasDocuments = Tables.exists(options.output(), DocumentsTable.NAME, conf.get());
    // Read even with --reingest: a windowed reingest keeps a file recorded (below).
    Set<InputFileStamp> recorded = hasDocuments ? new HashSet<>(ingested.recorded()) : Set.of();
    boolean incremental = !options.reingest() && ingested.published() && hasDocuments;
    List<InputFileStamp> stamps = IngestedFiles.stamp(inputFiles, conf.get());
    IngestPlan plan = IngestPlan.of(stamps, recorded, !incremental);
    List<String> files = paths(plan.toParse());
    LOG.info("ingest: {} files to parse, {} already ingested{}", files.size(), plan.alreadyIngested().size(),
        options.reingest() ? " (--reingest: every file)" : incremental ? "" : " (no ingested_files table yet)");
    PublishedDocuments published = incremental
        ? new PublishedDocuments(spark, Tables.path(options.output(), DocumentsTable.NAME)) : null;

    Dataset<Row> parsed = parseFiles(files, conf, options).persist(StorageLevel.DISK_ONLY());
    try {
      Dataset<Row> parsedDocuments = parsed.filter(isDocument()).withColumn(FoldRepeatedIds.PUBLISHED, lit(false));
      // With no file to parse there is nothing to fold or mark against the published documents, and
      // reading their text for fingerprints would cost a pass over the whole corpus for nothing.
      boolean againstPublished = published != null && !files.isEmpty();
      Dataset<Row> copies = !againstPublished ? parsedDocuments
          : parsedDocuments.unionByName(published.copiesOf(parsedDocuments));
      // Published copies only decide the fold; they are neither counted nor written again here.
      Dataset<Row> ranked = ConflictingDuplicates.withKept(FoldRepeatedIds.rank(copies))
          .filter(col(FoldRepeatedIds.PUBLISHED).equalTo(false));
      Dataset<Row> rejects = parsed.filter(col("outcome").equalTo(ParsedRecords.REJECT)).select(rejectColumns())
          .unionByName(ConflictingDuplicates.rejects(ranked));
      Dataset<Row> held = parsed.filter(col("outcome").equalTo(ParsedRecords.HELD))
          .select(col("input_file"), col("record_number").as("held"));

      Dataset<Row> kept = ranked.filter(FoldRepeatedIds.kept());
      Dataset<Row> documents = (!againstPublished ? MarkRepeatedText.apply(kept) : published.markRepeatedText(kept))
          .withColumn("sentiment", lit(null).cast(DataTypes.DoubleType))
          .withColumn("vader_compound", lit(null).cast(DataTypes.DoubleType))
          .select(documentColumns())
          .persist(StorageLevel.DISK_ONLY());

      // The window: documents of other days are not written (their partitions stay as they are);
      // documents without a day are written only when no window is given.
      Column inWindow = Tables.dayInWindow(options.since(), options.until());
      Row windowCounts = documents.agg(count(lit(1)), sum(when(col("day").isNull(), 1).otherwise(0)),
          sum(when(inWindow, 1).otherwise(0))).first();
      long allDocuments = windowCounts.getLong(0);
      long withoutDay = windowCounts.isNullAt(1) ? 0 : windowCounts.getLong(1);
      long written = windowCounts.isNullAt(2) ? 0 : windowCounts.getLong(2);
      LOG.info("ingest: window {}: {} of {} documents in it ({} without a day, {})", options.windowLabel(), written,
          allDocuments, withoutDay, options.hasWindow() ? "left out" : "kept");
      long republished = 0;
      if (published == null) {
        Tables.writeByDay(documents.filter(inWindow), options.output(), DocumentsTable.NAME);
      } else {
        // Only the days the new documents fall on are rewritten, each with its published rows.
        SortedSet<String> days = daysOf(documents.filter(inWindow));
        Dataset<Row> again = published.ofDays(days).persist(StorageLevel.DISK_ONLY());
        republished = again.count();
        Tables.writeByDay(documents.filter(inWindow).unionByName(again), options.output(), DocumentsTable.NAME);
        again.unpersist();
        report.daysWritten(days);
        LOG.info("ingest: incremental: {} new documents on {} days {}, written with their {} published documents",
            written, days.size(), days, republished);
      }
      // Rejects belong to their input file, whatever the window: the run's rejects replace those of
      // the files it read; the published rejects of files it did not read are kept.
      Dataset<Row> keptRejects = rejectsOfOtherFiles(options, files);
      Tables.write(rejects.unionByName(keptRejects).orderBy("input_file", "record_number"), options.output(),
          RejectsTable.NAME);

      List<FileCounts> counts = withEmptyFiles(files,
          FileAccounting.compute(ranked.filter(org.apache.spark.sql.functions.not(ConflictingDuplicates.conflicting())),
              rejects, held));
      report.fileCounts(counts);
      report.alreadyIngested(paths(plan.alreadyIngested()));
      // A file is recorded as ingested once all its documents are published: one with documents
      // outside the window (or without a day, in a windowed run) is read again by a later run,
      // unless the same file (path, size, time) was recorded before: then its documents outside
      // the window are published already, from the same bytes (a windowed --reingest).
      Set<String> partlyWritten = filesOf(documents.filter(org.apache.spark.sql.functions.not(inWindow)));
      List<InputFileStamp> complete = new ArrayList<>();
      for (InputFileStamp s : plan.toParse()) {
        if (!partlyWritten.contains(s.path()) || recorded.contains(s)) {
          complete.add(s);
        }
      }
      long ingestedFiles = ingested.write(files, complete, report.json().path("run_id").asText(null));
      Map<String, Long> byReason = rejects.groupBy("reason_code").count().collectAsList().stream()
          .collect(Collectors.toMap(r -> r.getString(0), r -> r.getLong(1), Long::sum, LinkedHashMap::new));
      long documentCount = written + republished;
      report.stageCount("ingest", "files_parsed", files.size());
      report.stageCount("ingest", "files_already_ingested", plan.alreadyIngested().size());
      report.stageCount("ingest", "files_left_to_read_again", plan.toParse().size() - complete.size());
      report.stageCount("ingest", "documents", allDocuments);
      report.stageCount("ingest", "documents_in_window", written);
      report.stageCount("ingest", "documents_outside_window", allDocuments - written - (options.hasWindow() ? withoutDay : 0));
      report.stageCount("ingest", options.hasWindow() ? "documents_without_day_left_out" : "documents_without_day_kept",
          withoutDay);
      if (published != null) {
        report.stageCount("ingest", "documents_republished_on_days_written", republished);
      }
      long rejectCount = counts.stream().mapToLong(FileCounts::rejected).sum();
      report.tableCount(DocumentsTable.NAME, documentCount);
      long keptRejectCount = keptRejects.count();
      report.stageCount("ingest", "rejects_kept_of_files_not_read", keptRejectCount);
      report.tableCount(RejectsTable.NAME, rejectCount + keptRejectCount);
      report.tableCount(IngestedFilesTable.NAME, ingestedFiles);
      report.rejectsByReason(byReason);
      for (FileCounts c : counts) {
        LOG.info("ingest: {} read={} accepted={} rejected={} folded={} carried={}", c.inputFile(),
            c.read(), c.accepted(), c.rejected(), c.folded(), c.carried());
      }
      documents.unpersist();
      return new Result(counts, documentCount, rejectCount, byReason, plan.alreadyIngested().size());
    } finally {
      parsed.unpersist();
    }
  }

  private static List<String> paths(List<InputFileStamp> stamps) {
    return stamps.stream().map(InputFileStamp::path).collect(Collectors.toList());
  }

  /** The distinct {@code day} partition values of {@code documents} (one row per day reaches the driver). */
  private static SortedSet<String> daysOf(Dataset<Row> documents) {
    SortedSet<String> days = new TreeSet<>();
    for (Row r : documents.select(col("day")).distinct().collectAsList()) {
      days.add(r.isNullAt(0) ? Publisher.NULL_PARTITION : r.getDate(0).toLocalDate().toString());
    }
    return days;
  }

  /** The distinct input files of {@code documents} (one row per file reaches the driver). */
  private static Set<String> filesOf(Dataset<Row> documents) {
    Set<String> files = new HashSet<>();
    for (Row r : documents.select(col("input_file")).distinct().collectAsList()) {
      files.add(r.getString(0));
    }
    return files;
  }

  /** The published rejects of input files this run did not read (none when nothing is published). */
  private Dataset<Row> rejectsOfOtherFiles(PipelineOptions options, List<String> files) {
    String published = Tables.path(options.output(), RejectsTable.NAME);
    if (!Tables.exists(options.output(), RejectsTable.NAME, spark.sparkContext().hadoopConfiguration())) {
      return spark.createDataFrame(List.of(), RejectsTable.SCHEMA);
    }
    Dataset<Row> read = spark.createDataset(files, Encoders.STRING()).toDF("input_file");
    return spark.read().schema(RejectsTable.SCHEMA).parquet(published).join(read, "input_file", "left_anti")
        .select(rejectColumns());
  }

  /** Above this many input files, files share parsing tasks. */
  static final int MAX_PARSE_TASKS = 512;

  /**
   * How many parsing tasks: one per file up to {@link #MAX_PARSE_TASKS} (or two per core, if
   * more), so that progress is reported and a failed task is redone file by file (a 2 GB corpus
   * in 4 tasks showed no progress for 10 minutes); beyond it, many small files share a task.
   */
  static int parseTasksFor(int files, int parallelism) {
    if (files < 0) {
      throw new IllegalArgumentException("files must be >= 0, got " + files);
    }
    return Math.max(1, Math.min(files, Math.max(MAX_PARSE_TASKS, 2 * parallelism)));
  }

  /** Each file is read by exactly one task, in a stable order. */
  Dataset<Row> parseFiles(List<String> files, HadoopConf conf, PipelineOptions options) {
    int partitions = parseTasksFor(files.size(), spark.sparkContext().defaultParallelism());
    return spark.createDataset(files, Encoders.STRING())
        .repartition(partitions)
        .mapPartitions(new ParseInputFiles(conf, options.readerOptions(), options.format(), languages),
            Encoders.row(ParsedRecords.SCHEMA));
  }

  private static Column isDocument() {
    return col("outcome").equalTo(ParsedRecords.DOCUMENT);
  }

  private static Column[] documentColumns() {
    return java.util.Arrays.stream(DocumentsTable.SCHEMA.fieldNames()).map(org.apache.spark.sql.functions::col)
        .toArray(Column[]::new);
  }

  private static Column[] rejectColumns() {
    return java.util.Arrays.stream(RejectsTable.SCHEMA.fieldNames()).map(org.apache.spark.sql.functions::col)
        .toArray(Column[]::new);
  }

  /** Files that held no record at all still appear in the report, with zeros. */
  private static List<FileCounts> withEmptyFiles(List<String> files, List<FileCounts> counted) {
    Map<String, FileCounts> byFile = new LinkedHashMap<>();
    for (String f : files) {
      byFile.put(f, new FileCounts(f, 0, 0, 0, 0, 0));
    }
    for (FileCounts c : counted) {
      byFile.put(c.inputFile(), c);
    }
    return new ArrayList<>(byFile.values());
  }
}
