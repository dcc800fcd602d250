package io.framing.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Ranks the copies of each {@code doc_id} (the rows need a {@link #PUBLISHED} column): a
 * published copy beats any new one; then a record of its own beats a copy carried inside
 * another record (a retweet's original), then the earliest file and record win. The copy
 * ranked 1 is kept; the others are folded and counted against their file.
 */
public final class FoldRepeatedIds {
  private FoldRepeatedIds() {}

  public static final String RANK = "copy_rank";
  /**
   * True on a published document's row (an incremental ingest folds new records against the
   * output's documents): the published copy is kept, whatever the new copies' files are named,
   * since its day is not rewritten.
   */
  public static final String PUBLISHED = "already_published";

  public static Dataset<Row> rank(Dataset<Row> documents) {
    return documents.withColumn(RANK, row_number().over(
        Window.partitionBy(col("doc_id"))
            .orderBy(col(PUBLISHED).desc(), col("carried").asc(), col("input_file").asc(), col("record_number").asc(),
                col("position").asc())));
  }

  public static Column kept() {
    return col(RANK).equalTo(1);
  }
}
