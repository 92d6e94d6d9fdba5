package dev.newsframes.trends;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When a period's value of a series is a spike: far above the trailing window of earlier periods.
 *
 * <p>For a point with value x and count c, the window is the up to {@code window} previous points
 * of the same series (periods without any coverage are not points, so they are skipped, not counted
 * as zeros). With window mean m and sample standard deviation s (n - 1 denominator), the point is a
 * spike when the window has at least {@code minHistory} points, {@code c >= minCount}, and either
 * {@code z = (x - m) / s >= threshold}, or the window is flat ({@code s} = 0 up to rounding) and
 * {@code x > m}: the z-score is then undefined (stored as null) and the spike is of kind {@link
 * Spike.Kind#RISE_OVER_FLAT_WINDOW}, typically a frame that first appears.
 *
 * @param window number of previous points compared against
 * @param threshold minimum z-score
 * @param minCount minimum count (e.g. articles) of the point itself, so tiny series do not fire
 * @param minHistory minimum number of previous points needed to judge at all (2..window)
 */
public record SpikeRule(int window, double threshold, long minCount, int minHistory) {
  /** Standard deviations at or below this fraction of max(1, |mean|) count as zero. */
  public static final double FLAT_TOLERANCE = 1e-12;

  /** 6 previous periods, z >= 2, at least 5 articles, at least 3 previous periods. */
  public static final SpikeRule DEFAULT = new SpikeRule(6, 2.0, 5, 3);

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
  }

  /** A point of a series: a period, its value and the count behind it. */
  public record Point(LocalDate period, double value, long count) {}

  /** The spike at a point given the values of its window (oldest first), if it is one. */
  public Optional<Spike> test(double[] windowValues, double value, long count) {
    int n = windowValues.length;
    if (n < minHistory || count < minCount) {
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
    if (sd <= FLAT_TOLERANCE * Math.max(1, Math.abs(mean))) {
      return value > mean
          ? Optional.of(new Spike(value, count, mean, 0, n, null, Spike.Kind.RISE_OVER_FLAT_WINDOW))
          : Optional.empty();
    }
    double z = (value - mean) / sd;
    return z >= threshold
        ? Optional.of(new Spike(value, count, mean, sd, n, z, Spike.Kind.Z_SCORE))
        : Optional.empty();
  }

  /** The spikes of a series given in period order, each with its period. */
  public List<DatedSpike> detect(List<Point> series) {
    List<DatedSpike> out = new ArrayList<>();
    for (int i = 0; i < series.size(); i++) {
      int from = Math.max(0, i - window);
      double[] history = new double[i - from];
      for (int j = from; j < i; j++) {
        history[j - from] = series.get(j).value();
      }
      Point p = series.get(i);
      test(history, p.value(), p.count()).ifPresent(s -> out.add(new DatedSpike(p.period(), s)));
    }
    return out;
  }

  /** A spike and the period it happened in. */
  public record DatedSpike(LocalDate period, Spike spike) {}
}
