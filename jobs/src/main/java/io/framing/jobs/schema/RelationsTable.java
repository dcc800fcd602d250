package io.framing.jobs.schema;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import io.framing.actors.Actor;
import io.framing.relations.Relation;
import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code relations} table: one row per (document, source actor, relation, target actor),
 * and its codec ({@link #row}).
 */
public final class RelationsTable {
  private RelationsTable() {}

  public static final String NAME = "relations";

  public static final StructType SCHEMA = createStructType(new StructField[] {
      createStructField("relation_id", StringType, false),
      createStructField("doc_id", StringType, false),
      createStructField("corpus", StringType, false),
      createStructField("day", DateType, true),
      createStructField("sentence_idx", IntegerType, false),
      createStructField("char_start", IntegerType, false),
      createStructField("char_end", IntegerType, false),
      createStructField("evidence", StringType, false),
      createStructField("source_actor", StringType, false),
      createStructField("source_country", StringType, false),
      createStructField("source_role", StringType, false),
      createStructField("relation", StringType, false),
      createStructField("cameo", StringType, false),
      createStructField("target_actor", StringType, true),
      createStructField("target_country", StringType, true),
      createStructField("target_role", StringType, true),
      createStructField("about_country", StringType, true),
      createStructField("quote", StringType, true),
      createStructField("sentiment", DoubleType, true),
      createStructField("frames", createArrayType(StringType, false), false),
      createStructField("confidence", DoubleType, false),
      createStructField("rule", StringType, false)});

  /**
   * The row of one extracted relation, by column name: {@code sentiment} null and {@code frames}
   * empty until summarize fills them.
   */
  public static Row row(String relationId, String docId, String corpus, Date day, Relation r) {
    Actor s = r.source();
    Actor t = r.target();
    return new RowBuilder(SCHEMA)
        .set("relation_id", relationId)
        .set("doc_id", docId)
        .set("corpus", corpus)
        .set("day", day)
        .set("sentence_idx", r.sentenceIndex())
        .set("char_start", r.charStart())
        .set("char_end", r.charEnd())
        .set("evidence", r.evidence())
        .set("source_actor", s.name())
        .set("source_country", s.country())
        .set("source_role", s.role().name())
        .set("relation", r.type().name())
        .set("cameo", r.cameo())
        .set("target_actor", t == null ? null : t.name())
        .set("target_country", t == null ? null : t.country())
        .set("target_role", t == null ? null : t.role().name())
        .set("about_country", r.aboutCountry())
        .set("quote", r.quote())
        .set("sentiment", null)
        .set("frames", DocumentsTable.seq(List.of()))
        .set("confidence", r.confidence())
        .set("rule", r.rule())
        .build();
  }
}
