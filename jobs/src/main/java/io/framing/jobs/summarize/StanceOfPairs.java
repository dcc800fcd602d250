package io.framing.jobs.summarize;

import io.framing.jobs.io.DataBundle;
import org.apache.spark.broadcast.Broadcast;
import static org.apache.spark.sql.functions.col;

import io.framing.jobs.schema.StanceTable;
import io.framing.stance.StanceAggregator;
import io.framing.stance.StanceVote;
import java.util.Iterator;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * The {@code stance} table. Every decision is the core's ({@code StanceRules} for votes and
 * endorsements, {@link StanceAggregator} for a pair's row); Spark only routes rows: it resolves
 * the tweets' authors, joins a retweet with its original's votes, and groups the votes by
 * (source actor, target country).
 */
final class StanceOfPairs {
  private StanceOfPairs() {}

  /** The {@code stance} table from scored relations and the documents' tweets. */
  static Dataset<Row> table(Dataset<Row> documents, Dataset<Row> relations, Broadcast<DataBundle> bundle) {
    Dataset<Row> tweets = documents.filter(col("corpus").equalTo("tweet"))
        .select("doc_id", "author", "author_name", "text", "hashtags", "retweet_of");
    Dataset<Row> authors = tweets.flatMap(new StanceVotes.AuthorsOfTweets(bundle), Encoders.row(StanceTable.TWEET_AUTHORS));
    Dataset<Row> originalAuthors = authors.filter(col("retweet_of").isNull());
    // An original tweet's own votes: its author's hashtags and flags. A retweet has none of its own.
    Dataset<Row> tweetVotes = tweets.select("doc_id", "text", "hashtags")
        .join(originalAuthors.drop("retweet_of"), "doc_id")
        .flatMap(new StanceVotes.OfTweets(bundle), Encoders.row(StanceTable.VOTES));
    Dataset<Row> own = relations.flatMap(new StanceVotes.OfRelations(bundle), Encoders.row(StanceTable.VOTES))
        .union(tweetVotes);

    // A retweet endorses the votes its original's author cast in the original.
    Dataset<Row> authorsOwnVotes = own.join(originalAuthors.select(col("doc_id").as("a_doc_id"),
            col("actor").as("a_actor"), col("country").as("a_country")),
        col("doc_id").equalTo(col("a_doc_id")).and(col("source_actor").equalTo(col("a_actor")))
            .and(col("source_country").equalTo(col("a_country"))));
    Dataset<Row> retweets = authors.filter(col("retweet_of").isNotNull())
        .select(col("doc_id").as("rt_doc_id"), col("actor").as("rt_actor"), col("country").as("rt_country"),
            col("role").as("rt_role"), col("retweet_of"));
    Dataset<Row> endorsements = authorsOwnVotes.join(retweets, col("doc_id").equalTo(col("retweet_of")))
        .flatMap(new StanceVotes.Endorse(), Encoders.row(StanceTable.VOTES));

    // Votes toward one's own country are endorsed above but make no row (StanceVote.towardOwnCountry).
    return own.union(endorsements)
        .filter((FilterFunction<Row>) r -> !StanceTable.vote(r).towardOwnCountry())
        .groupByKey((MapFunction<Row, String>) r -> StanceTable.vote(r).pairKey(), Encoders.STRING())
        .mapGroups((MapGroupsFunction<String, Row, Row>) (pair, rows) -> StanceTable.row(StanceAggregator.row(votes(rows))),
            Encoders.row(StanceTable.SCHEMA))
        .orderBy("source_country", "source_actor", "source_role", "target_country");
  }

  private static Iterator<StanceVote> votes(Iterator<Row> rows) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public StanceVote next() {
        return StanceTable.vote(rows.next());
      }
    };
  }
}
