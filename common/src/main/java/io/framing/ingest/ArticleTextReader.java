package io.framing.ingest;

import io.framing.model.Corpus;
import io.framing.model.Document;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One plain-text article per file: the file name (without {@code .txt} and {@code .gz}) is the
 * id, the first line is the title, the rest without the final newline is the text. The format
 * has no date; when the file name holds an ISO date ({@code 2020-09-27-...}) that date is the
 * publication day, otherwise {@code published_at} is null.
 */
final class ArticleTextReader implements DocumentReader {
  private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4}-\\d{2}-\\d{2})(?!\\d)");

  @Override
  public RecordIterator read(String inputFile, InputStream in, ReaderOptions options) {
    try (InputStream stream = in) {
      return RecordIterator.of(toOutcome(inputFile, stream.readNBytes(options.maxRecordBytes() + 1), options));
    } catch (IOException e) {
      return RecordIterator.of(RecordOutcome.rejected(new Reject(inputFile, 1, 1, Reject.STAGE_INGEST,
          RejectReason.UNREADABLE, e.getMessage(), "")));
    }
  }

  private static RecordOutcome toOutcome(String inputFile, byte[] bytes, ReaderOptions options) {
    String lenient = new String(bytes, StandardCharsets.UTF_8);
    if (bytes.length > options.maxRecordBytes()) {
      return reject(inputFile, RejectReason.TOO_LARGE,
          "more than " + options.maxRecordBytes() + " bytes", lenient);
    }
    String content;
    try {
      content = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return reject(inputFile, RejectReason.INVALID_UTF8, e.getMessage(), lenient);
    }
    if (content.startsWith("\uFEFF")) {
      content = content.substring(1);
    }
    int nl = content.indexOf('\n');
    String title = (nl < 0 ? content : content.substring(0, nl)).strip();
    String text = nl < 0 ? "" : content.substring(nl + 1);
    if (text.endsWith("\n")) {
      text = text.substring(0, text.length() - 1);
    }
    if (text.endsWith("\r")) {
      text = text.substring(0, text.length() - 1);
    }
    if (text.isBlank()) {
      return reject(inputFile, RejectReason.NO_TEXT, "nothing after the title line", content);
    }
    String id = baseName(inputFile);
    return RecordOutcome.accepted(Document.builder()
        .corpus(Corpus.ARTICLE)
        .nativeId(id)
        .title(title.isEmpty() ? null : title)
        .text(text)
        .publishedAt(dateFromName(id))
        .inputFile(inputFile)
        .recordNumber(1)
        .lineNumber(1)
        .embeddedTweets(EmbeddedTweetFinder.find(text))
        .hashtags(Hashtags.extract(text))
        .build());
  }

  static String baseName(String inputFile) {
    String name = inputFile.substring(Math.max(inputFile.lastIndexOf('/'), inputFile.lastIndexOf('\\')) + 1);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    if (name.endsWith(".txt")) {
      name = name.substring(0, name.length() - 4);
    }
    return name;
  }

  private static Instant dateFromName(String id) {
    Matcher m = ISO_DATE.matcher(id);
    if (!m.find()) {
      return null;
    }
    try {
      return LocalDate.parse(m.group(1)).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static RecordOutcome reject(String inputFile, RejectReason reason, String detail, String raw) {
    return RecordOutcome.rejected(new Reject(inputFile, 1, 1, Reject.STAGE_INGEST, reason, detail, raw));
  }
}
