package io.framing.actors;

import io.framing.Args;

/**
 * A noun that, modified by a country adjective or possessive, makes an actor: "defence
 * ministry" (GOV, label "Defence Ministry") in "Armenia's defence ministry".
 *
 * @param pattern the noun as matched (lower case; matching ignores case)
 * @param role the role of the composed actor
 * @param label the canonical noun of the display name; empty means the country's own
 *     government actor ("the Armenian government" is {@code Armenia}); only GOV nouns may have an
 *     empty label
 * @param origin where it was defined, {@code file line N}
 */
public record RoleNoun(String pattern, Role role, String label, String origin) {

  /** Checks that nothing is missing. */
  public RoleNoun {
    Args.notBlank(pattern, "role noun pattern");
    Args.notNull(role, "role");
    Args.notNull(label, "label");
    Args.notNull(origin, "origin");
    Args.check(!label.isEmpty() || role == Role.GOV,
        "role noun '%s': only GOV nouns may have an empty label, got %s", pattern, role);
  }

  /** Whether the composed actor is the country's own government actor. */
  public boolean meansCountry() {
    return label.isEmpty();
  }
}
