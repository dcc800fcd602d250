package io.framing.jobs.summarize;

import io.framing.frames.Frame;
import io.framing.jobs.io.DataBundle;
import io.framing.jobs.schema.DocumentsTable;
import io.framing.jobs.schema.RelationsTable;
import io.framing.relations.RelationType;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** A {@code relations} row with {@code sentiment} and {@code frames} filled from its evidence and parties. */
final class ScoreRelations implements MapFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  private static final int SENTIMENT = RelationsTable.SCHEMA.fieldIndex("sentiment");
  private static final int FRAMES = RelationsTable.SCHEMA.fieldIndex("frames");
  private static final int EVIDENCE = RelationsTable.SCHEMA.fieldIndex("evidence");
  private static final int RELATION = RelationsTable.SCHEMA.fieldIndex("relation");
  private static final int SOURCE_COUNTRY = RelationsTable.SCHEMA.fieldIndex("source_country");
  private static final int TARGET_COUNTRY = RelationsTable.SCHEMA.fieldIndex("target_country");

  private final Broadcast<DataBundle> bundle;

  ScoreRelations(Broadcast<DataBundle> bundle) {
    this.bundle = bundle;
  }

  @Override
  public Row call(Row r) {
    Summarizers s = Summarizers.of(bundle.value());
    String evidence = r.getString(EVIDENCE);
    List<String> frames = new ArrayList<>();
    for (Frame f : s.frames().of(evidence, RelationType.parse(r.getString(RELATION)), r.getString(SOURCE_COUNTRY),
        r.isNullAt(TARGET_COUNTRY) ? null : r.getString(TARGET_COUNTRY))) {
      frames.add(f.name());
    }
    Object[] values = new Object[r.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = r.get(i);
    }
    values[SENTIMENT] = s.sentiment().relation(evidence);
    values[FRAMES] = DocumentsTable.seq(frames);
    return RowFactory.create(values);
  }
}
