package io.framing.actors;

import io.framing.Args;

/**
 * A coded actor: canonical display name, party code and role (coding guidelines, section 1).
 *
 * <p>Immutable value: two actors are equal when name, country and role are equal. The country
 * is an ISO 3166-1 alpha-3 code, {@code NKR}, or an organisation code such as {@code EU},
 * {@code UN}, {@code OSCE} or {@code INT} (see {@link ActorCodes}).
 *
 * @param name the canonical display name, e.g. {@code Armenian Defence Ministry}
 * @param country the party code, e.g. {@code ARM}
 * @param role the role
 */
public record Actor(String name, String country, Role role) {

  /** Checks that no field is blank. */
  public Actor {
    Args.notBlank(name, "actor name");
    Args.notBlank(country, "actor country");
    Args.notNull(role, "actor role");
    name = name.strip();
    country = country.strip();
  }

  /** {@code name [COUNTRY/ROLE]}, e.g. {@code Kim Kardashian [USA/ELI]}. */
  @Override
  public String toString() {
    return name + " [" + country + "/" + role + "]";
  }
}
