package io.framing.frames;

import java.util.Locale;

/** The eight frames of the coding guidelines (section 4), in the guidelines' order. */
public enum Frame {
  AGGRESSION("Aggression"),
  SELF_DEFENSE("Self-defence"),
  CIVILIAN_HARM("Civilian harm"),
  DISINFORMATION("Disinformation"),
  FOREIGN_INTERFERENCE("Foreign interference"),
  DE_ESCALATION("De-escalation"),
  SOLIDARITY("Solidarity"),
  SOVEREIGNTY("Sovereignty");

  private final String label;

  Frame(String label) {
    this.label = label;
  }

  /** A human label for charts and reports ("Civilian harm"). */
  public String label() {
    return label;
  }

  /** Parses a name, ignoring case and surrounding space; the error lists the choices. */
  public static Frame parse(String value) {
    try {
      return valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("Unknown frame '" + value + "'; expected one of "
          + java.util.Arrays.toString(values()), e);
    }
  }
}
