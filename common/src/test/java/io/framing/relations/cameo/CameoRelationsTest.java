package io.framing.relations.cameo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.framing.relations.RelationType;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CameoRelationsTest {

  private static Optional<RelationType> of(String code) {
    return CameoRelations.relationOf(code);
  }

  @Test
  void rootsMapThroughTheGuidelines() {
    assertEquals(Optional.of(RelationType.APPEAL), of("020"));
    assertEquals(Optional.of(RelationType.APPEAL), of("0233"));
    assertEquals(Optional.of(RelationType.DEMAND), of("1041"));
    assertEquals(Optional.of(RelationType.WARN), of("138"));
    assertEquals(Optional.of(RelationType.CONDEMN), of("111"));
    assertEquals(Optional.of(RelationType.ACCUSE), of("1124"));
    assertEquals(Optional.of(RelationType.REJECT), of("125"));
    assertEquals(Optional.of(RelationType.SUPPORT), of("051"));
    assertEquals(Optional.of(RelationType.SUPPORT), of("052"));
    assertEquals(Optional.of(RelationType.MEDIATE), of("045"));
    assertEquals(Optional.of(RelationType.MEDIATE), of("039"));
    assertEquals(Optional.of(RelationType.INVESTIGATE), of("092"));
    assertEquals(Optional.of(RelationType.ATTACK), of("183"));
    assertEquals(Optional.of(RelationType.ATTACK), of("195"));
    assertEquals(Optional.of(RelationType.ATTACK), of("202"));
  }

  @Test
  void codesWithoutCounterpartAreDropped() {
    for (String code : new String[] {"010", "036", "040", "043", "046", "050", "054", "057", "110", "114", "128", "140", "173"}) {
      assertEquals(Optional.empty(), of(code), code);
    }
  }

  @Test
  void onlyMeasuredGroupsAreWritten() {
    assertTrue(CameoRelations.enabled("045"));
    assertTrue(CameoRelations.enabled("0391"));
    assertTrue(CameoRelations.enabled("202"));
    assertFalse(CameoRelations.enabled("190"));
    assertFalse(CameoRelations.enabled("111"));
  }

  @Test
  void aMalformedCodeIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> of("04x"));
    assertTrue(e.getMessage().contains("'04x'"), e.getMessage());
  }
}
