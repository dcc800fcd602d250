package io.framing.jobs.evaluate;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;

import io.framing.evaluation.GoldDocument;
import io.framing.jobs.ExitCode;
import io.framing.jobs.FramingException;
import io.framing.jobs.io.Tables;
import io.framing.jobs.schema.DocumentsTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * What scorers read: the gold documents, which of them the run holds (gold key to
 * {@code doc_id}, joined on corpus and native id), and the rows of any output table that
 * belong to gold documents. Only gold documents' rows are collected to the driver, so the cost
 * grows with the gold set, not with the corpus.
 */
public final class EvaluationInput {
  /** The column {@link #goldRows} adds: {@link GoldDocument#key()} of the row's document. */
  public static final String GOLD_KEY = "gold_key";

  private static final StructType GOLD_KEYS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("corpus", DataTypes.StringType, false),
      DataTypes.createStructField("native_id", DataTypes.StringType, false),
      DataTypes.createStructField(GOLD_KEY, DataTypes.StringType, false)));

  private final SparkSession spark;
  private final String outputDir;
  private final List<GoldDocument> gold;
  private final Map<String, String> docIdByKey;
  private final Dataset<Row> found;

  EvaluationInput(SparkSession spark, String outputDir, List<GoldDocument> gold) {
    this.spark = spark;
    this.outputDir = outputDir;
    this.gold = List.copyOf(gold);
    List<Row> keys = new ArrayList<>();
    for (GoldDocument g : gold) {
      keys.add(RowFactory.create(g.corpus(), g.nativeId(), g.key()));
    }
    Dataset<Row> goldKeys = spark.createDataFrame(keys, GOLD_KEYS);
    Dataset<Row> documents = table(DocumentsTable.NAME).select("doc_id", "corpus", "native_id");
    List<Row> matched = documents.join(broadcast(goldKeys),
            documents.col("corpus").equalTo(goldKeys.col("corpus"))
                .and(documents.col("native_id").equalTo(goldKeys.col("native_id"))))
        .select(col("doc_id"), col(GOLD_KEY)).collectAsList();
    Map<String, String> byKey = new LinkedHashMap<>();
    for (Row r : matched) {
      byKey.put(r.getString(1), r.getString(0));
    }
    this.docIdByKey = Collections.unmodifiableMap(byKey);
    this.found = spark.createDataFrame(matched, DataTypes.createStructType(List.of(
        DataTypes.createStructField("doc_id", DataTypes.StringType, false),
        DataTypes.createStructField(GOLD_KEY, DataTypes.StringType, false))));
  }

  public List<GoldDocument> gold() {
    return gold;
  }

  /** Gold key to the run's {@code doc_id}, for the gold documents the run holds. */
  public Map<String, String> docIdByKey() {
    return docIdByKey;
  }

  /** Gold keys the run's {@code documents} table lacks. */
  public List<String> missingDocuments() {
    List<String> missing = new ArrayList<>();
    for (GoldDocument g : gold) {
      if (!docIdByKey.containsKey(g.key())) {
        missing.add(g.key());
      }
    }
    return missing;
  }

  /**
   * The rows of {@code table} that belong to gold documents, with {@code doc_id}, the given
   * columns and {@link #GOLD_KEY}, collected on the driver.
   */
  public List<Row> goldRows(String table, String... columns) {
    List<Column> cols = new ArrayList<>();
    cols.add(col("doc_id"));
    for (String c : columns) {
      cols.add(col(c));
    }
    return table(table).select(cols.toArray(new Column[0]))
        .join(broadcast(found), "doc_id")
        .orderBy(col(GOLD_KEY))
        .collectAsList();
  }

  /** Whether the run wrote {@code name} (a run of ingest alone has no relations, say). */
  public boolean hasTable(String name) {
    return Tables.exists(outputDir, name, spark.sparkContext().hadoopConfiguration());
  }

  /** An output table of the run; exit code 3 when the run has not written it. */
  public Dataset<Row> table(String name) {
    if (!Tables.exists(outputDir, name, spark.sparkContext().hadoopConfiguration())) {
      throw new FramingException(ExitCode.UNREADABLE_INPUT, "There is no " + name + " table under " + outputDir
          + ": evaluate scores the tables of a finished run (framing run --output " + outputDir + ").");
    }
    return spark.read().parquet(Tables.path(outputDir, name));
  }
}
