package io.framing.evaluation;

import io.framing.Args;

/**
 * What relation scoring compares, per document: (source_country, source_role, relation,
 * target_country), a null target written as {@code -} (formats.md, "Gold files").
 */
public record RelationKey(String sourceCountry, String sourceRole, String relation, String targetCountry)
    implements Comparable<RelationKey> {
  public static final String NO_TARGET = "-";

  public RelationKey {
    Args.notBlank(sourceCountry, "sourceCountry");
    Args.notBlank(sourceRole, "sourceRole");
    Args.notBlank(relation, "relation");
    targetCountry = targetCountry == null || targetCountry.isBlank() ? NO_TARGET : targetCountry;
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
