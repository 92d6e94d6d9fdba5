package dev.newsframes.trends;

import java.util.Locale;

/**
 * A period whose value is far above its trailing window; see {@link SpikeRule}.
 *
 * @param z the z-score, null when the window is flat
 */
public record Spike(
    double value,
    long count,
    double windowMean,
    double windowSd,
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
