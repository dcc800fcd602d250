package io.framing.jobs.schema;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createStructField;

import io.framing.ingest.Reject;
import io.framing.model.Document;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * What parsing the input files yields, documents and rejects in one dataset, so that every file
 * is read once. {@code outcome} tells them apart; the split into {@code documents} and
 * {@code rejects} happens after the per-file counts are taken.
 */
public final class ParsedRecords {
  private ParsedRecords() {}

  public static final String DOCUMENT = "document";
  public static final String REJECT = "reject";
  /**
   * One row per input file, written when its reader is done: {@code record_number} holds the
   * records the file held as its reader framed them, counted apart from the outcomes, so that
   * the run report's {@code read} catches a record that got no outcome.
   */
  public static final String HELD = "held";

  /** Document columns (null for rejects), then bookkeeping and reject columns. */
  public static final StructType SCHEMA = DocumentsTable.withExtra(nullable(DocumentsTable.PARSED_FIELDS),
      createStructField("outcome", StringType, false),
      createStructField("carried", BooleanType, false),
      createStructField("text_fingerprint", StringType, true),
      createStructField("line_number", LongType, false),
      createStructField("stage", StringType, true),
      createStructField("reason", StringType, true),
      createStructField("reason_code", StringType, true),
      createStructField("raw", StringType, true),
      createStructField("position", LongType, false));

  /**
   * @param position the order of the document within its record (0 for the record's own), so
   *     that ties between copies of one id resolve the same way on every run
   */
  public static Row document(Document doc, String lang, boolean langDetected, String fingerprint, long position) {
    return DocumentsTable.setParsed(new RowBuilder(SCHEMA), doc, lang, langDetected)
        .set("outcome", DOCUMENT)
        .set("carried", doc.carried())
        .set("text_fingerprint", fingerprint)
        .set("line_number", doc.lineNumber())
        .set("position", position)
        .build();
  }

  public static Row reject(Reject reject) {
    return new RowBuilder(SCHEMA)
        .set("input_file", reject.inputFile())
        .set("record_number", reject.recordNumber())
        .set("lang_detected", false)
        .set("outcome", REJECT)
        .set("carried", false)
        .set("line_number", reject.lineNumber())
        .set("stage", reject.stage())
        .set("reason", reject.reasonText())
        .set("reason_code", reject.reason().code())
        .set("raw", reject.raw())
        .set("position", 0L)
        .build();
  }

  /** The count of records {@code inputFile} held (see {@link #HELD}). */
  public static Row held(String inputFile, long records) {
    return new RowBuilder(SCHEMA)
        .set("input_file", inputFile)
        .set("record_number", records)
        .set("lang_detected", false)
        .set("outcome", HELD)
        .set("carried", false)
        .set("line_number", 0L)
        .set("position", 0L)
        .build();
  }

  private static StructField[] nullable(StructField[] fields) {
    StructField[] out = new StructField[fields.length];
    for (int i = 0; i < fields.length; i++) {
      out[i] = createStructField(fields[i].name(), fields[i].dataType(), true);
    }
    return out;
  }
}
