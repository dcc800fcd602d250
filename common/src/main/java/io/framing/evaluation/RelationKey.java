package io.framing.evaluation;

import io.framing.Args;
import java.util.Objects;

/**
 * What relation scoring compares, per document: (source_country, source_role, relation,
 * target_country), a null target written as {@code -} (formats.md, "Gold files"). Immutable.
 */
public final class RelationKey implements Comparable<RelationKey> {
  public static final String NO_TARGET = "-";

  private final String sourceCountry;
  private final String sourceRole;
  private final String relation;
  private final String targetCountry;

  public RelationKey(String sourceCountry, String sourceRole, String relation, String targetCountry) {
    this.sourceCountry = Args.notBlank(sourceCountry, "sourceCountry");
    this.sourceRole = Args.notBlank(sourceRole, "sourceRole");
    this.relation = Args.notBlank(relation, "relation");
    this.targetCountry = targetCountry == null || targetCountry.isBlank() ? NO_TARGET : targetCountry;
  }

  public String sourceCountry() {
    return sourceCountry;
  }

  public String sourceRole() {
    return sourceRole;
  }

  public String relation() {
    return relation;
  }

  public String targetCountry() {
    return targetCountry;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof RelationKey)) {
      return false;
    }
    RelationKey k = (RelationKey) o;
    return sourceCountry.equals(k.sourceCountry) && sourceRole.equals(k.sourceRole)
        && relation.equals(k.relation) && targetCountry.equals(k.targetCountry);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sourceCountry, sourceRole, relation, targetCountry);
  }

  @Override
  public int compareTo(RelationKey o) {
    return toString().compareTo(o.toString());
  }

  @Override
  public String toString() {
    return sourceCountry + "/" + sourceRole + " " + relation + " " + targetCountry;
  }
}
