package io.framing.cuegen;

/**
 * English spelling rules for regular inflections (the irregular ones come from WordNet's
 * exception list). Stateless.
 */
final class Inflections {
  private Inflections() {}

  private static boolean vowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }

  /** A noun's plural or a verb's 3rd person singular: "attack" -> "attacks", "ally" -> "allies". */
  static String plural(String w) {
    if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh")) {
      return w + "es";
    }
    if (w.length() > 1 && w.endsWith("y") && !vowel(w.charAt(w.length() - 2))) {
      return w.substring(0, w.length() - 1) + "ies";
    }
    return w + "s";
  }

  /** The regular past: "kill" -> "killed", "liberate" -> "liberated", "repel" -> "repelled". */
  static String past(String w) {
    if (w.endsWith("e")) {
      return w + "d";
    }
    if (w.length() > 1 && w.endsWith("y") && !vowel(w.charAt(w.length() - 2))) {
      return w.substring(0, w.length() - 1) + "ied";
    }
    return doubled(w) + "ed";
  }

  /** The -ing form: "shell" -> "shelling", "provoke" -> "provoking", "lie" -> "lying". */
  static String gerund(String w) {
    if (w.endsWith("ie")) {
      return w.substring(0, w.length() - 2) + "ying";
    }
    if (w.endsWith("e") && !w.endsWith("ee") && !w.endsWith("ye") && !w.endsWith("oe") && w.length() > 2) {
      return w.substring(0, w.length() - 1) + "ing";
    }
    return doubled(w) + "ing";
  }

  /**
   * The final consonant doubled where English doubles it before -ed/-ing: one vowel then one
   * consonant at the end of a one-syllable word ("stop" -> "stopp"), or of a word ending in
   * "-el" ("repel" -> "repell", British spelling as the news wires use it).
   */
  static String doubled(String w) {
    int n = w.length();
    if (n < 3) {
      return w;
    }
    char last = w.charAt(n - 1);
    boolean cvc = !vowel(last) && "wxy".indexOf(last) < 0 && vowel(w.charAt(n - 2)) && !vowel(w.charAt(n - 3));
    if (!cvc) {
      return w;
    }
    long vowelGroups = w.replaceAll("[^aeiouy]+", " ").trim().split(" ").length;
    return vowelGroups == 1 || w.endsWith("el") ? w + last : w;
  }
}
