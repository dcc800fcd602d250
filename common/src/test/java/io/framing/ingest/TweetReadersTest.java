package io.framing.ingest;

import io.framing.model.Corpus;
import io.framing.model.DocIds;
import io.framing.model.Document;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TweetReadersTest {

  private static String v1(String id, String handle, String text, String extra) {
    return "{\"created_at\":\"Mon Sep 28 06:00:00 +0000 2020\",\"id\":" + id + ",\"id_str\":\"" + id
        + "\",\"full_text\":\"" + text + "\",\"user\":{\"screen_name\":\"" + handle + "\",\"name\":\"" + handle
        + " Name\"},\"lang\":\"en\"" + extra + "}";
  }

  @Test
  void v1TweetUsesIdStrNotTheLossyNumber() {
    String line = "{\"created_at\":\"Sun Sep 27 14:03:11 +0000 2020\",\"id\":1310000000000000001,"
        + "\"id_str\":\"1310000000000000001\",\"text\":\"short\",\"extended_tweet\":{\"full_text\":\"the long text #Peace\"},"
        + "\"user\":{\"screen_name\":\"someone\",\"name\":\"Some One\"},\"lang\":\"und\"}\n";
    Document d = Readers.documents(Readers.read("tweets.jsonl", line)).get(0);
    assertEquals("1310000000000000001", d.nativeId());
    assertEquals(Corpus.TWEET, d.corpus());
    assertEquals("the long text #Peace", d.text());
    assertEquals("someone", d.author());
    assertEquals("Some One", d.authorName());
    assertEquals(Instant.parse("2020-09-27T14:03:11Z"), d.publishedAt());
    assertNull(d.lang(), "'und' means the language is still to be detected");
    assertEquals(List.of("Peace"), d.hashtags());
  }

  @Test
  void v1RetweetIsTheRetweetersDocumentAndCarriesTheOriginal() {
    String original = v1("1311111111111111111", "author_a", "Original words.", "");
    String retweet = v1("1312222222222222222", "retweeter_b", "RT @author_a: Original words.",
        ",\"retweeted_status\":" + original);
    List<RecordOutcome> out = Readers.read("tweets.jsonl", retweet + "\n");
    assertEquals(1, out.size(), "one record");
    List<Document> docs = out.get(0).documents();
    assertEquals(2, docs.size());
    Document own = docs.get(0);
    Document carried = docs.get(1);
    assertEquals("retweeter_b", own.author());
    assertFalse(own.carried());
    assertEquals(carried.docId(), own.retweetOf());
    assertEquals("author_a", carried.author());
    assertEquals("1311111111111111111", carried.nativeId());
    assertTrue(carried.carried());
    assertEquals(DocIds.of(Corpus.TWEET, "1311111111111111111"), carried.docId());
  }

  @Test
  void v1QuoteTweetCarriesTheQuotedTweetAndReplyPointsToItsParent() {
    String quoted = v1("1313333333333333333", "quoted_c", "Quoted words.", "");
    String quote = v1("1314444444444444444", "quoter_d", "My comment.",
        ",\"quoted_status\":" + quoted + ",\"in_reply_to_status_id_str\":\"1310000000000000009\"");
    List<Document> docs = Readers.documents(Readers.read("tweets.jsonl", quote + "\n"));
    assertEquals("My comment.", docs.get(0).text());
    assertEquals(docs.get(1).docId(), docs.get(0).quoteOf());
    assertEquals(DocIds.of(Corpus.TWEET, "1310000000000000009"), docs.get(0).replyTo());
    assertNull(docs.get(0).retweetOf());
  }

  @Test
  void v2PageJoinsAuthorsAndMarksReferences() {
    String page = "{\"data\":[{\"id\":\"1315555555555555555\",\"text\":\"RT @orig: Hello\",\"author_id\":\"9\","
        + "\"created_at\":\"2020-10-04T05:40:11.000Z\",\"referenced_tweets\":[{\"type\":\"retweeted\",\"id\":\"1316666666666666666\"}]},"
        + "{\"id\":\"1317777777777777777\",\"text\":\"Reply text\",\"author_id\":\"8\",\"created_at\":\"2020-10-05T00:00:00.000Z\","
        + "\"referenced_tweets\":[{\"type\":\"replied_to\",\"id\":\"1315555555555555555\"}]}],"
        + "\"includes\":{\"users\":[{\"id\":\"9\",\"username\":\"rt_user\",\"name\":\"RT User\"},"
        + "{\"id\":\"8\",\"username\":\"reply_user\",\"name\":\"Reply User\"},{\"id\":\"7\",\"username\":\"orig\",\"name\":\"Orig\"}],"
        + "\"tweets\":[{\"id\":\"1316666666666666666\",\"text\":\"Hello\",\"author_id\":\"7\",\"created_at\":\"2020-10-04T05:00:00.000Z\"}]},"
        + "\"meta\":{\"result_count\":2}}\n";
    List<RecordOutcome> out = Readers.read("tweets-v2.jsonl", page);
    assertEquals(2, out.size(), "each tweet of data is a record");
    Document rt = out.get(0).documents().get(0);
    Document original = out.get(0).documents().get(1);
    assertEquals("rt_user", rt.author());
    assertEquals("RT User", rt.authorName());
    assertEquals(original.docId(), rt.retweetOf());
    assertEquals("orig", original.author());
    assertTrue(original.carried());
    Document reply = out.get(1).documents().get(0);
    assertEquals(rt.docId(), reply.replyTo());
    assertEquals(2, out.get(1).documents().get(0).recordNumber());
  }

  @Test
  void v2TweetWithoutTextIsRejectedButItsPageMatesAreKept() {
    String page = "{\"data\":[{\"id\":\"1\",\"text\":\"\",\"author_id\":\"9\",\"created_at\":\"2020-10-04T05:40:11.000Z\"},"
        + "{\"id\":\"2\",\"text\":\"fine\",\"author_id\":\"9\",\"created_at\":\"2020-10-04T05:40:11.000Z\"}],"
        + "\"includes\":{\"users\":[]}}\n";
    List<RecordOutcome> out = Readers.read("p.jsonl", page);
    assertEquals(RejectReason.NO_TEXT, out.get(0).reject().reason());
    assertTrue(out.get(0).reject().raw().contains("\"id\":\"1\""), "raw holds the tweet, not the page");
    assertEquals("fine", out.get(1).documents().get(0).text());
  }

  @Test
  void tweetCsvAcceptsAuthorColumnAndTwitterDates() {
    String csv = "text,author,created_at,id,name\n"
        + "\"Peace, now.\",@someone,Tue Oct 13 18:02:51 +0000 2020,1316076951674400000,Some One\n";
    Document d = Readers.documents(Readers.read("tweets.csv", csv)).get(0);
    assertEquals("someone", d.author());
    assertEquals("Peace, now.", d.text());
    assertEquals(Instant.parse("2020-10-13T18:02:51Z"), d.publishedAt());
    assertEquals(Corpus.TWEET, d.corpus());
  }
}
