package io.framing.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConflictSidesTest {
  private static final ConflictSides SIDES = ConflictSides.load(Path.of("..", "data", "relations", "sides.csv"));

  @Test
  void aMainPartyOrAnAllyIsOnASideAndAnOutsiderIsNot() {
    assertTrue(SIDES.onASide("ARM"));
    assertTrue(SIDES.onASide("NKR"), "an ally");
    assertTrue(SIDES.onASide("AZE"));
    assertFalse(SIDES.onASide("TUR"));
  }

  @Test
  void opposedPartiesAreOnTheTwoDifferentSides() {
    assertTrue(SIDES.opposed("ARM", "AZE"));
    assertTrue(SIDES.opposed("AZE", "NKR"));
    assertFalse(SIDES.opposed("ARM", "NKR"), "allies");
    assertFalse(SIDES.opposed("TUR", "ARM"), "an outsider");
    assertFalse(SIDES.opposed("ARM", "ARM"));
  }
}
