package io.framing.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.framing.actors.Actor;
import io.framing.actors.Role;
import org.junit.jupiter.api.Test;

class RelationIdsTest {
  private static final Actor MINISTRY = new Actor("Ministry of Foreign Affairs of Freedonia", "FRE", Role.GOV);
  private static final Actor SYLVANIA = new Actor("Sylvania", "SYL", Role.GOV);

  @Test
  void theSameRelationGetsTheSameIdOnEveryCall() {
    String id = RelationIds.of("a-0011223344556677", MINISTRY, RelationType.CONDEMN, SYLVANIA);
    assertTrue(id.matches("r-[0-9a-f]{16}"), id);
    assertEquals(id, RelationIds.of("a-0011223344556677", new Actor(MINISTRY.name(), MINISTRY.country(), MINISTRY.role()),
        RelationType.CONDEMN, new Actor("Sylvania", "SYL", Role.GOV)));
  }

  @Test
  void everyPartOfTheKeyChangesTheId() {
    String id = RelationIds.of("a-1", MINISTRY, RelationType.CONDEMN, SYLVANIA);
    assertNotEquals(id, RelationIds.of("a-2", MINISTRY, RelationType.CONDEMN, SYLVANIA));
    assertNotEquals(id, RelationIds.of("a-1", SYLVANIA, RelationType.CONDEMN, MINISTRY));
    assertNotEquals(id, RelationIds.of("a-1", MINISTRY, RelationType.ACCUSE, SYLVANIA));
    assertNotEquals(id, RelationIds.of("a-1", MINISTRY, RelationType.CONDEMN, null));
    assertNotEquals(id, RelationIds.of("a-1", MINISTRY, RelationType.CONDEMN, new Actor("Sylvania", "SYL", Role.MIL)));
  }

  @Test
  void aBlankDocumentIdIsRefusedByName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RelationIds.of(" ", MINISTRY, RelationType.CONDEMN, SYLVANIA));
    assertTrue(e.getMessage().contains("docId"), e.getMessage());
  }
}
