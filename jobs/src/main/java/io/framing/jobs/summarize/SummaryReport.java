package io.framing.jobs.summarize;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.framing.frames.Frame;
import io.framing.relations.ConflictSides;
import io.framing.relations.RelationType;
import io.framing.jobs.ExitCode;
import io.framing.jobs.FramingException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;

/**
 * The {@code report/} directory: four PNG charts and {@code index.html}. Every chart is drawn
 * from a small aggregate (parties x relation types, parties x frames, days x 2, the top actors'
 * stance rows); only those aggregated rows reach the driver, never documents.
 */
final class SummaryReport {
  /** How many parties the per-party charts show (the most active, by relations). */
  static final int MAX_PARTIES = 8;
  /** How many actors the stance matrix shows (the most active, by documents). */
  static final int MAX_ACTORS = 16;
  /** How many typical evidence sentences the page shows per party. */
  static final int EXAMPLES = 3;

  static final String PROFILE_PNG = "relation_profile.png";
  static final String FRAMES_PNG = "frame_shares.png";
  static final String TIMELINE_PNG = "timeline.png";
  static final String STANCE_PNG = "stance_matrix.png";

  private final SparkSession spark;
  private final Summarizers scorers;
  private final PartyNames names;

  /** {@code scorers}: the driver's, for the dictionary's party names and the conflict's sides. */
  SummaryReport(SparkSession spark, Summarizers scorers) {
    this.spark = spark;
    this.scorers = scorers;
    this.names = new PartyNames(scorers.dictionary());
  }

