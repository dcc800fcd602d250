package io.framing.evaluation;

/** True positives, false positives and false negatives, with the scores they give. Immutable. */
public final class Counts {
  public static final Counts ZERO = new Counts(0, 0, 0);

  private final long truePositives;
  private final long falsePositives;
  private final long falseNegatives;

  public Counts(long truePositives, long falsePositives, long falseNegatives) {
    this.truePositives = truePositives;
    this.falsePositives = falsePositives;
    this.falseNegatives = falseNegatives;
  }

  public Counts plus(Counts o) {
    return new Counts(truePositives + o.truePositives, falsePositives + o.falsePositives,
        falseNegatives + o.falseNegatives);
  }

  public long truePositives() {
    return truePositives;
  }

  public long falsePositives() {
    return falsePositives;
  }

  public long falseNegatives() {
    return falseNegatives;
  }

  /** tp / (tp + fp); 1 when nothing was predicted and nothing was expected, else 0 when nothing was predicted. */
  public double precision() {
    long predicted = truePositives + falsePositives;
    if (predicted == 0) {
      return falseNegatives == 0 ? 1.0 : 0.0;
    }
    return (double) truePositives / predicted;
  }

  /** tp / (tp + fn); 1 when nothing was expected. */
  public double recall() {
    long expected = truePositives + falseNegatives;
    return expected == 0 ? 1.0 : (double) truePositives / expected;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  @Override
  public String toString() {
    return String.format("tp=%d fp=%d fn=%d P=%.3f R=%.3f F1=%.3f", truePositives, falsePositives,
        falseNegatives, precision(), recall(), f1());
  }
}
