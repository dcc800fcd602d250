package io.framing.jobs.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.framing.ingest.IngestPlan;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * {@code _run_report.json}: inputs, counts per file and per table, rejects by reason, duration
 * per stage, the version and the configuration. Built on the driver from small aggregates.
 * Not thread-safe.
 */
public final class RunReport {
  public static final String FILE_NAME = "_run_report.json";

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final ObjectNode root = JSON.createObjectNode();

  public RunReport(String command, Map<String, String> configuration) {
    root.put("product", "framing");
    root.put("version", version());
    root.put("command", command);
    root.put("started_at", Instant.now().toString());
    ObjectNode config = root.putObject("configuration");
    configuration.forEach(config::put);
    root.putArray("inputs");
    root.putObject("files");
    root.putObject("tables");
    root.putObject("rejects_by_reason");
    root.putObject("stages");
    root.putObject("stage_counts");
  }

  public void inputs(List<String> files) {
    ArrayNode inputs = (ArrayNode) root.get("inputs");
    files.forEach(inputs::add);
  }

  public void skippedFiles(List<String> files) {
    ArrayNode skipped = root.putArray("skipped_files");
    files.forEach(skipped::add);
  }

  /** Input paths not followed (symbolic links out of the input folder, loops, second names), with why. */
  public void skippedLinks(java.util.Map<String, String> links) {
    ObjectNode skipped = root.putObject("skipped_links");
    links.forEach(skipped::put);
  }

  public void fileCounts(List<FileCounts> counts) {
    ObjectNode files = (ObjectNode) root.get("files");
    for (FileCounts c : counts) {
      ObjectNode f = files.putObject(c.inputFile());
      f.put("read", c.read());
      f.put("accepted", c.accepted());
      f.put("rejected", c.rejected());
      f.put("folded_duplicates", c.folded());
      f.put("carried_documents", c.carried());
      f.put("balanced", c.balances());
      f.put("outcome", "parsed");
    }
  }

  /**
   * Input files not parsed because the output holds them already: listed under {@code files}
   * with {@code read} 0 (and every other count 0), so the accounting still balances.
   */
  public void alreadyIngested(List<String> inputFiles) {
    ObjectNode files = (ObjectNode) root.get("files");
    for (String file : inputFiles) {
      ObjectNode f = files.putObject(file);
      f.put("read", 0);
      f.put("accepted", 0);
      f.put("rejected", 0);
      f.put("folded_duplicates", 0);
      f.put("carried_documents", 0);
      f.put("balanced", true);
      f.put("outcome", "skipped: " + IngestPlan.ALREADY_INGESTED);
    }
  }

  /**
   * The {@code day} partitions (values as directory names: {@code 2020-10-05}, or Spark's null
   * partition) an incremental ingest wrote: the days its new documents fall on. The run replaces
   * these partitions only. Not called by a full ingest, whose run replaces its window.
   */
  public void daysWritten(java.util.SortedSet<String> days) {
    ArrayNode node = root.putArray("days_written");
    days.forEach(node::add);
  }

  /** The days an incremental ingest wrote ({@link #daysWritten(java.util.SortedSet)}), if it was one. */
  public java.util.Optional<java.util.Set<String>> daysWritten() {
    if (!root.has("days_written")) {
      return java.util.Optional.empty();
    }
    java.util.Set<String> days = new java.util.TreeSet<>();
    root.get("days_written").forEach(d -> days.add(d.asText()));
    return java.util.Optional.of(days);
  }

  public void tableCount(String table, long rows) {
    ((ObjectNode) root.get("tables")).put(table, rows);
  }

  /** A count a stage records besides its tables' rows ("documents_skipped_not_english"). */
  public void stageCount(String stage, String name, long value) {
    ObjectNode counts = (ObjectNode) root.get("stage_counts");
    ObjectNode node = counts.has(stage) ? (ObjectNode) counts.get(stage) : counts.putObject(stage);
    node.put(name, value);
  }

  public void rejectsByReason(Map<String, Long> byReason) {
    ObjectNode node = (ObjectNode) root.get("rejects_by_reason");
    byReason.forEach(node::put);
  }

  public void stage(String name, long millis, String status) {
    ObjectNode stage = ((ObjectNode) root.get("stages")).putObject(name);
    stage.put("status", status);
    stage.put("seconds", millis / 1000.0);
  }

  /** The tables recorded so far, in the order their counts were recorded. */
  public java.util.List<String> tables() {
    java.util.List<String> names = new java.util.ArrayList<>();
    root.get("tables").fieldNames().forEachRemaining(names::add);
    return names;
  }

  public ObjectNode json() {
    return root;
  }

  public void write(String outputDir, Configuration conf) throws IOException {
    root.put("finished_at", Instant.now().toString());
    Path path = new Path(outputDir, FILE_NAME);
    FileSystem fs = path.getFileSystem(conf);
    try (OutputStream out = fs.create(path, true)) {
      out.write(JSON.writeValueAsString(root).getBytes(StandardCharsets.UTF_8));
    }
  }

  static String version() {
    String v = RunReport.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
