package io.framing.relations;

import io.framing.Args;
import io.framing.actors.Actor;
import io.framing.model.DocIds;

/**
 * A relation's stable id: {@code r-} and 16 hex digits of SHA-256 over the document id, the
 * source actor, the relation type and the target actor (name, country and role of each; {@code
 * -} for no target). The same input gives the same id on every run and machine, so ids survive
 * a re-run and join across tables. Stateless and thread-safe.
 */
public final class RelationIds {
  private RelationIds() {}

  /** The id of {@code relation} found in document {@code docId}. */
  public static String of(String docId, Relation relation) {
    Args.notBlank(docId, "docId");
    Args.notNull(relation, "relation");
    return of(docId, relation.source(), relation.type(), relation.target());
  }

  /** The id of a relation of {@code type} from {@code source} to {@code target} (null: none) in {@code docId}. */
  public static String of(String docId, Actor source, RelationType type, Actor target) {
    Args.notBlank(docId, "docId");
    Args.notNull(source, "source");
    Args.notNull(type, "type");
    return "r-" + DocIds.sha256Hex(docId + '\u0000' + key(source) + '\u0000' + type.name() + '\u0000'
        + (target == null ? "-" : key(target)), 16);
  }

  private static String key(Actor a) {
    return a.name() + '\u0001' + a.country() + '\u0001' + a.role().name();
  }
}
