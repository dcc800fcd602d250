package io.framing.jobs.extract;

import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import io.framing.actors.Actor;
import io.framing.actors.Mention;
import io.framing.jobs.schema.MentionsTable;
import io.framing.jobs.schema.RelationsTable;
import io.framing.model.Document;
import io.framing.model.EmbeddedTweet;
import io.framing.relations.Relation;
import io.framing.relations.RelationExtractor;
import io.framing.relations.RelationIds;
import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Turns the core's extraction result for one document into rows of {@code mentions} and
 * {@code relations}. Both come out of one pass over the documents as rows of {@link #SCHEMA}
 * (exactly one of the two columns set), so that every document is extracted once.
 */
public final class ExtractionRows {
  private ExtractionRows() {}

  /** One extracted row: a mention or a relation. */
  public static final StructType SCHEMA = createStructType(new StructField[] {
      createStructField("mention", MentionsTable.SCHEMA, true),
      createStructField("relation", RelationsTable.SCHEMA, true)});

  /** The rows of one document; {@code day} and {@code corpus} come from its documents row. */
  public static List<Row> of(Document doc, Date day, RelationExtractor.Result result) {
    List<Row> rows = new ArrayList<>();
    List<Mention> mentions = result.mentions();
    for (int i = 0; i < mentions.size(); i++) {
      rows.add(RowFactory.create(mentionRow(doc.docId(), day, mentions.get(i), result.speakerOf(i)), null));
    }
    for (Row r : relationRows(doc, day, result.relations())) {
      rows.add(RowFactory.create(null, r));
    }
    return rows;
  }

  static Row mentionRow(String docId, Date day, Mention m, Actor speaker) {
    return MentionsTable.row(docId, day, m, speaker);
  }

  /**
   * One row per (source actor, relation, target actor): the first relation of the document with
   * that key wins (the core already keeps one; this makes the table's contract hold regardless).
   */
  static List<Row> relationRows(Document doc, Date day, List<Relation> relations) {
    Map<String, Row> byId = new LinkedHashMap<>();
    for (Relation r : relations) {
      String id = RelationIds.of(doc.docId(), r);
      if (byId.containsKey(id)) {
        continue;
      }
      byId.put(id, RelationsTable.row(id, doc.docId(), doc.corpus().code(), day, r));
    }
    return new ArrayList<>(byId.values());
  }
}
