package dev.newsframes.trends;

import java.util.OptionalDouble;

/**
 * The balance of two frames (by default regulation vs competitiveness), in [-1, 1].
 *
 * <p>Definition: for each article with at least one sentence in either frame, {@code b = (p - n) /
 * (p + n)} where p and n are its numbers of sentences hitting the positive and the negative frame;
 * the index of a period is the mean of b over those articles. Every article weighs the same however
 * long it is; +1 means all framed articles only use the positive frame. Articles with neither frame
 * do not enter the index (they are counted beside it).
 */
public final class BalanceIndex {
  private BalanceIndex() {}

  /** {@code b} of one article, or empty when it has neither frame. */
  public static OptionalDouble article(long positiveSentences, long negativeSentences) {
    if (positiveSentences < 0 || negativeSentences < 0) {
      throw new IllegalArgumentException("sentence counts must not be negative");
    }
    long total = positiveSentences + negativeSentences;
    return total == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) (positiveSentences - negativeSentences) / total);
  }

  /** The index of a period: the mean of its articles' {@code b}; empty when there are none. */
  public static OptionalDouble of(double[] articleBalances) {
    if (articleBalances.length == 0) {
      return OptionalDouble.empty();
    }
    double sum = 0;
    for (double b : articleBalances) {
      sum += b;
    }
    return OptionalDouble.of(sum / articleBalances.length);
  }

  /**
   * The coarser presence index {@code (A_p - A_n) / (A_p + A_n)} from the numbers of articles with
   * at least one sentence in each frame (an article with both counts on both sides); empty when
   * both are 0.
   */
  public static OptionalDouble presence(long positiveArticles, long negativeArticles) {
    return article(positiveArticles, negativeArticles);
  }
}
