package dev.newsframes.lab.evaluate;

import dev.newsframes.common.PrecisionRecall;

/**
 * Agreement of yes/no predictions with labels for one question: the confusion counts and what
 * follows from them.
 *
 * <p>Precision, recall and F1 are 0 when undefined (no predicted or no labelled positives), as in
 * scikit-learn's {@code zero_division=0}. Shares are of the scored pages.
 *
 * @param skipped pages left out because the coders disagreed on this question
 */
public record BinaryScore(String question, int tp, int fp, int fn, int tn, int skipped) {
  /** Pages scored: those with an agreed answer. */
  public int scored() {
    return tp + fp + fn + tn;
  }

  /** The confusion counts as the shared precision/recall value. */
  public PrecisionRecall counts() {
    return new PrecisionRecall(tp, fp, fn);
  }

  public double precision() {
    return counts().precision();
  }

  public double recall() {
    return counts().recall();
  }

  public double f1() {
    return counts().f1();
  }

  /** Share of scored pages the product marks present. */
  public double predictedShare() {
    return scored() == 0 ? 0 : (double) (tp + fp) / scored();
  }

  /** Share of scored pages the coders mark present. */
  public double labelShare() {
    return scored() == 0 ? 0 : (double) (tp + fn) / scored();
  }

  /** This score plus another's counts (e.g. summing folds or classes). */
  public BinaryScore plus(BinaryScore other) {
    return new BinaryScore(
        question,
        tp + other.tp,
        fp + other.fp,
        fn + other.fn,
        tn + other.tn,
        skipped + other.skipped);
  }
}
