package io.framing.jobs.evaluate;

import java.io.Serializable;

/** A minimum a metric must reach ({@code relations.micro_f1 >= 0.9}); below it, exit code 5. */
public final class Threshold implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String metric;
  private final double minimum;

  public Threshold(String metric, double minimum) {
    this.metric = metric;
    this.minimum = minimum;
  }

  /** {@code <section>.<metric>}, e.g. {@code relations.micro_f1}. */
  public String metric() {
    return metric;
  }

  public double minimum() {
    return minimum;
  }

  public boolean passes(double value) {
    return value >= minimum;
  }

  @Override
  public String toString() {
    return metric + " >= " + minimum;
  }
}
