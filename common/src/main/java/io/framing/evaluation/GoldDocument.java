package io.framing.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.framing.Args;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One line of a gold file: a document's id and corpus and its gold annotations. Immutable; read
 * a file with {@link #readAll(Path)}.
 */
public final class GoldDocument {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String nativeId;
  private final String corpus;
  private final Set<RelationKey> relations;
  private final JsonNode gold;

  private GoldDocument(String nativeId, String corpus, Set<RelationKey> relations, JsonNode gold) {
    this.nativeId = nativeId;
    this.corpus = corpus;
    this.relations = Collections.unmodifiableSet(relations);
    this.gold = gold;
  }

  /** The documents of a gold file, in file order; errors name the file and line. */
  public static List<GoldDocument> readAll(Path file) {
    List<GoldDocument> docs = new ArrayList<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read gold file " + file, e);
    }
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      try {
        docs.add(parse(JSON.readTree(lines.get(i))));
      } catch (IOException | RuntimeException e) {
        throw new IllegalArgumentException("Bad gold line " + (i + 1) + " of " + file + ": " + e.getMessage(), e);
      }
    }
    return docs;
  }

  static GoldDocument parse(JsonNode node) {
    String nativeId = Args.notBlank(node.path("native_id").asText(null), "native_id");
    String corpus = Args.notBlank(node.path("corpus").asText(null), "corpus");
    JsonNode gold = node.path("gold");
    Set<RelationKey> relations = new TreeSet<>();
    for (JsonNode r : gold.path("relations")) {
      relations.add(new RelationKey(r.path("source_country").asText(null), r.path("source_role").asText(null),
          r.path("relation").asText(null), r.path("target_country").isNull() ? null : r.path("target_country").asText(null)));
    }
    return new GoldDocument(nativeId, corpus, relations, gold);
  }

  public String nativeId() {
    return nativeId;
  }

  public String corpus() {
    return corpus;
  }

  /** The key that joins a gold document to a row of {@code documents}. */
  public String key() {
    return corpus + ":" + nativeId;
  }

  public Set<RelationKey> relations() {
    return relations;
  }

  /** The raw {@code gold} object, for the scores later stages add (stance, polarity, frames). */
  public JsonNode gold() {
    return gold;
  }

  /** The documents of {@code docs} by {@link #key()}, in order. */
  public static Map<String, GoldDocument> byKey(List<GoldDocument> docs) {
    Map<String, GoldDocument> map = new LinkedHashMap<>();
    for (GoldDocument d : docs) {
      map.put(d.key(), d);
    }
    return map;
  }
}
