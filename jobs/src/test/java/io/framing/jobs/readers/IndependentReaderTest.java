package io.framing.jobs.readers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.framing.jobs.SparkTestSession;
import io.framing.jobs.schema.DocumentsTable;
import io.framing.jobs.schema.IngestedFilesTable;
import io.framing.jobs.schema.FramingSummaryTable;
import io.framing.jobs.schema.MentionsTable;
import io.framing.jobs.schema.RejectsTable;
import io.framing.jobs.schema.RelationsTable;
import io.framing.jobs.schema.SentimentTable;
import io.framing.jobs.schema.StanceTable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The output tables as an analyst's tool sees them: the pipeline runs once on {@code data/corpus}
 * (plus {@code data/broken}, so that {@code rejects} has rows), then DuckDB, a Parquet reader
 * that shares no code with Spark, opens every table. Every column's name, position and type must
 * be what the table's Spark schema in {@code io.framing.jobs.schema} promises, and DuckDB must
 * count the same rows (and the same non-null values per column) as Spark. The example queries
 * of {@code notebooks/README.md} run here too, in both engines.
 */
class IndependentReaderTest {
  /** Every published table, its declared schema, and its partition columns. */
  static final Map<String, StructType> SCHEMAS = new LinkedHashMap<>();
  static final Map<String, List<String>> PARTITIONS = new LinkedHashMap<>();

  static {
    table(DocumentsTable.NAME, DocumentsTable.SCHEMA, "day");
    table(RejectsTable.NAME, RejectsTable.SCHEMA);
    table(IngestedFilesTable.NAME, IngestedFilesTable.SCHEMA);
    table(MentionsTable.NAME, MentionsTable.SCHEMA, "day");
    table(RelationsTable.NAME, RelationsTable.SCHEMA, "day");
    table(SentimentTable.NAME, SentimentTable.SCHEMA);
    table(StanceTable.NAME, StanceTable.SCHEMA);
    table(FramingSummaryTable.NAME, FramingSummaryTable.SCHEMA);
  }

  private static void table(String name, StructType schema, String... partitions) {
    SCHEMAS.put(name, schema);
    PARTITIONS.put(name, List.of(partitions));
  }

  @TempDir
  static Path tmp;
  static Path out;
  static SparkSession spark;
  static Connection duck;