  void write(Dataset<Row> documents, Dataset<Row> relations, Dataset<Row> stance, String reportDir) {
    ConflictSides sides = scorers.sides();
    List<String> parties = topParties(relations);

    // (a) relation types per party toward each side
    List<String> targets = relations.select("target_country").distinct().filter(col("target_country").isNotNull())
        .as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    Column side = lit(null).cast("string");
    for (String party : sides.countries()) {
      List<String> members = new ArrayList<>();
      for (String t : targets) {
        if (sides.sameSide(t, party)) {
          members.add(t);
        }
      }
      if (!members.isEmpty()) {
        side = when(col("target_country").isin(members.toArray()), lit(party)).otherwise(side);
      }
    }
    List<Row> profile = relations.filter(col("source_country").isin(parties.toArray()))
        .withColumn("side", side).filter(col("side").isNotNull())
        .groupBy("source_country", "side", "relation").agg(count(lit(1)).as("n")).collectAsList();

    // (b) frame shares per party
    List<Row> frames = relations.filter(col("source_country").isin(parties.toArray()))
        .withColumn("frame", explode(col("frames")))
        .groupBy("source_country", "frame").agg(count(lit(1)).as("n")).collectAsList();

    // (c) daily hostile vs conciliatory relations
    List<String> hostile = new ArrayList<>();
    List<String> conciliatory = new ArrayList<>();
    for (RelationType t : RelationType.values()) {
      if (t.hostile()) {
        hostile.add(t.name());
      } else if (t == RelationType.SUPPORT || t == RelationType.APPEAL || t == RelationType.MEDIATE) {
        conciliatory.add(t.name());
      }
    }
    List<Row> timeline = relations.filter(col("day").isNotNull())
        .groupBy("day").agg(
            sum(when(col("relation").isin(hostile.toArray()), 1).otherwise(0)).cast("long").as("hostile"),
            sum(when(col("relation").isin(conciliatory.toArray()), 1).otherwise(0)).cast("long").as("conciliatory"))
        .orderBy("day").collectAsList();

    // (d) stance of the most active actors toward the parties
    List<Row> actors = stance.groupBy("source_actor", "source_country", "source_role")
        .agg(sum("n_documents").as("docs"), sum("n_relations").as("rels"))
        .orderBy(desc("docs"), desc("rels"), col("source_actor")).limit(MAX_ACTORS).collectAsList();
    List<String> actorNames = new ArrayList<>();
    actors.forEach(a -> actorNames.add(a.getString(0)));
    List<Row> matrix = stance.filter(col("source_actor").isin(actorNames.toArray()))
        .select("source_actor", "source_country", "target_country", "stance", "score").collectAsList();

    List<Row> examples = typicalSentences(documents, relations, parties);

    Path dir = new Path(reportDir);
    try {
      FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
      fs.mkdirs(dir);
      SummaryCharts charts = new SummaryCharts(names);
      writeBytes(fs, new Path(dir, PROFILE_PNG), charts.profile(parties, sides.countries(), profile));
      writeBytes(fs, new Path(dir, FRAMES_PNG), charts.frameShares(parties, frames));
      writeBytes(fs, new Path(dir, TIMELINE_PNG), charts.timeline(timeline));
      writeBytes(fs, new Path(dir, STANCE_PNG), charts.stanceMatrix(actors, matrix));
      writeBytes(fs, new Path(dir, "index.html"),
          ReportPage.html(names, parties, examples).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new FramingException(ExitCode.STAGE_FAILED, "Cannot write the report under " + reportDir + ": " + e.getMessage(), e);
    }
  }

  /** The most active source parties (by relations), at most {@link #MAX_PARTIES}, INT left out. */
  private static List<String> topParties(Dataset<Row> relations) {
    List<String> parties = new ArrayList<>();
    for (Row r : relations.filter(col("source_country").notEqual("INT")).groupBy("source_country")
        .agg(count(lit(1)).as("n")).orderBy(desc("n"), col("source_country")).limit(MAX_PARTIES).collectAsList()) {
      parties.add(r.getString(0));
    }
    return parties;
  }

  /**
   * Each party's most typical evidence sentences: a relation scores the share of its type among
   * the party's relations plus the shares of its frames among the party's frames, so the top
   * sentences show the party's usual act in its usual frames. Ties go to the higher confidence,
   * then the doc_id. Rows: source_country, doc_id, relation, evidence, frames, rank, and the
   * document's url and title.
   */
  private List<Row> typicalSentences(Dataset<Row> documents, Dataset<Row> relations, List<String> parties) {
    Dataset<Row> rel = relations.filter(col("source_country").isin(parties.toArray()));
    Dataset<Row> totals = rel.groupBy("source_country").agg(count(lit(1)).as("total"));
    Dataset<Row> typeShare = rel.groupBy("source_country", "relation").agg(count(lit(1)).as("n_type"))
        .join(totals, "source_country")
        .select(col("source_country").as("t_country"), col("relation").as("t_relation"),
            col("n_type").divide(col("total")).as("type_share"));
    Dataset<Row> exploded = rel.select(col("relation_id"), col("source_country"), explode(col("frames")).as("frame"));
    Dataset<Row> frameTotals = exploded.groupBy("source_country").agg(count(lit(1)).as("frame_total"));
    Dataset<Row> frameShare = exploded.groupBy("source_country", "frame").agg(count(lit(1)).as("n_frame"))
        .join(frameTotals, "source_country")
        .select(col("source_country").as("f_country"), col("frame").as("f_frame"),
            col("n_frame").divide(col("frame_total")).as("frame_share"));
    Dataset<Row> frameScore = exploded.join(frameShare,
            col("source_country").equalTo(col("f_country")).and(col("frame").equalTo(col("f_frame"))))
        .groupBy(col("relation_id").as("fs_id")).agg(sum("frame_share").as("frame_score"));
    Dataset<Row> scored = rel.join(typeShare,
            col("source_country").equalTo(col("t_country")).and(col("relation").equalTo(col("t_relation"))))
        .join(frameScore, col("relation_id").equalTo(col("fs_id")), "left")
        .withColumn("typicality", col("type_share").plus(org.apache.spark.sql.functions.coalesce(col("frame_score"), lit(0.0))))
        .dropDuplicates("source_country", "evidence");
    return scored.withColumn("rank", row_number().over(Window.partitionBy("source_country")
            .orderBy(desc("typicality"), desc("confidence"), col("doc_id"), col("relation_id"))))
        .filter(col("rank").leq(EXAMPLES))
        .join(documents.select(col("doc_id").as("d_doc_id"), col("url"), col("title")),
            col("doc_id").equalTo(col("d_doc_id")), "left")
        .select("source_country", "doc_id", "relation", "evidence", "frames", "rank", "url", "title")
        .orderBy("source_country", "rank").collectAsList();
  }

  private static void writeBytes(FileSystem fs, Path path, byte[] bytes) throws IOException {
    try (OutputStream out = fs.create(path, true)) {
      out.write(bytes);
    }
  }

  /** Frame labels by name, for the charts. */
  static Map<String, String> frameLabels() {
    Map<String, String> m = new LinkedHashMap<>();
    for (Frame f : Frame.values()) {
      m.put(f.name(), f.label());
    }
    return m;
  }
}
