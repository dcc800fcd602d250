package io.framing.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.framing.jobs.SparkTestSession;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * Articles that repeat another's text point at the earliest one; documents without a
 * fingerprint (tweets) are kept, unmarked, whatever their number.
 */
class MarkRepeatedTextTest {
  private static final StructType SCHEMA = new StructType()
      .add("doc_id", DataTypes.StringType)
      .add("text_fingerprint", DataTypes.StringType)
      .add("published_at", DataTypes.TimestampType);

  @Test
  void marksLaterCopiesAndKeepsUnfingerprintedDocumentsUnmarked() {
    List<Row> rows = new ArrayList<>();
    rows.add(RowFactory.create("a-late", "f1", Timestamp.valueOf("2020-09-28 10:00:00")));
    rows.add(RowFactory.create("a-early", "f1", Timestamp.valueOf("2020-09-27 08:00:00")));
    rows.add(RowFactory.create("a-undated", "f1", null));
    rows.add(RowFactory.create("b-only", "f2", Timestamp.valueOf("2020-09-27 09:00:00")));
    rows.add(RowFactory.create("c-2", "f3", null));
    rows.add(RowFactory.create("c-1", "f3", null));
    for (int i = 0; i < 50; i++) {
      rows.add(RowFactory.create("tweet-" + i, null, Timestamp.valueOf("2020-09-27 08:00:00")));
    }
    Dataset<Row> documents = SparkTestSession.get().createDataFrame(rows, SCHEMA);

    Map<String, String> duplicateOf = new TreeMap<>();
    for (Row r : MarkRepeatedText.apply(documents).select("doc_id", "duplicate_of").collectAsList()) {
      duplicateOf.put(r.getString(0), r.isNullAt(1) ? null : r.getString(1));
    }

    assertEquals(rows.size(), duplicateOf.size(), "every document comes out once");
    assertEquals("a-early", duplicateOf.get("a-late"));
    assertEquals("a-early", duplicateOf.get("a-undated"), "an undated copy is not the original");
    assertNull(duplicateOf.get("a-early"));
    assertNull(duplicateOf.get("b-only"));
    assertEquals("c-1", duplicateOf.get("c-2"), "without dates, the smallest id is the original");
    assertNull(duplicateOf.get("c-1"));
    for (int i = 0; i < 50; i++) {
      assertNull(duplicateOf.get("tweet-" + i), "a document without a fingerprint repeats nothing");
    }
  }
}
