package dev.newsframes.trends;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When a period's value of a series is a spike: far above the trailing window of earlier periods.
 *
 * <p>A series value is a share x = c / N: c articles of the N counted in the period. Periods with
 * fewer than {@code minPeriodCount} counted articles are not points of the series (neither judged
 * nor part of a window), like periods without any coverage: a share of a handful of articles swings
 * by chance. For a point, the window is the up to {@code window} previous points. With window mean
 * m and sample standard deviation s (n - 1 denominator), the point's z-score is {@code (x - m) /
 * max(s, sqrt(m (1 - m) / N))}: the spread of the window, but never less than the binomial sampling
 * error of a share of N articles, so a window that is quiet by chance does not turn noise into
 * spikes. The point is a spike when the window has at least {@code minHistory} points, {@code c >=
 * minCount}, and z >= {@code threshold}; or when that denominator is 0 (a window flat at 0 or 1)
 * and x > m: z is then undefined (stored as null) and the spike is of kind {@link
 * Spike.Kind#RISE_OVER_FLAT_WINDOW}, typically a frame that first appears.
 *
 * @param window number of previous points compared against
 * @param threshold minimum z-score
 * @param minCount minimum count (e.g. articles) of the point itself, so tiny series do not fire
 * @param minHistory minimum number of previous points needed to judge at all (2..window)
 * @param minPeriodCount minimum counted articles of a period for it to be a point of the series
 */
public record SpikeRule(
    int window, double threshold, long minCount, int minHistory, long minPeriodCount) {
  /** Standard deviations at or below this fraction of max(1, |mean|) count as zero. */
  public static final double FLAT_TOLERANCE = 1e-12;

  /**
   * 6 previous periods, z >= 2, at least 5 articles, at least 3 previous periods, periods of at
   * least 20 articles (where one article moves a share by at most 5 points).
   */
  public static final SpikeRule DEFAULT = new SpikeRule(6, 2.0, 5, 3, 20);

  public SpikeRule {
    if (window < 2) {
      throw new IllegalArgumentException("spike window must be >= 2 periods, got " + window);
    }
    if (minHistory < 2 || minHistory > window) {
      throw new IllegalArgumentException(
          "spike min history must be in 2.." + window + ", got " + minHistory);
    }
    if (!(threshold > 0)) {
      throw new IllegalArgumentException("spike threshold must be > 0, got " + threshold);
    }
    if (minCount < 0) {
      throw new IllegalArgumentException("spike min count must be >= 0, got " + minCount);
    }
    if (minPeriodCount < 1) {
      throw new IllegalArgumentException(
          "spike min period count must be >= 1, got " + minPeriodCount);
    }
  }

  /** This rule with another minimum of counted articles per period. */
  public SpikeRule withMinPeriodCount(long n) {
    return new SpikeRule(window, threshold, minCount, minHistory, n);
  }

  /**
   * A point of a series: a period, its value (a share), the count behind it and the period's
   * counted articles.
   */
  public record Point(LocalDate period, double value, long count, long periodCount) {}

  /**
   * The spike at a point given the values of its window (oldest first), if it is one.
   *
   * @param periodCount the counted articles of the point's period, N of the share
   */
  public Optional<Spike> test(double[] windowValues, double value, long count, long periodCount) {
    int n = windowValues.length;
    if (n < minHistory || count < minCount || periodCount < minPeriodCount) {
      return Optional.empty();
    }
    double sum = 0;
    for (double v : windowValues) {
      sum += v;
    }
    double mean = sum / n;
    double squares = 0;
    for (double v : windowValues) {
      squares += (v - mean) * (v - mean);
    }
    double sd = Math.sqrt(squares / (n - 1));
    double sampling = samplingSd(mean, periodCount);
    double scale = Math.max(sd, sampling);
    if (scale <= FLAT_TOLERANCE * Math.max(1, Math.abs(mean))) {
      return value > mean
          ? Optional.of(
              new Spike(
                  value, count, mean, sd, sampling, n, null, Spike.Kind.RISE_OVER_FLAT_WINDOW))
          : Optional.empty();
    }
    double z = (value - mean) / scale;
    return z >= threshold
        ? Optional.of(new Spike(value, count, mean, sd, sampling, n, z, Spike.Kind.Z_SCORE))
        : Optional.empty();
  }

  /**
   * The standard error of a share of {@code periodCount} articles whose expected value is {@code
   * mean} (clamped to [0, 1]): {@code sqrt(mean (1 - mean) / periodCount)}.
   */
  public static double samplingSd(double mean, long periodCount) {
    double p = Math.min(1, Math.max(0, mean));
    return Math.sqrt(p * (1 - p) / periodCount);
  }

  /** The spikes of a series given in period order, each with its period. */
  public List<DatedSpike> detect(List<Point> series) {
    List<Point> points = series.stream().filter(p -> p.periodCount() >= minPeriodCount).toList();
    List<DatedSpike> out = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      int from = Math.max(0, i - window);
      double[] history = new double[i - from];
      for (int j = from; j < i; j++) {
        history[j - from] = points.get(j).value();
      }
      Point p = points.get(i);
      test(history, p.value(), p.count(), p.periodCount())
          .ifPresent(s -> out.add(new DatedSpike(p.period(), s)));
    }
    return out;
  }

  /** A spike and the period it happened in. */
  public record DatedSpike(LocalDate period, Spike spike) {}
}
