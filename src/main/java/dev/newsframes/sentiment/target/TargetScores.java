package dev.newsframes.sentiment.target;

import java.util.List;
import java.util.Locale;

/**
 * Accuracy and macro-F1 over the three classes (the NewsMTSC paper's F1m) from a confusion matrix
 * {@code confusion[gold][predicted]}.
 */
public record TargetScores(int[][] confusion) {

  /** Scores of predictions against gold labels (parallel lists). */
  public static TargetScores of(List<TargetLabel> gold, List<TargetLabel> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(gold.size() + " gold labels but " + predicted.size());
    }
    int[][] m = new int[3][3];
    for (int i = 0; i < gold.size(); i++) {
      m[gold.get(i).ordinal()][predicted.get(i).ordinal()]++;
    }
    return new TargetScores(m);
  }

  /** Number of examples. */
  public int count() {
    int n = 0;
    for (int[] row : confusion) {
      for (int v : row) {
        n += v;
      }
    }
    return n;
  }

  /** Share of examples predicted right. */
  public double accuracy() {
    int right = 0;
    for (int c = 0; c < 3; c++) {
      right += confusion[c][c];
    }
    return count() == 0 ? 0 : right / (double) count();
  }

  /** F1 of one class; 0 when it is neither predicted nor gold. */
  public double f1(TargetLabel label) {
    int c = label.ordinal();
    int tp = confusion[c][c];
    int gold = 0;
    int pred = 0;
    for (int k = 0; k < 3; k++) {
      gold += confusion[c][k];
      pred += confusion[k][c];
    }
    return gold + pred == 0 ? 0 : 2.0 * tp / (gold + pred);
  }

  /** Unweighted mean of the three classes' F1. */
  public double macroF1() {
    return (f1(TargetLabel.NEGATIVE) + f1(TargetLabel.NEUTRAL) + f1(TargetLabel.POSITIVE)) / 3;
  }

  /** One line: {@code n=.. acc=.. macro-f1=.. f1 neg/neu/pos=..}. */
  public String summary() {
    return String.format(
        Locale.ROOT,
        "n=%d accuracy=%.4f macro-f1=%.4f f1 neg/neu/pos=%.3f/%.3f/%.3f",
        count(),
        accuracy(),
        macroF1(),
        f1(TargetLabel.NEGATIVE),
        f1(TargetLabel.NEUTRAL),
        f1(TargetLabel.POSITIVE));
  }
}
