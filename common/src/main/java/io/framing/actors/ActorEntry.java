package io.framing.actors;

import io.framing.Args;
import java.util.List;

/**
 * One row of {@code organisations.csv}, {@code people.csv} or {@code outlets.csv}.
 *
 * @param kind {@link Kind#ORGANISATION}, {@link Kind#PERSON} or {@link Kind#OUTLET}
 * @param actor the coded actor; its name is always one of its patterns
 * @param titles title patterns (people only; empty otherwise)
 * @param patterns name patterns, the display name first
 * @param handles Twitter handles without {@code @}
 * @param origin where it was defined, {@code file line N}
 */
public record ActorEntry(
    Kind kind, Actor actor, List<String> titles, List<String> patterns, List<String> handles,
    String origin) {

  /** Which file an entry comes from. */
  public enum Kind {
    ORGANISATION(SurfaceKind.ORGANISATION),
    PERSON(SurfaceKind.PERSON),
    OUTLET(SurfaceKind.OUTLET);

    private final SurfaceKind surfaceKind;

    Kind(SurfaceKind surfaceKind) {
      this.surfaceKind = surfaceKind;
    }

    /** The surface kind of this entry's name patterns. */
    public SurfaceKind surfaceKind() {
      return surfaceKind;
    }
  }

  /** Copies the lists, so the entry is immutable. */
  public ActorEntry {
    Args.notNull(kind, "kind");
    Args.notNull(actor, "actor");
    titles = List.copyOf(titles);
    patterns = List.copyOf(patterns);
    handles = List.copyOf(handles);
    Args.notNull(origin, "origin");
  }
}
