package dev.newsframes.trends;

import java.util.Optional;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * A sample mean with its Student-t confidence interval.
 *
 * <p>The interval is {@code mean ± t(1 - (1 - level) / 2, n - 1) * s / sqrt(n)} with {@code s} the
 * sample standard deviation (n - 1 denominator), for every n >= 2: t converges to the normal
 * quantile for large n, so one formula serves small and large samples. With n = 1 the bounds are
 * NaN (undefined). It treats observations as independent; sentences of one article are not, so read
 * sentence-level intervals as somewhat too narrow.
 */
public record MeanInterval(long n, double mean, double low, double high) {

  /** Mean and interval of {@code values}; empty when there are none. */
  public static Optional<MeanInterval> of(double[] values, double level) {
    int n = values.length;
    if (n == 0) {
      return Optional.empty();
    }
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    double mean = sum / n;
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    double sd = n > 1 ? Math.sqrt(squares / (n - 1)) : Double.NaN;
    double half = halfWidth(n, sd, level);
    return Optional.of(new MeanInterval(n, mean, mean - half, mean + half));
  }

  /**
   * Half the width of the t interval for {@code n} observations with sample standard deviation
   * {@code sd}; NaN when n < 2 or sd is NaN.
   */
  public static double halfWidth(long n, double sd, double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
    }
    if (n < 2 || Double.isNaN(sd)) {
      return Double.NaN;
    }
    double t = new TDistribution(null, n - 1).inverseCumulativeProbability(1 - (1 - level) / 2);
    return t * sd / Math.sqrt(n);
  }
}
