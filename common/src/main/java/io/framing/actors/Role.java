package io.framing.actors;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The nine actor roles of the coding guidelines (section 1). The constant names are the
 * codes written in the data files and in every output table.
 */
public enum Role {
  /** Government: heads of state, ministries, embassies, legislators, a capital or a country name used politically. */
  GOV,
  /** Armed forces, troops, the military. */
  MIL,
  /** Celebrities, commentators, public figures without office. */
  ELI,
  /** News outlets and journalists. */
  MED,
  /** Civilians, a people, ethnic groups, settlements, ordinary users. */
  CVL,
  /** Militants, mercenaries, non-state armed groups. */
  REB,
  /** International organisations and their officials. */
  IGO,
  /** Opposition politicians and parties. */
  OPP,
  /** Non-governmental organisations. */
  NGO;

  /** The codes, comma-separated, for error messages. */
  public static String codes() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
  }

  /** Parses an exact code (surrounding blanks ignored, case-sensitive: roles are written upper-case). */
  public static Optional<Role> parse(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String c = code.strip();
    for (Role r : values()) {
      if (r.name().equals(c)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** Like {@link #parse} but ignores case ("gov" is GOV). */
  public static Optional<Role> parseIgnoreCase(String code) {
    return code == null ? Optional.empty() : parse(code.toUpperCase(Locale.ROOT));
  }
}
