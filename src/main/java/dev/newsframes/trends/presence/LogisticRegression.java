package dev.newsframes.trends.presence;

import java.util.Arrays;

/**
 * L2-regularised logistic regression, fitted by Newton's method on standardised inputs.
 *
 * <p>Minimises the log-loss plus {@code lambda / 2 * |w|^2} over the standardised weights (the
 * intercept is not penalised), so {@code lambda > 0} keeps the fit finite on separable data and
 * makes weights of different features comparable. Deterministic: same data, same coefficients.
 * Meant for tens of features; the cost is O(n p^2 + p^3) per iteration.
 */
public final class LogisticRegression {
  private static final int MAX_ITERATIONS = 100;
  private static final double TOLERANCE = 1e-9;

  private LogisticRegression() {}

  /**
   * A fitted model: {@code p(x) = sigmoid(intercept + sum_j weights[j] * (x[j] - mean[j]) /
   * scale[j])}.
   */
  public record Fit(double[] mean, double[] scale, double intercept, double[] weights) {
    public Fit {
      if (mean.length != scale.length || mean.length != weights.length) {
        throw new IllegalArgumentException("mean, scale and weights must have the same length");
      }
      mean = mean.clone();
      scale = scale.clone();
      weights = weights.clone();
    }

    /** The linear predictor (log-odds) of {@code x}. */
    public double logOdds(double[] x) {
      if (x.length != weights.length) {
        throw new IllegalArgumentException(
            "expected " + weights.length + " features, got " + x.length);
      }
      double z = intercept;
      for (int j = 0; j < x.length; j++) {
        z += weights[j] * (x[j] - mean[j]) / scale[j];
      }
      return z;
    }

    /** The probability of the positive class, in [0, 1]. */
    public double probability(double[] x) {
      return sigmoid(logOdds(x));
    }
  }

  /**
   * Fits {@code y ~ x}.
   *
   * @param x one row per example, all of the same length
   * @param y the labels, parallel to {@code x}
   * @param lambda the L2 penalty on standardised weights, at least 0
   */
  public static Fit fit(double[][] x, boolean[] y, double lambda) {
    if (x.length != y.length || x.length == 0) {
      throw new IllegalArgumentException("need as many labels as rows, and at least one row");
    }
    if (lambda < 0) {
      throw new IllegalArgumentException("lambda must not be negative: " + lambda);
    }
    int p = x[0].length;
    double[] mean = new double[p];
    double[] scale = new double[p];
    standardisation(x, mean, scale);
    double[][] z = new double[x.length][p + 1];
    for (int i = 0; i < x.length; i++) {
      z[i][0] = 1;
      for (int j = 0; j < p; j++) {
        z[i][j + 1] = (x[i][j] - mean[j]) / scale[j];
      }
    }
    double[] beta = newton(z, y, lambda);
    return new Fit(mean, scale, beta[0], Arrays.copyOfRange(beta, 1, p + 1));
  }

  private static double[] newton(double[][] z, boolean[] y, double lambda) {
    int q = z[0].length;
    double[] beta = new double[q];
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double[] gradient = new double[q];
      double[][] hessian = new double[q][q];
      for (int i = 0; i < z.length; i++) {
        double[] zi = z[i];
        double mu = sigmoid(dot(beta, zi));
        double w = Math.max(mu * (1 - mu), 1e-12);
        double r = mu - (y[i] ? 1 : 0);
        for (int a = 0; a < q; a++) {
          gradient[a] += r * zi[a];
          // the same products in the same order as w * z[a] * z[b], with the row and the first
          // factor held: the loop the JIT can vectorise, most of a fit over 385 inputs
          double wa = w * zi[a];
          double[] ha = hessian[a];
          for (int b = 0; b <= a; b++) {
            ha[b] += wa * zi[b];
          }
        }
      }
      for (int a = 0; a < q; a++) {
        for (int b = 0; b < a; b++) {
          hessian[b][a] = hessian[a][b];
        }
        double penalty = a == 0 ? 1e-9 : lambda;
        gradient[a] += a == 0 ? 0 : lambda * beta[a];
        hessian[a][a] += penalty;
      }
      double[] step = Linear.solve(hessian, gradient);
      double largest = 0;
      for (int a = 0; a < q; a++) {
        beta[a] -= step[a];
        largest = Math.max(largest, Math.abs(step[a]));
      }
      if (largest < TOLERANCE) {
        break;
      }
    }
    return beta;
  }

  private static void standardisation(double[][] x, double[] mean, double[] scale) {
    int n = x.length;
    for (double[] row : x) {
      for (int j = 0; j < mean.length; j++) {
        mean[j] += row[j] / n;
      }
    }
    for (double[] row : x) {
      for (int j = 0; j < mean.length; j++) {
        scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
      }
    }
    for (int j = 0; j < scale.length; j++) {
      // a constant column carries no information; scale 1 keeps it at 0 after centring
      scale[j] = scale[j] > 1e-12 ? Math.sqrt(scale[j]) : 1;
    }
  }

  static double sigmoid(double z) {
    return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
