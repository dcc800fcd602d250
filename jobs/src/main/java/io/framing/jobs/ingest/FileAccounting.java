package io.framing.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.framing.jobs.report.FileCounts;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Computes each input file's {@link FileCounts} from the ingest stage's datasets. */
final class FileAccounting {
  private FileAccounting() {}

  /**
   * Per-file counts from the ranked documents, the rejects and the records each file held
   * ({@code input_file}, {@code held}); the result has one row per input file, so collecting it
   * grows with the number of files, not with their content.
   */
  public static List<FileCounts> compute(Dataset<Row> rankedDocuments, Dataset<Row> rejects, Dataset<Row> held) {
    Column own = col("carried").equalTo(false);
    Dataset<Row> fromHeld = held.select(col("input_file"), col("held").cast("int").as("read"), lit(0).as("accepted"),
        lit(0).as("rejected"), lit(0).as("folded"), lit(0).as("carried"));
    Dataset<Row> fromDocs = rankedDocuments.select(col("input_file"),
        lit(0).as("read"),
        when(own.and(FoldRepeatedIds.kept()), 1).otherwise(0).as("accepted"),
        lit(0).as("rejected"),
        when(own.and(org.apache.spark.sql.functions.not(FoldRepeatedIds.kept())), 1).otherwise(0).as("folded"),
        when(org.apache.spark.sql.functions.not(own).and(FoldRepeatedIds.kept()), 1).otherwise(0).as("carried"));
    Dataset<Row> fromRejects = rejects.select(col("input_file"), lit(0).as("read"), lit(0).as("accepted"),
        lit(1).as("rejected"), lit(0).as("folded"), lit(0).as("carried"));
    List<Row> rows = fromDocs.unionByName(fromRejects).unionByName(fromHeld)
        .groupBy("input_file")
        .agg(sum("read").as("read"), sum("accepted").as("accepted"), sum("rejected").as("rejected"),
            sum("folded").as("folded"), sum("carried").as("carried"))
        .orderBy("input_file")
        .collectAsList();
    List<FileCounts> counts = new ArrayList<>();
    for (Row r : rows) {
      counts.add(new FileCounts(r.getAs("input_file"), r.<Long>getAs("read"), r.<Long>getAs("accepted"),
          r.<Long>getAs("rejected"), r.<Long>getAs("folded"), r.<Long>getAs("carried")));
    }
    return counts;
  }
}
