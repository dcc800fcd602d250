package io.framing.jobs.summarize;

import io.framing.actors.Actor;
import io.framing.jobs.schema.RelationsTable;
import io.framing.relations.RelationType;
import io.framing.stance.StanceVote;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** The stance votes of relations and of tweets' hashtags and flags, as {@code StanceTable.VOTES} rows. */
final class StanceVotes {
  private StanceVotes() {}

  static Row row(StanceVote v) {
    return RowFactory.create(v.documentId(), v.sourceActor(), v.sourceCountry(), v.sourceRole(), v.targetCountry(),
        v.vote().name(), v.origin().name());
  }

  /** Over {@code relations} rows. */
  static final class OfRelations implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final String dataDir;

    OfRelations(String dataDir) {
      this.dataDir = dataDir;
    }

    @Override
    public Iterator<Row> call(Row r) {
      List<Row> out = new ArrayList<>();
      for (StanceVote v : Summarizers.of(dataDir).stance().votesOf(str(r, "doc_id"), str(r, "source_actor"),
          str(r, "source_country"), str(r, "source_role"), RelationType.parse(str(r, "relation")),
          str(r, "target_country"), str(r, "about_country"), str(r, "evidence"))) {
        out.add(row(v));
      }
      return out.iterator();
    }

    private static String str(Row r, String column) {
      return r.getString(RelationsTable.SCHEMA.fieldIndex(column));
    }
  }

  /**
   * Over tweets ({@code doc_id, author, author_name, text, hashtags, retweet_of}): the author's
   * hashtag and flag votes for an original tweet; for a retweet, one row naming the retweeter
   * (vote {@code ENDORSE}, target the original's doc_id) that the stage joins with the original's
   * votes.
   */
  static final class OfTweets implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    static final String ENDORSE = "ENDORSE";
    static final String AUTHOR = "AUTHOR";
    private final String dataDir;

    OfTweets(String dataDir) {
      this.dataDir = dataDir;
    }

    @Override
    public Iterator<Row> call(Row t) {
      Summarizers s = Summarizers.of(dataDir);
      String text = t.getString(3);
      Optional<Actor> author = s.authors().resolve(t.getString(1), t.getString(2), text);
      List<Row> out = new ArrayList<>();
      if (author.isEmpty()) {
        return out.iterator();
      }
      Actor a = author.get();
      String retweetOf = t.getString(5);
      if (retweetOf != null) {
        out.add(RowFactory.create(t.getString(0), a.name(), a.country(), a.role().name(), retweetOf, ENDORSE,
            StanceVote.Origin.ENDORSEMENT.name()));
        return out.iterator();
      }
      // Who wrote the original, so that a retweet endorses the author's own votes only.
      out.add(RowFactory.create(t.getString(0), a.name(), a.country(), a.role().name(), t.getString(0), AUTHOR,
          StanceVote.Origin.HASHTAG.name()));
      List<String> hashtags = t.isNullAt(4) ? null : t.getList(4);
      for (StanceVote v : s.stance().votesOfTweet(t.getString(0), a.name(), a.country(), a.role().name(), text, hashtags)) {
        out.add(row(v));
      }
      return out.iterator();
    }
  }
}
