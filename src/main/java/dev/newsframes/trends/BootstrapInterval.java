package dev.newsframes.trends;

import java.util.Arrays;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Percentile bootstrap confidence interval of a mean (or of another statistic), reproducible from a
 * seed.
 *
 * <p>Draws {@code resamples} samples of size n with replacement, takes the mean of each, and
 * returns the {@code (1 - level) / 2} and {@code 1 - (1 - level) / 2} quantiles of those means
 * (linear interpolation between order statistics, "type 7"). The same values in the same order with
 * the same seed give the same interval on any JVM ({@link SplittableRandom} is specified).
 */
public final class BootstrapInterval {
  private BootstrapInterval() {}

  /** Bounds of an interval. */
  public record Bounds(double low, double high) {}

  /**
   * The interval of the mean of {@code values}; empty with fewer than 2, since every resample of
   * one value is that value and the zero-width interval would claim certainty.
   */
  public static Optional<Bounds> ofMean(double[] values, int resamples, long seed, double level) {
    check(resamples, level);
    int n = values.length;
    if (n < 2) {
      return Optional.empty();
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[] means = new double[resamples];
    for (int r = 0; r < resamples; r++) {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum += values[random.nextInt(n)];
      }
      means[r] = sum / n;
    }
    return Optional.of(bounds(means, level));
  }

  /**
   * The interval of a statistic of {@code n} items that is not a mean, such as an F1 score: each
   * resample draws {@code n} items with replacement and {@code statistic} reads how many times each
   * item was drawn. Empty with fewer than 2 items. Statistics computed with the same {@code n} and
   * seed see the same resamples, so intervals of several figures of one evaluation are paired.
   */
  public static Optional<Bounds> ofStatistic(
      int n, ToDoubleFunction<int[]> statistic, int resamples, long seed, double level) {
    check(resamples, level);
    if (n < 2) {
      return Optional.empty();
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[] values = new double[resamples];
    int[] drawn = new int[n];
    for (int r = 0; r < resamples; r++) {
      Arrays.fill(drawn, 0);
      for (int i = 0; i < n; i++) {
        drawn[random.nextInt(n)]++;
      }
      values[r] = statistic.applyAsDouble(drawn);
    }
    return Optional.of(bounds(values, level));
  }

  private static void check(int resamples, double level) {
    if (resamples < 1) {
      throw new IllegalArgumentException("resamples must be >= 1, got " + resamples);
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
    }
  }

  /** The central {@code level} interval of {@code values}, which it sorts. */
  private static Bounds bounds(double[] values, double level) {
    Arrays.sort(values);
    double tail = (1 - level) / 2;
    return new Bounds(quantile(values, tail), quantile(values, 1 - tail));
  }

  /** The {@code p} quantile of sorted values, interpolating linearly (Hyndman-Fan type 7). */
  static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  /**
   * The seed of one series point: mixes the run's seed with the period, so each period gets its own
   * stream and results do not depend on the order in which Spark processes periods.
   */
  public static long seedFor(long seed, long periodEpochDay) {
    return seed ^ (periodEpochDay * 0x9E3779B97F4A7C15L);
  }
}
