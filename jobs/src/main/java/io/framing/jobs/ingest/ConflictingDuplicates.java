package io.framing.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.substring;

import io.framing.ingest.Reject;
import io.framing.ingest.RejectReason;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Copies of one id whose text differs from the kept copy's. Folding such a copy would hide
 * that two inputs disagree, so it becomes a {@code conflicting_duplicate} reject naming the
 * kept record instead. Which copy is kept is {@link FoldRepeatedIds}'s rule (a record of its
 * own before a carried copy, then the input path in code-point order, then the record number),
 * which depends on names and positions only, never on the order files are listed or read in;
 * in an incremental ingest the published copy is kept, and the reject names its file and record.
 * Identical copies and carried copies (a retweet's embedded original may be shortened) are
 * folded as before.
 */
public final class ConflictingDuplicates {
  private ConflictingDuplicates() {}

  static final String KEPT_TEXT = "kept_text";
  static final String KEPT_FILE = "kept_input_file";
  static final String KEPT_RECORD = "kept_record_number";

  /** {@code ranked} (see {@link FoldRepeatedIds#rank}) with the kept copy's text and place. */
  public static Dataset<Row> withKept(Dataset<Row> ranked) {
    org.apache.spark.sql.expressions.WindowSpec byId = Window.partitionBy(col("doc_id"))
        .orderBy(col(FoldRepeatedIds.RANK).asc());
    return ranked
        .withColumn(KEPT_TEXT, first(col("text")).over(byId))
        .withColumn(KEPT_FILE, first(col("input_file")).over(byId))
        .withColumn(KEPT_RECORD, first(col("record_number")).over(byId));
  }

  /** True for a record's own copy, not kept, whose text differs from the kept copy's. */
  public static Column conflicting() {
    return not(FoldRepeatedIds.kept()).and(col("carried").equalTo(false))
        .and(not(col("text").eqNullSafe(col(KEPT_TEXT))));
  }

  /** The conflicting copies as rows of the {@code rejects} table. */
  public static Dataset<Row> rejects(Dataset<Row> withKept) {
    return withKept.filter(conflicting()).select(
        col("input_file"),
        col("record_number"),
        col("line_number"),
        lit(Reject.STAGE_INGEST).as("stage"),
        concat(lit(RejectReason.CONFLICTING_DUPLICATE.code() + ": id "), col("native_id"),
            lit(" (" ), col("doc_id"), lit(") is kept from "), col(KEPT_FILE), lit(" record "),
            col(KEPT_RECORD).cast("string"), lit(", whose text differs")).as("reason"),
        lit(RejectReason.CONFLICTING_DUPLICATE.code()).as("reason_code"),
        substring(col("text"), 1, Reject.MAX_RAW_CHARS).as("raw"));
  }
}
