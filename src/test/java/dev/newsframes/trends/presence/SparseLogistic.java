package dev.newsframes.trends.presence;

import java.util.Arrays;
import java.util.List;

/**
 * L2-regularised logistic regression over binary sparse inputs (sets of active feature indexes),
 * fitted by accelerated gradient descent.
 *
 * <p>Each row is scaled to unit length ({@code 1 / sqrt(active)} per active feature), so long and
 * short articles weigh alike and the loss is smooth with a known constant; minimises the mean
 * log-loss plus {@code lambda / 2 * |w|^2} (the intercept is not penalised). Deterministic: a fixed
 * number of steps from zero, no randomness. Cost per step: the number of active entries.
 */
public final class SparseLogistic {
  private static final int STEPS = 400;

  private SparseLogistic() {}

  /** A fitted model over feature indexes {@code [0, weights.length)}. */
  public record Fit(double intercept, double[] weights) {
    public Fit {
      weights = weights.clone();
    }

    /** The log-odds of a row given by its active feature indexes (unknown indexes ignored). */
    public double logOdds(int[] active) {
      int n = 0;
      double s = 0;
      for (int j : active) {
        if (j >= 0 && j < weights.length) {
          s += weights[j];
          n++;
        }
      }
      return n == 0 ? intercept : intercept + s / Math.sqrt(n);
    }

    /** The probability of the positive class. */
    public double probability(int[] active) {
      return 1 / (1 + Math.exp(-logOdds(active)));
    }
  }

  /**
   * Fits {@code y ~ rows}.
   *
   * @param rows active feature indexes per example, each in {@code [0, features)}
   * @param y the labels
   * @param features the number of features
   * @param lambda the L2 penalty, above 0
   */
  public static Fit fit(List<int[]> rows, boolean[] y, int features, double lambda) {
    if (rows.size() != y.length || y.length == 0 || !(lambda > 0)) {
      throw new IllegalArgumentException("need as many labels as rows, and lambda > 0");
    }
    int n = y.length;
    // unit rows plus the intercept's constant 1: the mean log-loss has Lipschitz gradient <= 0.5
    double step = 1 / (0.5 + lambda);
    double[] w = new double[features];
    double[] v = new double[features];
    double[] g = new double[features];
    double b = 0;
    double vb = 0;
    double momentum = (1 - Math.sqrt(lambda * step)) / (1 + Math.sqrt(lambda * step));
    for (int t = 0; t < STEPS; t++) {
      Arrays.fill(g, 0);
      double gb = 0;
      Fit at = new Fit(vb, v);
      for (int i = 0; i < n; i++) {
        int[] row = rows.get(i);
        double r = (at.probability(row) - (y[i] ? 1 : 0)) / n;
        gb += r;
        double x = row.length == 0 ? 0 : 1 / Math.sqrt(row.length);
        for (int j : row) {
          g[j] += r * x;
        }
      }
      double[] previous = w.clone();
      double previousB = b;
      for (int j = 0; j < features; j++) {
        w[j] = v[j] - step * (g[j] + lambda * v[j]);
        v[j] = w[j] + momentum * (w[j] - previous[j]);
      }
      b = vb - step * gb;
      vb = b + momentum * (b - previousB);
    }
    return new Fit(b, w);
  }
}
