package io.framing.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FunctionWordsTest {

  @Test
  void listsComeFromTheDataFile() {
    assertEquals(Set.of("not", "n't", "never", "no", "neither", "nor", "without"), FunctionWords.NEGATIONS);
    assertEquals(Set.of(";", ":", "but", "while", "whereas", "although", "though"), FunctionWords.CLAUSE_BREAKS);
    assertTrue(FunctionWords.NEGATIVE_WORDS.contains("nobody"));
    assertTrue(FunctionWords.MINOR_CLAUSE_BREAKS.containsAll(Set.of(",", "\"", "and", "which")));
    // The relation rules read across coordination: "and" ends no clause for them.
    assertFalse(FunctionWords.CLAUSE_BREAKS.contains("and"));
  }

  @Test
  void unionHoldsBothLists() {
    Set<String> all = FunctionWords.union(FunctionWords.NEGATIONS, FunctionWords.NEGATIVE_WORDS);
    assertEquals(FunctionWords.NEGATIONS.size() + FunctionWords.NEGATIVE_WORDS.size(), all.size());
    assertThrows(UnsupportedOperationException.class, () -> all.add("maybe"));
  }

  @Test
  void parsesClassesCaseInsensitivelyAndSkipsComments() {
    Map<FunctionWords.WordClass, Set<String>> lists = FunctionWords.parse("t.txt", List.of(
        "# comment", "", "negation NOT", "negative_word nobody", "CLAUSE_BREAK ;", "minor_clause_break ,"));
    assertEquals(Set.of("not"), lists.get(FunctionWords.WordClass.NEGATION));
    assertEquals(Set.of(";"), lists.get(FunctionWords.WordClass.CLAUSE_BREAK));
  }

  @Test
  void badLinesAndMissingClassesAreNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FunctionWords.parse("t.txt",
        List.of("negation not", "negatoin never", "clause_break")));
    assertTrue(e.getMessage().contains("t.txt line 2") && e.getMessage().contains("'negatoin never'"), e.getMessage());
    assertTrue(e.getMessage().contains("t.txt line 3"), e.getMessage());
    assertTrue(e.getMessage().contains("no word of class minor_clause_break"), e.getMessage());
  }
}
