package io.framing.actors;

import io.framing.Args;

/**
 * One surface pattern and the actor it designates.
 *
 * @param pattern the pattern as written in the data (handles with {@code @}, hashtags with
 *     {@code #}), normalised by {@link ActorDictionary#normalize}
 * @param kind what the pattern is
 * @param actor the actor it designates
 * @param origin where it was defined, {@code file line N}
 */
public record SurfaceForm(String pattern, SurfaceKind kind, Actor actor, String origin) {

  /** Checks that nothing is missing. */
  public SurfaceForm {
    Args.notBlank(pattern, "pattern");
    Args.notNull(kind, "kind");
    Args.notNull(actor, "actor");
    Args.notNull(origin, "origin");
  }

  /** Whether this pattern is matched with its case. */
  public boolean caseSensitive() {
    return kind.caseSensitive();
  }
}
