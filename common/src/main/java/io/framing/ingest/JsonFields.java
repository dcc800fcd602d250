package io.framing.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** Field access on a JSON record that turns absent or malformed fields into reject reasons. */
final class JsonFields {
  private JsonFields() {}

  /** The text at a dotted path, or null when absent, null or empty. Numbers are rendered as text. */
  static String text(JsonNode node, String path) {
    JsonNode n = node;
    for (String part : path.split("\\.")) {
      if (n == null || !n.isObject()) {
        return null;
      }
      n = n.get(part);
    }
    if (n == null || n.isNull() || n.isContainerNode()) {
      return null;
    }
    String s = n.isNumber() ? n.asText() : n.textValue();
    if (s == null && n.isBoolean()) {
      s = n.asText();
    }
    return s == null || s.isEmpty() ? null : s;
  }

  static String required(JsonNode node, String path) throws RecordException {
    String v = text(node, path);
    if (v == null || v.isBlank()) {
      throw new RecordException(RejectReason.MISSING_FIELD, "'" + path + "' is missing or empty");
    }
    return v;
  }

  static String requiredText(String value, String field) throws RecordException {
    if (value == null || value.isBlank()) {
      throw new RecordException(RejectReason.NO_TEXT, "'" + field + "' is missing or empty");
    }
    return value;
  }

  static Instant date(String value, String field) throws RecordException {
    try {
      return Timestamps.parse(value);
    } catch (IllegalArgumentException e) {
      throw new RecordException(RejectReason.BAD_DATE, field + ": " + e.getMessage());
    }
  }
}
