package io.framing.evaluation;

import io.framing.Args;

/**
 * What stance scoring compares, per document: (source_country, target_country, stance). The
 * pair of parties is the SemEval "target" and the stance its label; the source actor's name is
 * left out, so that two names of one party (the ministry and its minister) are one pair, and a
 * pair that two actors of one party see differently holds both labels. Immutable.
 */
public record StanceKey(String sourceCountry, String targetCountry, String stance) implements Comparable<StanceKey> {
  public StanceKey {
    Args.notBlank(sourceCountry, "sourceCountry");
    Args.notBlank(targetCountry, "targetCountry");
    Args.notBlank(stance, "stance");
  }

  @Override
  public int compareTo(StanceKey o) {
    return toString().compareTo(o.toString());
  }

  @Override
  public String toString() {
    return sourceCountry + "->" + targetCountry + " " + stance;
  }
}
