package io.framing.jobs.schema;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import io.framing.actors.Actor;
import io.framing.actors.Mention;
import java.sql.Date;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The {@code mentions} table: one row per actor mention, partitioned by {@code day}. */
public final class MentionsTable {
  private MentionsTable() {}

  public static final String NAME = "mentions";

  public static final StructType SCHEMA = createStructType(new StructField[] {
      createStructField("doc_id", StringType, false),
      createStructField("day", DateType, true),
      createStructField("sentence_idx", IntegerType, false),
      createStructField("char_start", IntegerType, false),
      createStructField("char_end", IntegerType, false),
      createStructField("surface", StringType, false),
      createStructField("actor", StringType, false),
      createStructField("country", StringType, false),
      createStructField("role", StringType, false),
      createStructField("kind", StringType, false),
      createStructField("speaker", StringType, true)});

  /** The row of one mention, by column name; {@code speaker} may be null. */
  public static Row row(String docId, Date day, Mention m, Actor speaker) {
    Actor a = m.actor();
    return new RowBuilder(SCHEMA)
        .set("doc_id", docId)
        .set("day", day)
        .set("sentence_idx", m.sentenceIndex())
        .set("char_start", m.charStart())
        .set("char_end", m.charEnd())
        .set("surface", m.surface())
        .set("actor", a.name())
        .set("country", a.country())
        .set("role", a.role().name())
        .set("kind", m.kind().name())
        .set("speaker", speaker == null ? null : speaker.name())
        .build();
  }
}
