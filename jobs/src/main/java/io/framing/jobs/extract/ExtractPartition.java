package io.framing.jobs.extract;

import io.framing.jobs.io.DataBundle;
import io.framing.jobs.schema.DocumentsTable;
import io.framing.model.Document;
import io.framing.relations.DocumentExtractor;
import io.framing.relations.RelationExtractor;
import java.sql.Date;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts a partition of {@code documents} rows into {@link ExtractionRows#SCHEMA} rows,
 * streaming (one document's rows at a time). The extractor comes from the JVM-wide
 * {@link ExtractorHolder}, built once per executor from the broadcast data bundle; the
 * function itself carries only the broadcast handle.
 */
final class ExtractPartition implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(ExtractPartition.class);

  private final Broadcast<DataBundle> bundle;

  ExtractPartition(Broadcast<DataBundle> bundle) {
    this.bundle = bundle;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> documents) {
    DocumentExtractor extractor = ExtractorHolder.get(bundle.value());
    TaskContext task = TaskContext.get();
    int partition = task == null ? -1 : task.partitionId();
    long start = System.currentTimeMillis();
    return new Iterator<>() {
      private Iterator<Row> current = Collections.emptyIterator();
      private long docs;
      private long rows;
      private boolean logged;

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && documents.hasNext()) {
          current = extract(documents.next()).iterator();
          docs++;
        }
        if (!current.hasNext() && !logged) {
          logged = true;
          LOG.info("extract: partition {}: {} documents, {} rows in {} ms", partition, docs, rows,
              System.currentTimeMillis() - start);
        }
        return current.hasNext();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        rows++;
        return current.next();
      }

      private java.util.List<Row> extract(Row row) {
        String docId = row.getAs("doc_id");
        try {
          Document doc = DocumentsTable.toDocument(row);
          RelationExtractor.Result result = extractor.extract(doc);
          return ExtractionRows.of(doc, (Date) row.getAs("day"), result);
        } catch (RuntimeException e) {
          // A failure here is a bug in the core, not bad input (ingest already checked it):
          // fail the task and name the document, rather than drop it silently.
          throw new IllegalStateException("extract failed on document " + docId + ": " + e, e);
        }
      }
    };
  }
}