  @BeforeAll
  static void runPipeline() throws SQLException {
    Path root = SparkTestSession.projectRoot();
    out = tmp.resolve("sample");
    SparkTestSession.runPipeline("run",
        "--input", root.resolve("data/corpus").toString(),
        "--input", root.resolve("data/broken").toString(),
        "--output", out.toString(),
        "--data-dir", root.resolve("data").toString());
    spark = SparkTestSession.get();
    duck = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement st = duck.createStatement()) {
      st.execute("SET TimeZone = 'UTC'");
    }
  }

  @AfterAll
  static void close() throws SQLException {
    if (duck != null) {
      duck.close();
    }
  }

  static Stream<String> tables() {
    return SCHEMAS.keySet().stream();
  }

  /** DuckDB's reading of a table, as the notebooks and the README write it. */
  static String scan(String table) {
    return "read_parquet('" + out.resolve(table) + "/**/*.parquet', hive_partitioning = true)";
  }

  // ---- the type mapping ----------------------------------------------------------------

  /**
   * The DuckDB type a Spark type must read as. Spark writes {@code TimestampType} as Parquet
   * INT64 TIMESTAMP_MICROS with {@code isAdjustedToUTC = true}: an instant, which DuckDB reads as
   * {@code TIMESTAMP WITH TIME ZONE} (a {@code TimestampNTZType} would be a plain
   * {@code TIMESTAMP}).
   */
  static String duckType(DataType type) {
    if (type.equals(DataTypes.StringType)) {
      return "VARCHAR";
    } else if (type.equals(DataTypes.IntegerType)) {
      return "INTEGER";
    } else if (type.equals(DataTypes.LongType)) {
      return "BIGINT";
    } else if (type.equals(DataTypes.DoubleType)) {
      return "DOUBLE";
    } else if (type.equals(DataTypes.BooleanType)) {
      return "BOOLEAN";
    } else if (type.equals(DataTypes.DateType)) {
      return "DATE";
    } else if (type.equals(DataTypes.TimestampType)) {
      return "TIMESTAMP WITH TIME ZONE";
    } else if (type.equals(DataTypes.TimestampNTZType)) {
      return "TIMESTAMP";
    } else if (type instanceof ArrayType array) {
      return duckType(array.elementType()) + "[]";
    } else if (type instanceof StructType struct) {
      return Stream.of(struct.fields())
          .map(f -> "\"" + f.name() + "\" " + duckType(f.dataType()))
          .collect(Collectors.joining(", ", "STRUCT(", ")"));
    }
    throw new IllegalArgumentException("no DuckDB mapping for Spark type " + type);
  }

  /** DuckDB's own spelling of a type (how DESCRIBE prints it: quoting, spacing). */
  static String canonical(String duckType) throws SQLException {
    try (Statement st = duck.createStatement();
        ResultSet rs = st.executeQuery("SELECT typeof(CAST(NULL AS " + duckType + "))")) {
      rs.next();
      return rs.getString(1);
    }
  }

  /** The columns a reader must see: the schema's, partition columns moved last (from folders). */
  static List<String> expectedColumns(StructType schema, List<String> partitions) throws SQLException {
    List<String> columns = new ArrayList<>();
    List<StructField> last = new ArrayList<>();
    for (StructField f : schema.fields()) {
      if (partitions.contains(f.name())) {
        last.add(f);
      } else {
        columns.add(f.name() + " " + canonical(duckType(f.dataType())));
      }
    }
    for (StructField f : last) {
      columns.add(f.name() + " " + canonical(duckType(f.dataType())));
    }
    return columns;
  }

  static List<String> duckColumns(String table) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (Statement st = duck.createStatement();
        ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM " + scan(table))) {
      while (rs.next()) {
        columns.add(rs.getString("column_name") + " " + rs.getString("column_type"));
      }
    }
    return columns;
  }

  // ---- the tables ----------------------------------------------------------------------

  @ParameterizedTest
  @MethodSource("tables")
  void duckdbSeesTheDeclaredColumnsAndTypes(String table) throws SQLException {
    assertEquals(expectedColumns(SCHEMAS.get(table), PARTITIONS.get(table)), duckColumns(table),
        table + ": columns as DuckDB reads them (name and type, in order) vs the Spark schema");
  }

  @ParameterizedTest
  @MethodSource("tables")
  void duckdbCountsWhatSparkCounts(String table) throws SQLException {
    StructType schema = SCHEMAS.get(table);
    Dataset<Row> rows = spark.read().parquet(out.resolve(table).toString());
    StringBuilder sql = new StringBuilder("SELECT count(*)");
    List<org.apache.spark.sql.Column> sparkAggs = new ArrayList<>();
    for (String name : schema.fieldNames()) {
      sql.append(", count(\"").append(name).append("\")");
      sparkAggs.add(org.apache.spark.sql.functions.count(org.apache.spark.sql.functions.col(name)));
    }
    Row sparkCounts = rows.agg(org.apache.spark.sql.functions.count(org.apache.spark.sql.functions.lit(1)),
        sparkAggs.toArray(new org.apache.spark.sql.Column[0])).first();
    try (Statement st = duck.createStatement();
        ResultSet rs = st.executeQuery(sql.append(" FROM ").append(scan(table)).toString())) {
      rs.next();
      assertEquals(sparkCounts.getLong(0), rs.getLong(1), table + ": rows");
      for (int i = 0; i < schema.size(); i++) {
        assertEquals(sparkCounts.getLong(i + 1), rs.getLong(i + 2),
            table + "." + schema.fieldNames()[i] + ": non-null values");
      }
    }
  }

  @Test
  void everyTableHasRowsForTheReaderToRead() throws SQLException {
    for (String table : SCHEMAS.keySet()) {
      try (Statement st = duck.createStatement();
          ResultSet rs = st.executeQuery("SELECT count(*) FROM " + scan(table))) {
        rs.next();
        assertTrue(rs.getLong(1) > 0, table + " is empty: the type checks would prove little");
      }
    }
  }

  /** The mapping asserted literally for the types that differ most between engines. */
  @Test
  void timestampsDatesArraysAndStructsReadAsDuckdbsOwnTypes() throws SQLException {
    Map<String, String> documents = new LinkedHashMap<>();
    for (String column : duckColumns(DocumentsTable.NAME)) {
      int space = column.indexOf(' ');
      documents.put(column.substring(0, space), column.substring(space + 1));
    }
    assertEquals("TIMESTAMP WITH TIME ZONE", documents.get("published_at"));
    assertEquals("DATE", documents.get("day"));
    assertEquals("VARCHAR[]", documents.get("hashtags"));
    assertEquals("STRUCT(handle VARCHAR, \"name\" VARCHAR, date DATE, text_start INTEGER, text_end INTEGER)[]",
        documents.get("embedded_tweets"));
    assertTrue(duckColumns(RelationsTable.NAME).contains("frames VARCHAR[]"));
    assertTrue(duckColumns(FramingSummaryTable.NAME).contains("day DATE"));

    // The same instant in both readers: Spark's first published_at equals DuckDB's, in UTC.
    Row first = spark.read().parquet(out.resolve(DocumentsTable.NAME).toString())
        .selectExpr("doc_id", "CAST(unix_micros(published_at) AS BIGINT) AS micros")
        .where("published_at IS NOT NULL").orderBy("doc_id").first();
    try (Statement st = duck.createStatement();
        ResultSet rs = st.executeQuery("SELECT epoch_us(published_at) FROM "
            + scan(DocumentsTable.NAME) + " WHERE doc_id = '" + first.getString(0) + "'")) {
      assertTrue(rs.next());
      assertEquals(first.getLong(1), rs.getLong(1), "published_at of " + first.getString(0));
    }
  }

  /** The check above is not vacuous: a missing, misnamed or mistyped column is caught. */
  @Test
  void aMissingMisnamedOrMistypedColumnFailsTheCheck() throws SQLException {
    List<String> actual = duckColumns(RelationsTable.NAME);
    List<String> partitions = PARTITIONS.get(RelationsTable.NAME);
    StructField[] fields = RelationsTable.SCHEMA.fields();
    assertEquals(expectedColumns(RelationsTable.SCHEMA, partitions), actual);

    StructType extra = RelationsTable.SCHEMA.add("weight", DataTypes.DoubleType);
    assertFalse(expectedColumns(extra, partitions).equals(actual), "a column the files lack");

    StructField[] renamed = fields.clone();
    renamed[1] = DataTypes.createStructField("document_id", DataTypes.StringType, false);
    assertFalse(expectedColumns(new StructType(renamed), partitions).equals(actual), "a misnamed column");

    StructField[] retyped = fields.clone();
    int frames = RelationsTable.SCHEMA.fieldIndex("frames");
    retyped[frames] = DataTypes.createStructField("frames", DataTypes.StringType, false);
    assertFalse(expectedColumns(new StructType(retyped), partitions).equals(actual), "a mistyped column");

    StructField[] longer = fields.clone();
    int sentence = RelationsTable.SCHEMA.fieldIndex("sentence_idx");
    longer[sentence] = DataTypes.createStructField("sentence_idx", DataTypes.LongType, false);
    assertFalse(expectedColumns(new StructType(longer), partitions).equals(actual), "INTEGER is not BIGINT");
  }

  // ---- the README's example queries ----------------------------------------------------

  static final Pattern SQL_BLOCK = Pattern.compile("```sql\\n-- (Spark SQL|DuckDB)\\n(.*?)```", Pattern.DOTALL);

  @Test
  void theReadmesExampleQueriesRunInBothEnginesAndAgree() throws Exception {
    String readme = Files.readString(SparkTestSession.projectRoot().resolve("notebooks/README.md"),
        StandardCharsets.UTF_8);
    Matcher m = SQL_BLOCK.matcher(readme);
    List<String> sparkQueries = new ArrayList<>();
    List<String> duckQueries = new ArrayList<>();
    while (m.find()) {
      String sql = m.group(2).replace("out/sample/", out + "/");
      (m.group(1).equals("DuckDB") ? duckQueries : sparkQueries).add(sql);
    }
    assertEquals(SCHEMAS.size(), sparkQueries.size(), "one Spark SQL example per table");
    assertEquals(SCHEMAS.size(), duckQueries.size(), "one DuckDB example per table");
    Set<String> covered = new java.util.TreeSet<>();
    for (int i = 0; i < sparkQueries.size(); i++) {
      for (String table : SCHEMAS.keySet()) {
        if (duckQueries.get(i).contains(out.resolve(table) + "/")) {
          covered.add(table);
        }
      }
      List<String> fromSpark = new ArrayList<>();
      for (Row r : spark.sql(sparkQueries.get(i)).collectAsList()) {
        fromSpark.add(String.valueOf(r.get(0)));
      }
      List<String> fromDuck = new ArrayList<>();
      try (Statement st = duck.createStatement(); ResultSet rs = st.executeQuery(duckQueries.get(i))) {
        while (rs.next()) {
          fromDuck.add(rs.getString(1));
        }
      }
      assertEquals(fromSpark, fromDuck, "example " + (i + 1) + ": first column, Spark SQL vs DuckDB:\n"
          + sparkQueries.get(i) + "\n" + duckQueries.get(i));
    }
    assertEquals(new java.util.TreeSet<>(SCHEMAS.keySet()), covered, "every table has its example");
  }
}
