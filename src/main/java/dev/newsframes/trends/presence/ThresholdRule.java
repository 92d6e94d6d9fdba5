package dev.newsframes.trends.presence;

import java.util.Arrays;

/**
 * How the decision threshold of a presence model is chosen from held-out scores.
 *
 * <p>Candidates are the midpoints between consecutive distinct scores; ties are broken towards 0.5.
 * Only articles with a frame hit can be present, so the others never count as predicted positives.
 */
public enum ThresholdRule {
  /** The threshold with the highest F1 against the labels. */
  MAX_F1,
  /** The threshold whose share of present articles is closest to the labels' share. */
  MATCH_SHARE;

  /**
   * The chosen threshold, in (0, 1).
   *
   * @param scores held-out scores
   * @param eligible whether each article has a frame hit (may be present at all)
   * @param labels the coders' answers
   */
  public double choose(double[] scores, boolean[] eligible, boolean[] labels) {
    double[] sorted = scores.clone();
    Arrays.sort(sorted);
    double best = 0.5;
    double bestValue = Double.NEGATIVE_INFINITY;
    for (int i = 0; i <= sorted.length; i++) {
      double lo = i == 0 ? 0 : sorted[i - 1];
      double hi = i == sorted.length ? 1 : sorted[i];
      if (i > 0 && i < sorted.length && lo == hi) {
        continue;
      }
      double t = Math.min(Math.max((lo + hi) / 2, 1e-6), 1 - 1e-6);
      double value = value(t, scores, eligible, labels);
      if (value > bestValue + 1e-12
          || (Math.abs(value - bestValue) <= 1e-12 && Math.abs(t - 0.5) < Math.abs(best - 0.5))) {
        best = t;
        bestValue = value;
      }
    }
    return best;
  }

  private double value(double t, double[] scores, boolean[] eligible, boolean[] labels) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int i = 0; i < scores.length; i++) {
      boolean predicted = eligible[i] && scores[i] >= t;
      tp += predicted && labels[i] ? 1 : 0;
      fp += predicted && !labels[i] ? 1 : 0;
      fn += !predicted && labels[i] ? 1 : 0;
    }
    return switch (this) {
      case MAX_F1 -> tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
      case MATCH_SHARE -> -Math.abs(fp - fn); // predicted positives minus labelled ones
    };
  }
}
