package io.framing.model;

/** The two kinds of document the product reads. {@link #code()} is the value of the {@code corpus} column. */
public enum Corpus {
  ARTICLE("article"),
  TWEET("tweet");

  private final String code;

  Corpus(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
