package io.framing.jobs.summarize;

import io.framing.jobs.io.DataBundle;
import org.apache.spark.broadcast.Broadcast;
import io.framing.actors.Actor;
import io.framing.jobs.schema.StanceTable;
import io.framing.relations.RelationType;
import io.framing.stance.StanceRules;
import io.framing.stance.StanceVote;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

/**
 * The row functions of the stance table, each a call to the core's {@link StanceRules}: the
 * votes of relations and of tweets' hashtags and flags ({@code StanceTable.VOTES}), the tweets'
 * authors ({@code StanceTable.TWEET_AUTHORS}) and a retweet's endorsement of one original vote.
 */
final class StanceVotes {
  private StanceVotes() {}

  /** Over {@code relations} rows. */
  static final class OfRelations implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<DataBundle> bundle;

    OfRelations(Broadcast<DataBundle> bundle) {
      this.bundle = bundle;
    }

    @Override
    public Iterator<Row> call(Row r) {
      List<Row> out = new ArrayList<>();
      for (StanceVote v : Summarizers.of(bundle.value()).stance().votesOf(r.getAs("doc_id"), r.getAs("source_actor"),
          r.getAs("source_country"), r.getAs("source_role"), RelationType.parse(r.getAs("relation")),
          r.getAs("target_country"), r.getAs("about_country"), r.getAs("evidence"))) {
        out.add(StanceTable.voteRow(v));
      }
      return out.iterator();
    }
  }

  /** Over tweets ({@code doc_id, author, author_name, text}): the resolved author, if any. */
  static final class AuthorsOfTweets implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<DataBundle> bundle;

    AuthorsOfTweets(Broadcast<DataBundle> bundle) {
      this.bundle = bundle;
    }

    @Override
    public Iterator<Row> call(Row t) {
      Optional<Actor> author = Summarizers.of(bundle.value()).authors().resolve(t.getAs("author"), t.getAs("author_name"),
          t.getAs("text"));
      return author.map(a -> StanceTable.authorRow(t.getAs("doc_id"), a.name(), a.country(), a.role().name(),
          t.getAs("retweet_of"))).stream().iterator();
    }
  }

  /**
   * Over original tweets joined with their authors ({@code doc_id, text, hashtags} and the
   * {@code TWEET_AUTHORS} columns): the author's hashtag and flag votes.
   */
  static final class OfTweets implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<DataBundle> bundle;

    OfTweets(Broadcast<DataBundle> bundle) {
      this.bundle = bundle;
    }

    @Override
    public Iterator<Row> call(Row t) {
      List<String> hashtags = t.isNullAt(t.fieldIndex("hashtags")) ? null : t.getList(t.fieldIndex("hashtags"));
      List<Row> out = new ArrayList<>();
      for (StanceVote v : Summarizers.of(bundle.value()).stance().votesOfTweet(t.getAs("doc_id"), t.getAs("actor"),
          t.getAs("country"), t.getAs("role"), t.getAs("text"), hashtags)) {
        out.add(StanceTable.voteRow(v));
      }
      return out.iterator();
    }
  }

  /**
   * Over one original vote joined with a retweet of its document by another author ({@code
   * VOTES} columns and {@code rt_doc_id, rt_actor, rt_country, rt_role}): the retweeter's
   * endorsement, as {@link StanceRules#endorse} decides.
   */
  static final class Endorse implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(Row r) {
      List<Row> out = new ArrayList<>();
      for (StanceVote v : StanceRules.endorse(List.of(StanceTable.vote(r)), r.getAs("rt_doc_id"), r.getAs("rt_actor"),
          r.getAs("rt_country"), r.getAs("rt_role"))) {
        out.add(StanceTable.voteRow(v));
      }
      return out.iterator();
    }
  }
}
