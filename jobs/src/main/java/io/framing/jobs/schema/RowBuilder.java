package io.framing.jobs.schema;

import java.util.Objects;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructType;

/**
 * Builds one row of a table's {@link StructType} by column name, so that a codec does not
 * depend on the order of the columns. Fails naming the column when it is unknown, set twice,
 * or a non-nullable column is left null. Not thread-safe; one builder per row.
 */
public final class RowBuilder {
  private final StructType schema;
  private final Object[] values;
  private final boolean[] set;

  public RowBuilder(StructType schema) {
    this.schema = Objects.requireNonNull(schema, "schema");
    this.values = new Object[schema.size()];
    this.set = new boolean[schema.size()];
  }

  /**
   * A builder holding {@code row}'s value, read by column name, for every column of {@code schema}
   * but {@code replaced}, which the caller then sets: a row rewritten in a few columns without
   * depending on the order of the others.
   */
  public static RowBuilder copying(StructType schema, Row row, String... replaced) {
    RowBuilder b = new RowBuilder(schema);
    Set<String> skipped = Set.of(replaced);
    for (String column : skipped) {
      b.indexOf(column);
    }
    for (String column : schema.fieldNames()) {
      if (!skipped.contains(column)) {
        b.set(column, row.get(row.fieldIndex(column)));
      }
    }
    return b;
  }

  /** Sets {@code column} to {@code value} (a value of the column's Spark type). */
  public RowBuilder set(String column, Object value) {
    int i = indexOf(column);
    if (set[i]) {
      throw new IllegalArgumentException("Column '" + column + "' is set twice");
    }
    values[i] = value;
    set[i] = true;
    return this;
  }

  /** The row, carrying its schema (so it reads by name too); every non-nullable column must have a value. */
  public Row build() {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null && !schema.fields()[i].nullable()) {
        throw new IllegalArgumentException("Column '" + schema.fields()[i].name() + "' is not nullable and has no value");
      }
    }
    return new GenericRowWithSchema(values.clone(), schema);
  }

  private int indexOf(String column) {
    if (!schema.getFieldIndex(column).isDefined()) {
      throw new IllegalArgumentException("Unknown column '" + column + "'; the table has " + String.join(", ", schema.fieldNames()));
    }
    return (int) schema.getFieldIndex(column).get();
  }
}
