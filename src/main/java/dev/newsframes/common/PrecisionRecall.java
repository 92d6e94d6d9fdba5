package dev.newsframes.common;

/** True positive, false positive and false negative counts, with the scores derived from them. */
public record PrecisionRecall(long truePositives, long falsePositives, long falseNegatives) {
  /** TP / (TP + FP); 0 when nothing was predicted. */
  public double precision() {
    return ratio(truePositives, truePositives + falsePositives);
  }

  /** TP / (TP + FN); 0 when nothing was expected. */
  public double recall() {
    return ratio(truePositives, truePositives + falseNegatives);
  }

  /** Harmonic mean of precision and recall; 0 when both are 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Gold items: TP + FN. */
  public long gold() {
    return truePositives + falseNegatives;
  }

  /** Predicted items: TP + FP. */
  public long predicted() {
    return truePositives + falsePositives;
  }

  /** Element-wise sum, for micro averages. */
  public PrecisionRecall plus(PrecisionRecall o) {
    return new PrecisionRecall(
        truePositives + o.truePositives,
        falsePositives + o.falsePositives,
        falseNegatives + o.falseNegatives);
  }

  private static double ratio(long a, long b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
