package io.framing.jobs.schema;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createStructField;

import io.framing.ingest.Document;
import io.framing.ingest.Reject;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
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
    Object[] docValues = DocumentsTable.parsedValues(doc, lang, langDetected);
    Object[] values = new Object[SCHEMA.size()];
    System.arraycopy(docValues, 0, values, 0, docValues.length);
    int i = docValues.length;
    values[i++] = DOCUMENT;
    values[i++] = doc.carried();
    values[i++] = fingerprint;
    values[i++] = doc.lineNumber();
    values[i++] = null;
    values[i++] = null;
    values[i++] = null;
    values[i++] = null;
    values[i] = position;
    return RowFactory.create(values);
  }

  public static Row reject(Reject reject) {
    Object[] values = new Object[SCHEMA.size()];
    int n = DocumentsTable.PARSED_FIELDS.length;
    values[SCHEMA.fieldIndex("input_file")] = reject.inputFile();
    values[SCHEMA.fieldIndex("record_number")] = reject.recordNumber();
    values[SCHEMA.fieldIndex("lang_detected")] = false;
    values[n] = REJECT;
    values[n + 1] = false;
    values[n + 2] = null;
    values[n + 3] = reject.lineNumber();
    values[n + 4] = reject.stage();
    values[n + 5] = reject.reasonText();
    values[n + 6] = reject.reason().code();
    values[n + 7] = reject.raw();
    values[n + 8] = 0L;
    return RowFactory.create(values);
  }

  /** The count of records {@code inputFile} held (see {@link #HELD}). */
  public static Row held(String inputFile, long records) {
    Object[] values = new Object[SCHEMA.size()];
    int n = DocumentsTable.PARSED_FIELDS.length;
    values[SCHEMA.fieldIndex("input_file")] = inputFile;
    values[SCHEMA.fieldIndex("record_number")] = records;
    values[SCHEMA.fieldIndex("lang_detected")] = false;
    values[n] = HELD;
    values[n + 1] = false;
    values[n + 3] = 0L;
    values[n + 8] = 0L;
    return RowFactory.create(values);
  }

  private static StructField[] nullable(StructField[] fields) {
    StructField[] out = new StructField[fields.length];
    for (int i = 0; i < fields.length; i++) {
      out[i] = createStructField(fields[i].name(), fields[i].dataType(), true);
    }
    return out;
  }
}
