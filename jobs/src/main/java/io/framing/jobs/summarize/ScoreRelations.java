package io.framing.jobs.summarize;

import io.framing.frames.Frame;
import io.framing.jobs.io.DataBundle;
import io.framing.jobs.schema.DocumentsTable;
import io.framing.jobs.schema.RelationsTable;
import io.framing.jobs.schema.RowBuilder;
import io.framing.relations.RelationType;
import io.framing.sentiment.ActSigns;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;

/**
 * A {@code relations} row with {@code sentiment} and {@code frames} filled from its evidence and
 * parties. The sentiment is the evidence clause's adjusted compound, bounded by the sign of the
 * relation's own type ({@link ActSigns}: an accusation is not scored positive).
 */
final class ScoreRelations implements MapFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final Broadcast<DataBundle> bundle;

  ScoreRelations(Broadcast<DataBundle> bundle) {
    this.bundle = bundle;
  }

  @Override
  public Row call(Row r) {
    Summarizers s = Summarizers.of(bundle.value());
    String evidence = r.getAs("evidence");
    RelationType type = RelationType.parse(r.getAs("relation"));
    String target = r.getAs("target_country");
    List<String> frames = new ArrayList<>();
    for (Frame f : s.frames().of(evidence, type, r.getAs("source_country"), target)) {
      frames.add(f.name());
    }
    return RowBuilder.copying(RelationsTable.SCHEMA, r, "sentiment", "frames")
        .set("sentiment", ActSigns.bound(s.sentiment().relation(evidence), Set.of(type)))
        .set("frames", DocumentsTable.seq(frames))
        .build();
  }
}
