package io.framing.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;

import io.framing.ingest.TextFingerprint;
import io.framing.jobs.io.Publisher;
import io.framing.jobs.schema.DocumentsTable;
import io.framing.jobs.schema.ParsedRecords;
import io.framing.model.Corpus;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * The {@code documents} an output has published, as an incremental ingest needs them: read by
 * column from Parquet, never by parsing the raw inputs again. New records fold against the
 * published copies of their ids ({@link #copiesOf}), new articles are marked against the
 * published articles' fingerprints ({@link #markRepeatedText}), and the days the new documents
 * fall on are rewritten with their published rows ({@link #ofDays}).
 */
final class PublishedDocuments {
  /** True on rows of published documents taking part in the fold; they rank before any new copy. */
  static final String PUBLISHED = FoldRepeatedIds.PUBLISHED;

  private final SparkSession spark;
  private final String path;

  /** @param path the published {@code documents} table, resolved before the run stages its own */
  PublishedDocuments(SparkSession spark, String path) {
    this.spark = spark;
    this.path = path;
  }

  private Dataset<Row> read() {
    return spark.read().schema(DocumentsTable.SCHEMA).parquet(path);
  }

  /**
   * The published copies of the ids among {@code parsedDocuments}, shaped as parsed document rows
   * ({@link ParsedRecords#SCHEMA} and {@link #PUBLISHED} true), so that {@link FoldRepeatedIds}
   * keeps them and folds (or rejects as conflicting) the new copies.
   */
  Dataset<Row> copiesOf(Dataset<Row> parsedDocuments) {
    Dataset<Row> ids = parsedDocuments.select(col("doc_id")).distinct();
    Dataset<Row> copies = read().join(ids, "doc_id", "left_semi");
    List<Column> columns = new ArrayList<>();
    for (StructField f : ParsedRecords.SCHEMA.fields()) {
      columns.add(valueOf(f, copies.columns()).as(f.name()));
    }
    columns.add(lit(true).as(PUBLISHED));
    return copies.select(columns.toArray(new Column[0]));
  }

  private static Column valueOf(StructField f, String[] published) {
    switch (f.name()) {
      case "outcome":
        return lit(ParsedRecords.DOCUMENT);
      case "carried":
        return lit(false);
      case "line_number":
      case "position":
        return lit(0L);
      default:
        return java.util.Arrays.asList(published).contains(f.name())
            ? col(f.name()) : lit(null).cast(f.dataType());
    }
  }

  /**
   * {@code documents} (new articles and tweets, with {@code text_fingerprint}) with
   * {@code duplicate_of} decided against the published articles as well: a new article that
   * repeats a published one's text is marked a duplicate of the earliest copy. Published articles
   * keep the mark they were published with. Only published articles sharing a fingerprint with a
   * new one take part, so the window runs over the new articles' fingerprints only.
   */
  Dataset<Row> markRepeatedText(Dataset<Row> documents) {
    UserDefinedFunction fingerprint = udf((UDF1<String, String>) TextFingerprint::of, DataTypes.StringType);
    Dataset<Row> newFingerprints = documents.filter(col("text_fingerprint").isNotNull())
        .select(col("text_fingerprint")).distinct();
    Dataset<Row> published = read().filter(col("corpus").equalTo(Corpus.ARTICLE.code()))
        .select(col("doc_id"), col("published_at"), fingerprint.apply(col("text")).as("text_fingerprint"))
        .join(newFingerprints, "text_fingerprint", "left_semi")
        .select("doc_id", "published_at", "text_fingerprint");
    Dataset<Row> keys = documents.select("doc_id", "published_at", "text_fingerprint").unionByName(published);
    Dataset<Row> marks = MarkRepeatedText.apply(keys)
        .select(col("doc_id").as("marked_doc_id"), col("duplicate_of"));
    return documents.join(marks, col("doc_id").equalTo(col("marked_doc_id")), "left").drop("marked_doc_id");
  }

  /**
   * The published rows of {@code days} (partition values: {@code 2020-10-05}, or
   * {@link Publisher#NULL_PARTITION} for documents without a day), in the published schema, to be
   * written again beside the new documents of those days.
   */
  Dataset<Row> ofDays(Set<String> days) {
    List<Object> dates = new ArrayList<>();
    for (String d : days) {
      if (!Publisher.NULL_PARTITION.equals(d)) {
        dates.add(Date.valueOf(LocalDate.parse(d)));
      }
    }
    Column selected = dates.isEmpty() ? lit(false) : col("day").isin(dates.toArray());
    if (days.contains(Publisher.NULL_PARTITION)) {
      selected = selected.or(col("day").isNull());
    }
    return read().filter(selected);
  }
}
