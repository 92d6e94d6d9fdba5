package dev.newsframes.sentiment;

import dev.newsframes.common.PrecisionRecall;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Agreement between predicted and gold sentiment: three-class accuracy and macro-F1, and for gold
 * scores, correlation and sign agreement.
 *
 * <p>Hand-written: the only statistics library on the classpath (commons-math) comes undeclared
 * with Spark, and these textbook formulas are shorter than a dependency.
 */
public final class SentimentScores {
  private SentimentScores() {}

  /** Fraction of items whose predicted polarity equals the gold one. */
  public static double accuracy(List<Polarity> gold, List<Polarity> predicted) {
    check(gold.size(), predicted.size());
    long right = 0;
    for (int i = 0; i < gold.size(); i++) {
      right += gold.get(i) == predicted.get(i) ? 1 : 0;
    }
    return gold.isEmpty() ? 0 : (double) right / gold.size();
  }

  /** Precision, recall and F1 of each class, treating it as the positive class. */
  public static Map<Polarity, PrecisionRecall> perClass(
      List<Polarity> gold, List<Polarity> predicted) {
    check(gold.size(), predicted.size());
    Map<Polarity, PrecisionRecall> out = new EnumMap<>(Polarity.class);
    for (Polarity c : Polarity.values()) {
      long tp = 0;
      long fp = 0;
      long fn = 0;
      for (int i = 0; i < gold.size(); i++) {
        boolean g = gold.get(i) == c;
        boolean p = predicted.get(i) == c;
        tp += g && p ? 1 : 0;
        fp += !g && p ? 1 : 0;
        fn += g && !p ? 1 : 0;
      }
      out.put(c, new PrecisionRecall(tp, fp, fn));
    }
    return out;
  }

  /** Unweighted mean of the three classes' F1 (a class never gold nor predicted scores 0). */
  public static double macroF1(List<Polarity> gold, List<Polarity> predicted) {
    return perClass(gold, predicted).values().stream()
        .mapToDouble(PrecisionRecall::f1)
        .average()
        .orElse(0);
  }

  /** Pearson correlation; NaN when either side is constant. */
  public static double pearson(double[] x, double[] y) {
    check(x.length, y.length);
    double mx = mean(x);
    double my = mean(y);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }

  /** Spearman rank correlation: Pearson over ranks, ties sharing their average rank. */
  public static double spearman(double[] x, double[] y) {
    return pearson(ranks(x), ranks(y));
  }

  /**
   * Among items with a non-zero gold score, the fraction whose predicted score has the same sign (a
   * predicted 0 never agrees).
   */
  public static double signAccuracy(double[] gold, double[] predicted) {
    check(gold.length, predicted.length);
    long n = 0;
    long right = 0;
    for (int i = 0; i < gold.length; i++) {
      if (gold[i] != 0) {
        n++;
        right += Math.signum(gold[i]) == Math.signum(predicted[i]) ? 1 : 0;
      }
    }
    return n == 0 ? 0 : (double) right / n;
  }

  /** 1-based ranks, ties averaged. */
  static double[] ranks(double[] v) {
    Integer[] order = new Integer[v.length];
    for (int i = 0; i < v.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(v[a], v[b]));
    double[] r = new double[v.length];
    for (int i = 0; i < v.length; ) {
      int j = i;
      while (j + 1 < v.length && v[order[j + 1]] == v[order[i]]) {
        j++;
      }
      double avg = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        r[order[k]] = avg;
      }
      i = j + 1;
    }
    return r;
  }

  private static double mean(double[] v) {
    double s = 0;
    for (double d : v) {
      s += d;
    }
    return v.length == 0 ? 0 : s / v.length;
  }

  private static void check(int a, int b) {
    if (a != b) {
      throw new IllegalArgumentException("gold and predicted differ in size: " + a + " vs " + b);
    }
  }
}
