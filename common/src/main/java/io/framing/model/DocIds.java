package io.framing.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Stable document ids. A {@code doc_id} depends on the corpus and the input's own id only —
 * never on file names, order, time or machine — so the same record gets the same id on every
 * run, and a record seen twice (in two files, or as a retweet's embedded original) folds into
 * one document. The prefix keeps the corpus readable in the id; 64 bits of SHA-256 keep
 * collisions negligible below billions of documents.
 */
public final class DocIds {
  private DocIds() {}

  public static String of(Corpus corpus, String nativeId) {
    String prefix = corpus == Corpus.TWEET ? "t-" : "a-";
    return prefix + sha256Hex(corpus.code() + '\u0000' + nativeId.trim(), 16);
  }

  /** The first {@code hexChars} hex digits of the SHA-256 of {@code value} in UTF-8. */
  public static String sha256Hex(String value, int hexChars) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder(hexChars);
      for (int i = 0; sb.length() < hexChars; i++) {
        sb.append(Character.forDigit((digest[i] >> 4) & 0xF, 16));
        sb.append(Character.forDigit(digest[i] & 0xF, 16));
      }
      return sb.substring(0, hexChars);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
