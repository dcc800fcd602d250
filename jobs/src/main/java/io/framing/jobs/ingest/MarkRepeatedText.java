package io.framing.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;

/**
 * Marks articles that repeat another's text ({@code duplicate_of}): among articles with the
 * same text fingerprint the earliest published (then the smallest id) is the original. Both
 * are kept, since an outlet choosing to run wire copy is itself a fact analysts count.
 */
public final class MarkRepeatedText {
  private MarkRepeatedText() {}

  public static Dataset<Row> apply(Dataset<Row> documents) {
    String original = "original_doc_id";
    // Only documents with a fingerprint (articles) go through the window: tweets have none, and
    // a window over the null key would put every tweet of the corpus into one serial task.
    Column fingerprinted = col("text_fingerprint").isNotNull();
    Dataset<Row> articles = documents.filter(fingerprinted).withColumn(original, first(col("doc_id")).over(
        Window.partitionBy(col("text_fingerprint"))
            .orderBy(col("published_at").asc_nulls_last(), col("doc_id").asc())));
    Dataset<Row> marked = articles
        .withColumn("duplicate_of", when(col(original).notEqual(col("doc_id")), col(original)))
        .drop(original);
    Dataset<Row> rest = documents.filter(not(fingerprinted))
        .withColumn("duplicate_of", lit(null).cast(DataTypes.StringType));
    return marked.unionByName(rest);
  }
}
