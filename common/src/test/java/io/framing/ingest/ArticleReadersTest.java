package io.framing.ingest;

import io.framing.model.Corpus;
import io.framing.model.Document;
import io.framing.model.EmbeddedTweet;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleReadersTest {

  @Test
  void jsonLinesArticleKeepsEveryColumnAndConvertsOffsetsToUtc() {
    String line = "{\"id\":\"x-1\",\"url\":\"https://news.example.com/x-1\",\"source\":\"Harbour Daily\","
        + "\"published_at\":\"2020-09-28T02:30:00+04:00\",\"title\":\"T\",\"text\":\"Baku said it would respond.\","
        + "\"author\":\"R. Writer\",\"lang\":\"EN\"}\n";
    List<RecordOutcome> out = Readers.read("a.jsonl", line);
    Document d = Readers.documents(out).get(0);
    assertEquals("x-1", d.nativeId());
    assertEquals(Corpus.ARTICLE, d.corpus());
    assertEquals("Harbour Daily", d.source());
    assertEquals("R. Writer", d.author());
    assertEquals(Instant.parse("2020-09-27T22:30:00Z"), d.publishedAt());
    assertEquals(LocalDate.of(2020, 9, 27), d.day(), "day is the UTC date, not the local one");
    assertEquals("en", d.lang());
    assertEquals("https://news.example.com/x-1", d.url());
    assertEquals(1, d.recordNumber());
  }

  @Test
  void timeWithoutZoneIsUtc() {
    Document d = Readers.documents(Readers.read("a.jsonl",
        "{\"id\":\"x\",\"published_at\":\"2020-10-01T09:15:00\",\"text\":\"Some text.\"}\n")).get(0);
    assertEquals(Instant.parse("2020-10-01T09:15:00Z"), d.publishedAt());
  }

  @Test
  void csvHandlesRfc4180QuotingWithCommasQuotesAndNewlines() {
    String csv = "id,url,source,published_at,title,text\r\n"
        + "c-1,,Ridge Post,2020-10-02T10:00:00Z,\"Title, with comma\",\"First line, with a comma.\n"
        + "He said \"\"enough\"\" twice.\"\r\n"
        + "c-2,,Ridge Post,2020-10-03T10:00:00Z,Second,Plain text.\r\n";
    List<Document> docs = Readers.documents(Readers.read("articles.csv", csv));
    assertEquals(2, docs.size());
    assertEquals("Title, with comma", docs.get(0).title());
    assertEquals("First line, with a comma.\nHe said \"enough\" twice.", docs.get(0).text());
    assertEquals(2, docs.get(0).lineNumber());
    assertEquals(4, docs.get(1).lineNumber(), "the second record starts after the two-line first one");
    assertEquals(2, docs.get(1).recordNumber());
  }

  @Test
  void csvRowWithWrongFieldCountIsRejectedAndReadingGoesOn() {
    String csv = "id,published_at,title,text\n"
        + "ok-1,2020-10-02T10:00:00Z,A,Text one.\n"
        + "bad,2020-10-02T10:00:00Z,B,Text,extra\n"
        + "short,2020-10-02\n"
        + "ok-2,2020-10-02T10:00:00Z,C,Text two.\n";
    List<RecordOutcome> out = Readers.read("articles.csv", csv);
    assertEquals(4, out.size(), "one outcome per record");
    List<Reject> rejects = Readers.rejects(out);
    assertEquals(2, rejects.size());
    assertEquals(RejectReason.WRONG_FIELD_COUNT, rejects.get(0).reason());
    assertEquals(3, rejects.get(0).lineNumber());
    assertEquals("bad,2020-10-02T10:00:00Z,B,Text,extra", rejects.get(0).raw());
    assertEquals(List.of("ok-1", "ok-2"), Readers.documents(out).stream().map(Document::nativeId).toList());
  }

  @Test
  void plainTextFileNameIsIdFirstLineIsTitleAndFinalNewlineIsDropped() {
    byte[] content = "A headline\nFirst paragraph.\nSecond paragraph.\n".getBytes(StandardCharsets.UTF_8);
    Document d = Readers.documents(Readers.read("dir/cw-2020-10-05-ganja.txt", content,
        ReaderOptions.defaults(), null)).get(0);
    assertEquals("cw-2020-10-05-ganja", d.nativeId());
    assertEquals("A headline", d.title());
    assertEquals("First paragraph.\nSecond paragraph.", d.text());
    assertEquals(LocalDate.of(2020, 10, 5), d.day(), "an ISO date in the file name dates the article");
  }

  @Test
  void plainTextWithoutDateInNameHasNoPublicationTime() {
    Document d = Readers.documents(Readers.read("story.txt", "Title\nBody.")).get(0);
    assertNull(d.publishedAt());
    assertNull(d.day());
  }

  @Test
  void gzipIsRecognisedByItsMagicBytesNotItsName() {
    byte[] gz = Readers.gzip("{\"id\":\"g\",\"published_at\":\"2020-10-01T00:00:00Z\",\"text\":\"Zipped.\"}\n");
    List<Document> docs = Readers.documents(Readers.read("renamed.jsonl", gz, ReaderOptions.defaults(), null));
    assertEquals("Zipped.", docs.get(0).text());
  }

  @Test
  void embeddedTweetsAreFoundInArticles() {
    String text = "The minister wrote on Sunday.\\nWe will not accept this. #Peace\\n"
        + "\\u2014 Some Minister (@some_minister) September 27, 2020\\nLater paragraph.";
    Document d = Readers.documents(Readers.read("a.jsonl",
        "{\"id\":\"e\",\"published_at\":\"2020-09-27T00:00:00Z\",\"text\":\"" + text + "\"}\n")).get(0);
    assertEquals(1, d.embeddedTweets().size());
    EmbeddedTweet t = d.embeddedTweets().get(0);
    assertEquals("some_minister", t.handle());
    assertEquals("We will not accept this. #Peace", d.text().substring(t.textStart(), t.textEnd()));
    assertEquals(List.of("Peace"), d.hashtags());
  }

  @Test
  void forcedFormatOverridesDetection() {
    List<RecordOutcome> out = Readers.read("weird.data",
        "id,published_at,title,text\nf,2020-10-01T00:00:00Z,T,Body.\n".getBytes(StandardCharsets.UTF_8),
        ReaderOptions.defaults(), InputFormat.ARTICLES_CSV);
    assertFalse(out.get(0).isRejected());
    assertTrue(Readers.documents(out).get(0).text().startsWith("Body"));
  }
}
