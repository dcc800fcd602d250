package io.framing.jobs.schema;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import io.framing.stance.Stance;
import io.framing.stance.StanceRow;
import io.framing.stance.StanceVote;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code stance} table: one row per (source actor, target country) over the whole corpus,
 * and the vote counts behind it ({@code n_favor}, {@code n_against}, {@code n_none}: extra
 * columns). Also the two intermediate datasets summarize builds it from: the votes (one per
 * piece of evidence) and the tweets' authors (whose retweets endorse an original's votes).
 * Rows are read and built by column name.
 */
public final class StanceTable {
  private StanceTable() {}

  public static final String NAME = "stance";

  public static final StructType SCHEMA = createStructType(new StructField[] {
      createStructField("source_actor", StringType, false),
      createStructField("source_country", StringType, false),
      createStructField("source_role", StringType, false),
      createStructField("target_country", StringType, false),
      createStructField("stance", StringType, false),
      createStructField("score", DoubleType, false),
      createStructField("n_relations", LongType, false),
      createStructField("n_documents", LongType, false),
      createStructField("n_favor", LongType, false),
      createStructField("n_against", LongType, false),
      createStructField("n_none", LongType, false)});

  /** The intermediate vote rows ({@link StanceVote}s), before aggregation. */
  public static final StructType VOTES = createStructType(new StructField[] {
      createStructField("doc_id", StringType, false),
      createStructField("source_actor", StringType, false),
      createStructField("source_country", StringType, false),
      createStructField("source_role", StringType, false),
      createStructField("target_country", StringType, false),
      createStructField("vote", StringType, false),
      createStructField("origin", StringType, false)});

  /** A tweet's resolved author; {@code retweet_of} is the original's doc_id for a retweet. */
  public static final StructType TWEET_AUTHORS = createStructType(new StructField[] {
      createStructField("doc_id", StringType, false),
      createStructField("actor", StringType, false),
      createStructField("country", StringType, false),
      createStructField("role", StringType, false),
      createStructField("retweet_of", StringType, true)});

  /** A {@link #SCHEMA} row. */
  public static Row row(StanceRow s) {
    return new RowBuilder(SCHEMA)
        .set("source_actor", s.sourceActor())
        .set("source_country", s.sourceCountry())
        .set("source_role", s.sourceRole())
        .set("target_country", s.targetCountry())
        .set("stance", s.stance().name())
        .set("score", s.score())
        .set("n_relations", s.nRelations())
        .set("n_documents", s.nDocuments())
        .set("n_favor", s.tally().favor())
        .set("n_against", s.tally().against())
        .set("n_none", s.tally().none())
        .build();
  }

  /** A {@link #VOTES} row. */
  public static Row voteRow(StanceVote v) {
    return new RowBuilder(VOTES)
        .set("doc_id", v.documentId())
        .set("source_actor", v.sourceActor())
        .set("source_country", v.sourceCountry())
        .set("source_role", v.sourceRole())
        .set("target_country", v.targetCountry())
        .set("vote", v.vote().name())
        .set("origin", v.origin().name())
        .build();
  }

  /** The vote of a {@link #VOTES} row (any row with those columns). */
  public static StanceVote vote(Row r) {
    return new StanceVote(r.getAs("doc_id"), r.getAs("source_actor"), r.getAs("source_country"),
        r.getAs("source_role"), r.getAs("target_country"), Stance.valueOf(r.getAs("vote")),
        StanceVote.Origin.valueOf(r.getAs("origin")));
  }

  /** A {@link #TWEET_AUTHORS} row. */
  public static Row authorRow(String docId, String actor, String country, String role, String retweetOf) {
    return new RowBuilder(TWEET_AUTHORS)
        .set("doc_id", docId)
        .set("actor", actor)
        .set("country", country)
        .set("role", role)
        .set("retweet_of", retweetOf)
        .build();
  }
}
