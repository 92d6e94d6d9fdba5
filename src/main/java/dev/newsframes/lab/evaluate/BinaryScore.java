package dev.newsframes.lab.evaluate;

import dev.newsframes.common.PrecisionRecall;
import java.util.List;

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
  /** The counts of {@code predicted} against {@code labels}, in the same order; none skipped. */
  public static BinaryScore of(String question, List<Boolean> labels, List<Boolean> predicted) {
    if (labels.size() != predicted.size()) {
      throw new IllegalArgumentException(
          labels.size() + " labels but " + predicted.size() + " predictions for " + question);
    }
    int tp = 0, fp = 0, fn = 0, tn = 0;
    for (int i = 0; i < labels.size(); i++) {
      boolean p = predicted.get(i);
      boolean gold = labels.get(i);
      tp += p && gold ? 1 : 0;
      fp += p && !gold ? 1 : 0;
      fn += !p && gold ? 1 : 0;
      tn += !p && !gold ? 1 : 0;
    }
    return new BinaryScore(question, tp, fp, fn, tn, 0);
  }

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
