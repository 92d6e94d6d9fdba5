package dev.newsframes.trends;

/**
 * Which two frames the balance index weighs, and when a period's balance gets a bootstrap interval.
 *
 * @param positiveFrame frame at +1 of the index
 * @param negativeFrame frame at -1 of the index
 * @param resamples resamples of the percentile bootstrap
 * @param minArticles fewest articles with either frame for a period's balance to get an interval:
 *     below it the interval is null, since resampling a handful of values gives intervals that are
 *     too narrow (zero-width when they agree)
 * @param seed seed of the bootstrap; the same seed and data give the same intervals
 */
public record BalanceRule(
    String positiveFrame, String negativeFrame, int resamples, int minArticles, long seed) {
  /**
   * Regulation (+1) vs competitiveness (-1); 1000 resamples, intervals from 5 articles, seed 42.
   */
  public static final BalanceRule DEFAULT =
      new BalanceRule("regulation", "competitiveness", 1000, 5, 42);

  public BalanceRule {
    if (positiveFrame.equals(negativeFrame)) {
      throw new IllegalArgumentException("the balance needs two different frames");
    }
    if (minArticles < 2) {
      throw new IllegalArgumentException(
          "a balance interval needs at least 2 articles, got " + minArticles);
    }
    if (resamples < 1) {
      throw new IllegalArgumentException("bootstrap resamples must be >= 1, got " + resamples);
    }
  }
}
