package io.framing.jobs.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.framing.model.Corpus;
import io.framing.model.Document;
import io.framing.model.EmbeddedTweet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.junit.jupiter.api.Test;

/** A documents row, written by the codec, rebuilds the Document ingest wrote, field for field. */
class DocumentsTableTest {

  private static Row rowOf(Document doc, String lang) {
    Row row = DocumentsTable.row(doc, lang, false);
    Object[] values = new Object[row.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = row.get(i);
    }
    return new GenericRowWithSchema(values, DocumentsTable.SCHEMA);
  }

  @Test
  void anArticleWithAnEmbeddedTweetRoundTrips() {
    String text = "The minister spoke on Monday. Peace now, for the villages of the valley. — Ana Petrosyan (@anapetro) October 3, 2020 Talks resume.";
    int start = text.indexOf("Peace");
    Document doc = Document.builder()
        .nativeId("wire-0042").corpus(Corpus.ARTICLE).source("Valley Wire").author("J. Doe")
        .publishedAt(Instant.parse("2020-10-03T08:15:00Z")).lang("en").title("Talks resume")
        .text(text).url("https://example.org/wire-0042").inputFile("file:/in/articles.jsonl")
        .recordNumber(7)
        .embeddedTweets(List.of(new EmbeddedTweet("anapetro", "Ana Petrosyan", LocalDate.of(2020, 10, 3),
            start, text.indexOf(" —"))))
        .build();

    Document back = DocumentsTable.toDocument(rowOf(doc, "en"));

    assertEquals(doc, back);
    assertEquals(doc.docId(), back.docId());
    assertEquals(LocalDate.of(2020, 10, 3), back.day());
    assertEquals(1, back.embeddedTweets().size());
    assertEquals(start, back.embeddedTweets().get(0).textStart());
  }

  @Test
  void aRetweetKeepsItsLinksHashtagsAndAuthor() {
    Document doc = Document.builder()
        .nativeId("1311000000000000001").corpus(Corpus.TWEET).source("twitter").author("riverwatch")
        .authorName("River Watch").publishedAt(Instant.parse("2020-09-28T22:59:59Z")).lang("und")
        .text("RT @someone: Bridges closed again #Valley #Roads").inputFile("file:/in/tweets.jsonl")
        .recordNumber(3).retweetOf("t-0123456789abcdef").quoteOf("t-fedcba9876543210").replyTo("t-1111111111111111")
        .hashtags(List.of("Valley", "Roads"))
        .build();

    Document back = DocumentsTable.toDocument(rowOf(doc, "und"));

    assertEquals(doc, back);
    assertEquals("t-0123456789abcdef", back.retweetOf());
    assertEquals("t-fedcba9876543210", back.quoteOf());
    assertEquals(List.of("Valley", "Roads"), back.hashtags());
    assertEquals("River Watch", back.authorName());
    assertEquals(Corpus.TWEET, back.corpus());
  }

  @Test
  void aPlainTextArticleWithoutDateOrLanguage() {
    Document doc = Document.builder()
        .nativeId("cw-note").corpus(Corpus.ARTICLE).title("Note").text("A short note about the road.")
        .inputFile("file:/in/articles-txt/cw-note.txt").recordNumber(1).build();

    Document back = DocumentsTable.toDocument(rowOf(doc, null));

    assertEquals(doc, back);
    assertNull(back.publishedAt());
    assertNull(back.lang());
    assertTrue(back.hashtags().isEmpty() && back.embeddedTweets().isEmpty());
  }

  @Test
  void aRowWhoseIdDoesNotMatchItsCorpusAndNativeIdIsRefused() {
    Document doc = Document.builder().nativeId("x1").corpus(Corpus.ARTICLE).text("Some text.")
        .inputFile("f").build();
    Row row = rowOf(doc, "en");
    Object[] values = new Object[row.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = row.get(i);
    }
    values[DocumentsTable.SCHEMA.fieldIndex("doc_id")] = "a-0000000000000000";
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> DocumentsTable.toDocument(new GenericRowWithSchema(values, DocumentsTable.SCHEMA)));
    assertTrue(e.getMessage().contains("a-0000000000000000"), e.getMessage());

    values[DocumentsTable.SCHEMA.fieldIndex("corpus")] = "podcast";
    assertThrows(IllegalArgumentException.class,
        () -> DocumentsTable.toDocument(new GenericRowWithSchema(values, DocumentsTable.SCHEMA)));
  }
}
