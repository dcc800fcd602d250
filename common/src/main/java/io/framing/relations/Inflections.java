package io.framing.relations;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Regular English inflections of a verb lemma (third person, past, participle, gerund), so the
 * cue file lists "accuse" once and matches "accuses", "accused" and "accusing". Irregular forms
 * are listed in the cue file itself.
 */
final class Inflections {
  private Inflections() {}

  private static final String VOWELS = "aeiou";

  static Set<String> ofVerb(String lemma) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(lemma);
    forms.add(thirdPerson(lemma));
    forms.add(past(lemma));
    forms.add(gerund(lemma));
    return forms;
  }

  static String plural(String noun) {
    if (noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("ch") || noun.endsWith("sh")) {
      return noun + "es";
    }
    if (endsWithConsonantY(noun)) {
      return noun.substring(0, noun.length() - 1) + "ies";
    }
    return noun + "s";
  }

  private static String thirdPerson(String v) {
    if (v.endsWith("s") || v.endsWith("x") || v.endsWith("z") || v.endsWith("ch") || v.endsWith("sh") || v.endsWith("o")) {
      return v + "es";
    }
    if (endsWithConsonantY(v)) {
      return v.substring(0, v.length() - 1) + "ies";
    }
    return v + "s";
  }

  private static String past(String v) {
    if (v.endsWith("e")) {
      return v + "d";
    }
    if (endsWithConsonantY(v)) {
      return v.substring(0, v.length() - 1) + "ied";
    }
    return doubled(v) + "ed";
  }

  private static String gerund(String v) {
    if (v.endsWith("ie")) {
      return v.substring(0, v.length() - 2) + "ying";
    }
    if (v.endsWith("e") && !v.endsWith("ee")) {
      return v.substring(0, v.length() - 1) + "ing";
    }
    return doubled(v) + "ing";
  }

  /** Short consonant-vowel-consonant verbs double their last letter: slam, slammed. */
  private static String doubled(String v) {
    int n = v.length();
    if (n >= 3 && n <= 4 && vowelGroups(v) == 1) {
      char a = v.charAt(n - 3);
      char b = v.charAt(n - 2);
      char c = v.charAt(n - 1);
      if (VOWELS.indexOf(a) < 0 && VOWELS.indexOf(b) >= 0 && VOWELS.indexOf(c) < 0 && "wxy".indexOf(c) < 0) {
        return v + c;
      }
    }
    return v;
  }

  private static int vowelGroups(String w) {
    int groups = 0;
    boolean inVowel = false;
    for (int i = 0; i < w.length(); i++) {
      boolean vowel = VOWELS.indexOf(w.charAt(i)) >= 0;
      if (vowel && !inVowel) {
        groups++;
      }
      inVowel = vowel;
    }
    return groups;
  }

  private static boolean endsWithConsonantY(String w) {
    return w.length() > 1 && w.endsWith("y") && VOWELS.indexOf(w.charAt(w.length() - 2)) < 0;
  }
}
