package dev.newsframes.trends.presence;

/**
 * Presence for frames without a fitted model: enough sentences, with enough distinct terms, that
 * the frame is more than a word in passing.
 *
 * <p>Present when the article has at least {@code minSentences} sentences hitting the frame and
 * they match at least {@code minDistinctTerms} distinct lexicon terms. {@code (1, 1)} is the old
 * rule (any hit). The score is the share of the two minimums reached, capped at 1, so a present
 * article scores 1.
 */
public record FallbackRule(int minSentences, int minDistinctTerms) {
  /** The documented default; see docs/frame-presence.md for how it was chosen. */
  public static final FallbackRule DEFAULT = new FallbackRule(2, 2);

  /** The old rule: one sentence hit makes a frame present. */
  public static final FallbackRule ANY_HIT = new FallbackRule(1, 1);

  public FallbackRule {
    if (minSentences < 1 || minDistinctTerms < 1) {
      throw new IllegalArgumentException(
          "minimums must be at least 1, got " + minSentences + " and " + minDistinctTerms);
    }
  }

  /** Whether the counts reach both minimums. */
  public boolean present(ArticleFrameFeatures values) {
    return values.sentences() >= minSentences && values.distinctTerms() >= minDistinctTerms;
  }

  /** How far the counts go towards the minimums: the lower of the two ratios, at most 1. */
  public double score(ArticleFrameFeatures values) {
    double s = Math.min(1, (double) values.sentences() / minSentences);
    double t = Math.min(1, (double) values.distinctTerms() / minDistinctTerms);
    return Math.min(s, t);
  }
}
