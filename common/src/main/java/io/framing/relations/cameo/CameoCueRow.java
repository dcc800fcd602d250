package io.framing.relations.cameo;

import io.framing.Args;
import io.framing.relations.RelationType;
import java.util.List;

/**
 * One generated row of {@code data/relations/cameo-cues.csv}: the columns of the hand-written
 * cue file plus the CAMEO entry it came from. Immutable.
 */
public record CameoCueRow(RelationType relation, String cameo, String cue, String kind, List<String> forms,
    String target, String provenance) implements Comparable<CameoCueRow> {

  public static final List<String> HEADER = List.of("relation", "cameo", "cue", "kind", "forms", "target", "provenance");

  public CameoCueRow {
    Args.notNull(relation, "relation");
    Args.check(cameo != null && cameo.matches("\\d{3,4}"), "CAMEO code '%s' must have 3 or 4 digits", cameo);
    Args.notBlank(cue, "cue");
    Args.notBlank(kind, "kind");
    Args.notBlank(target, "target");
    Args.notBlank(provenance, "provenance");
    forms = List.copyOf(forms);
  }

  /** The row's fields in {@link #HEADER} order. */
  public List<String> fields() {
    return List.of(relation.name(), cameo, cue, kind, String.join("|", forms), target, provenance);
  }

  /** Sorted by relation, then cue, then kind, so the file is the same on every run. */
  @Override
  public int compareTo(CameoCueRow o) {
    int c = relation.compareTo(o.relation);
    if (c == 0) {
      c = cue.compareTo(o.cue);
    }
    return c != 0 ? c : kind.compareTo(o.kind);
  }
}
