package io.framing.jobs.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.framing.stance.Stance;
import io.framing.stance.StanceVote;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.junit.jupiter.api.Test;

class RowBuilderTest {
  @Test
  void valuesLandInTheirColumnsWhateverTheOrderTheyAreSetIn() {
    Row row = new RowBuilder(StanceTable.TWEET_AUTHORS).set("role", "GOV").set("doc_id", "t1").set("country", "ARM")
        .set("actor", "Armenian Foreign Ministry").build();
    assertEquals("t1", row.getString(StanceTable.TWEET_AUTHORS.fieldIndex("doc_id")));
    assertEquals("GOV", row.getString(StanceTable.TWEET_AUTHORS.fieldIndex("role")));
    assertTrue(row.isNullAt(StanceTable.TWEET_AUTHORS.fieldIndex("retweet_of")), "a nullable column left unset is null");
    assertEquals("ARM", row.getAs("country"), "the row carries its schema and reads by name");
  }

  @Test
  void anUnknownColumnARepeatedOneOrAMissingRequiredValueIsNamed() {
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> new RowBuilder(StanceTable.VOTES).set("target", "AZE"));
    assertTrue(unknown.getMessage().contains("'target'"), unknown.getMessage());
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> new RowBuilder(StanceTable.VOTES).set("vote", "FAVOR").set("vote", "NONE"));
    assertTrue(twice.getMessage().contains("'vote'"), twice.getMessage());
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> new RowBuilder(StanceTable.TWEET_AUTHORS).set("doc_id", "t1").build());
    assertTrue(missing.getMessage().contains("'actor'"), missing.getMessage());
  }

  @Test
  void aCopyKeepsEveryColumnByNameButTheReplacedOnes() {
    Row original = new RowBuilder(StanceTable.TWEET_AUTHORS).set("doc_id", "t1").set("actor", "Armenian Foreign Ministry")
        .set("country", "ARM").set("role", "GOV").set("retweet_of", "t0").build();
    Row copy = RowBuilder.copying(StanceTable.TWEET_AUTHORS, original, "role").set("role", "MIL").build();
    assertEquals("MIL", copy.getAs("role"));
    for (String column : StanceTable.TWEET_AUTHORS.fieldNames()) {
      if (!column.equals("role")) {
        assertEquals(original.<Object>getAs(column), copy.getAs(column), column);
      }
    }
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> RowBuilder.copying(StanceTable.TWEET_AUTHORS, original, "rôle"));
    assertTrue(unknown.getMessage().contains("'rôle'"), unknown.getMessage());
    assertThrows(IllegalArgumentException.class, () -> RowBuilder.copying(StanceTable.TWEET_AUTHORS, original).set("role", "MIL"),
        "a column not named as replaced is already set");
  }

  @Test
  void aVoteRoundTripsThroughItsRow() {
    StanceVote v = new StanceVote("rt1", "A user", "TUR", "CVL", "AZE", Stance.FAVOR, StanceVote.Origin.ENDORSEMENT);
    Row row = StanceTable.voteRow(v);
    Object[] values = new Object[row.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = row.get(i);
    }
    // As Spark hands rows to a function: with their schema, read by column name.
    assertEquals(v, StanceTable.vote(new GenericRowWithSchema(values, StanceTable.VOTES)));
  }
}
