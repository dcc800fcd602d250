package io.framing.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActorTest {

  @Test
  void valueSemantics() {
    Actor a = new Actor("Kim Kardashian", "USA", Role.ELI);
    assertEquals(a, new Actor(" Kim Kardashian ", "USA", Role.ELI));
    assertEquals(a.hashCode(), new Actor("Kim Kardashian", "USA", Role.ELI).hashCode());
    assertNotEquals(a, new Actor("Kim Kardashian", "USA", Role.GOV));
    assertNotEquals(a, new Actor("Kim Kardashian", "ARM", Role.ELI));
    assertEquals("Kim Kardashian [USA/ELI]", a.toString());
  }

  @Test
  void blankFieldsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new Actor(" ", "USA", Role.GOV));
    assertThrows(IllegalArgumentException.class, () -> new Actor("X", "", Role.GOV));
    assertThrows(NullPointerException.class, () -> new Actor("X", "USA", null));
  }

  @Test
  void roles() {
    assertEquals(9, Role.values().length);
    assertEquals(Optional.of(Role.NGO), Role.parse(" NGO "));
    assertEquals(Optional.empty(), Role.parse("ngo"));
    assertEquals(Optional.of(Role.NGO), Role.parseIgnoreCase("ngo"));
    assertEquals(Optional.empty(), Role.parse("CELEB"));
    assertTrue(Role.codes().contains("OPP"));
  }

  @Test
  void normalize() {
    assertEquals("Armenia's prime minister", ActorDictionary.normalize(" Armenia’s \u00A0prime\nminister "));
    assertEquals("Secretary-General", ActorDictionary.normalize("Secretary\u2011General"));
    assertEquals("armenian prime minister", ActorDictionary.key("Armenian  Prime Minister", false));
  }

  @Test
  void codes() {
    assertTrue(ActorCodes.isStateCode("ARM"));
    assertTrue(ActorCodes.isStateCode("XKX"));
    assertTrue(ActorCodes.isStateCode("NKR"));
    assertTrue(!ActorCodes.isStateCode("ABC"));
    assertTrue(!ActorCodes.isStateCode("EU"));
    assertTrue(ActorCodes.isOrganisationCode("COE"));
    assertTrue(ActorCodes.ORGANISATION_CODES.containsAll(ActorCodes.GUIDELINE_ORGANISATION_CODES));
  }
}
