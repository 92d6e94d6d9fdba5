package dev.newsframes.trends;

import java.util.Locale;

/**
 * A period whose value is far above its trailing window; see {@link SpikeRule}.
 *
 * @param windowSd sample standard deviation of the window
 * @param samplingSd binomial standard error of the value's share at the window mean; the z-score
 *     divides by the larger of the two
 * @param z the z-score, null when the window is flat
 */
public record Spike(
    double value,
    long count,
    double windowMean,
    double windowSd,
    double samplingSd,
    int windowSize,
    Double z,
    Kind kind) {

  /** Which test fired. */
  public enum Kind {
    Z_SCORE,
    RISE_OVER_FLAT_WINDOW;

    /** The value stored in the {@code rule} column. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
