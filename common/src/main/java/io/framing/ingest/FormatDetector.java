package io.framing.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells an input file's format from its name and its first bytes, so that one directory may
 * mix formats. The content decides between formats that share an extension (three JSON Lines
 * formats, two CSV formats). Thread-safe.
 */
public final class FormatDetector {
  private FormatDetector() {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_LINES_TO_TRY = 20;

  /** The format of the file, or empty when neither name nor content tells. */
  public static Optional<InputFormat> detect(String fileName, byte[] head) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "");
    if (name.endsWith(".txt")) {
      return Optional.of(InputFormat.ARTICLES_TXT);
    }
    if (name.endsWith(".csv")) {
      return csvFormat(text);
    }
    Optional<InputFormat> json = jsonFormat(text);
    if (json.isPresent()) {
      return json;
    }
    return csvFormat(text);
  }

  private static Optional<InputFormat> csvFormat(String text) {
    int nl = text.indexOf('\n');
    String headerLine = (nl < 0 ? text : text.substring(0, nl)).trim();
    if (headerLine.isEmpty() || !headerLine.contains(",")) {
      return Optional.empty();
    }
    Set<String> columns =
        Arrays.stream(headerLine.split(","))
            .map(c -> c.replace("\"", "").trim().toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet());
    if (!columns.contains("id") && !columns.contains("id_str") && !columns.contains("tweet_id")) {
      return Optional.empty();
    }
    if (columns.contains("title") || columns.contains("published_at") || columns.contains("url")) {
      return Optional.of(InputFormat.ARTICLES_CSV);
    }
    if (columns.contains("created_at")
        && (columns.contains("screen_name") || columns.contains("author") || columns.contains("username"))) {
      return Optional.of(InputFormat.TWEETS_CSV);
    }
    return Optional.empty();
  }

  private static Optional<InputFormat> jsonFormat(String text) {
    List<String> lines = text.lines().limit(MAX_LINES_TO_TRY).collect(Collectors.toList());
    for (String line : lines) {
      String trimmed = line.trim();
      if (!trimmed.startsWith("{")) {
        continue;
      }
      Optional<InputFormat> byKeys = jsonFormatOf(trimmed);
      if (byKeys.isPresent()) {
        return byKeys;
      }
    }
    return Optional.empty();
  }

  private static Optional<InputFormat> jsonFormatOf(String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (Exception e) {
      // The head may end in the middle of a line, or the line may be broken: fall back to keys
      // seen in the raw text.
      return keysInText(line);
    }
    if (node == null || !node.isObject()) {
      return Optional.empty();
    }
    if (node.has("data") || (node.has("meta") && node.has("includes"))) {
      return Optional.of(InputFormat.TWEETS_V2);
    }
    if (node.has("id_str") || node.has("full_text") || node.has("user") || node.has("retweeted_status")) {
      return Optional.of(InputFormat.TWEETS_V1);
    }
    if (node.has("published_at") || node.has("title") || node.has("source") || node.has("url")) {
      return Optional.of(InputFormat.ARTICLES_JSONL);
    }
    return Optional.empty();
  }

  private static Optional<InputFormat> keysInText(String line) {
    if (line.startsWith("{\"data\"") || line.contains("\"includes\"")) {
      return Optional.of(InputFormat.TWEETS_V2);
    }
    if (line.contains("\"id_str\"") || line.contains("\"screen_name\"")) {
      return Optional.of(InputFormat.TWEETS_V1);
    }
    if (line.contains("\"published_at\"")) {
      return Optional.of(InputFormat.ARTICLES_JSONL);
    }
    return Optional.empty();
  }
}
