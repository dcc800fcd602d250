package io.framing.relations;

import java.util.Locale;

/** The relation types of the coding guidelines, with their CAMEO root codes. */
public enum RelationType {
  APPEAL("02"),
  DEMAND("10"),
  WARN("13"),
  CONDEMN("11"),
  ACCUSE("11"),
  REJECT("12"),
  SUPPORT("05"),
  MEDIATE("04"),
  INVESTIGATE("09"),
  ATTACK("19");

  private final String cameoRoot;

  RelationType(String cameoRoot) {
    this.cameoRoot = cameoRoot;
  }

  public String cameoRoot() {
    return cameoRoot;
  }

  /** CONDEMN, ACCUSE, WARN, REJECT and ATTACK: acts against their target. */
  public boolean hostile() {
    return this == CONDEMN || this == ACCUSE || this == WARN || this == REJECT || this == ATTACK;
  }

  /** Parses a name, ignoring case; the error names the bad value and the choices. */
  public static RelationType parse(String value) {
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("Unknown relation type '" + value + "'; expected one of "
          + java.util.Arrays.toString(values()), e);
    }
  }
}
