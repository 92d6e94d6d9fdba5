package dev.newsframes.trends;

import dev.newsframes.common.Period;
import java.util.List;
import java.util.Set;

/**
 * What the trend tables count and how.
 *
 * @param periods granularities to compute, each a value of the {@code granularity} column
 * @param kinds article kinds counted in trends ({@code article}; add {@code teaser} to count
 *     related-reading teasers as coverage too)
 * @param positiveFrame frame at +1 of the balance index
 * @param negativeFrame frame at -1 of the balance index
 * @param bootstrapResamples resamples of the balance index bootstrap
 * @param balanceMinArticles fewest articles with either balance frame for a period's balance to get
 *     a bootstrap interval: below it the interval is null, since resampling a handful of values
 *     gives intervals that are too narrow (zero-width when they agree)
 * @param seed seed of the bootstrap; the same seed and data give the same intervals
 * @param confidenceLevel level of every confidence interval, e.g. 0.95
 * @param spikeRule when a series point is a spike
 * @param topEntities entities per granularity (by articles overall) whose series are tested for
 *     spikes
 * @param evidencePerFrame evidence sentences kept per frame and period
 * @param ignoredNerTypes mention types that are not actors (dates, numbers, titles...) and are left
 *     out of the entity tables
 */
public record TrendOptions(
    List<Period> periods,
    Set<String> kinds,
    String positiveFrame,
    String negativeFrame,
    int bootstrapResamples,
    int balanceMinArticles,
    long seed,
    double confidenceLevel,
    SpikeRule spikeRule,
    int topEntities,
    int evidencePerFrame,
    Set<String> ignoredNerTypes) {

  /** CoreNLP types that name no actor; kept out of entity trends. */
  public static final Set<String> NON_ACTOR_NER_TYPES =
      Set.of(
          "DATE",
          "TIME",
          "DURATION",
          "SET",
          "NUMBER",
          "ORDINAL",
          "PERCENT",
          "MONEY",
          "EMAIL",
          "URL",
          "TITLE",
          "CAUSE_OF_DEATH",
          "CRIMINAL_CHARGE");

  /**
   * Monthly; articles only; regulation vs competitiveness; 1000 resamples, intervals from 5
   * articles, seed 42; 95%.
   */
  public static final TrendOptions DEFAULT =
      new TrendOptions(
          List.of(Period.MONTH),
          Set.of("article"),
          "regulation",
          "competitiveness",
          1000,
          5,
          42,
          0.95,
          SpikeRule.DEFAULT,
          20,
          5,
          NON_ACTOR_NER_TYPES);

  public TrendOptions {
    periods = List.copyOf(periods);
    kinds = Set.copyOf(kinds);
    ignoredNerTypes = Set.copyOf(ignoredNerTypes);
    if (periods.isEmpty() || kinds.isEmpty()) {
      throw new IllegalArgumentException("trends need at least one period and one article kind");
    }
    if (positiveFrame.equals(negativeFrame)) {
      throw new IllegalArgumentException("the balance needs two different frames");
    }
    if (balanceMinArticles < 2) {
      throw new IllegalArgumentException(
          "a balance interval needs at least 2 articles, got " + balanceMinArticles);
    }
    if (bootstrapResamples < 1 || evidencePerFrame < 1 || topEntities < 0) {
      throw new IllegalArgumentException(
          "bootstrap resamples and evidence per frame must be >= 1, top entities >= 0");
    }
    if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
      throw new IllegalArgumentException(
          "confidence level must be in (0, 1), got " + confidenceLevel);
    }
  }

  public TrendOptions withPeriods(List<Period> p) {
    return new TrendOptions(
        p,
        kinds,
        positiveFrame,
        negativeFrame,
        bootstrapResamples,
        balanceMinArticles,
        seed,
        confidenceLevel,
        spikeRule,
        topEntities,
        evidencePerFrame,
        ignoredNerTypes);
  }

  public TrendOptions withKinds(Set<String> k) {
    return new TrendOptions(
        periods,
        k,
        positiveFrame,
        negativeFrame,
        bootstrapResamples,
        balanceMinArticles,
        seed,
        confidenceLevel,
        spikeRule,
        topEntities,
        evidencePerFrame,
        ignoredNerTypes);
  }

  public TrendOptions withBalance(String positive, String negative) {
    return new TrendOptions(
        periods,
        kinds,
        positive,
        negative,
        bootstrapResamples,
        balanceMinArticles,
        seed,
        confidenceLevel,
        spikeRule,
        topEntities,
        evidencePerFrame,
        ignoredNerTypes);
  }

  public TrendOptions withBootstrap(int resamples, long s) {
    return new TrendOptions(
        periods,
        kinds,
        positiveFrame,
        negativeFrame,
        resamples,
        balanceMinArticles,
        s,
        confidenceLevel,
        spikeRule,
        topEntities,
        evidencePerFrame,
        ignoredNerTypes);
  }

  public TrendOptions withSpikeRule(SpikeRule rule) {
    return new TrendOptions(
        periods,
        kinds,
        positiveFrame,
        negativeFrame,
        bootstrapResamples,
        balanceMinArticles,
        seed,
        confidenceLevel,
        rule,
        topEntities,
        evidencePerFrame,
        ignoredNerTypes);
  }

  public TrendOptions withTopEntities(int n) {
    return new TrendOptions(
        periods,
        kinds,
        positiveFrame,
        negativeFrame,
        bootstrapResamples,
        balanceMinArticles,
        seed,
        confidenceLevel,
        spikeRule,
        n,
        evidencePerFrame,
        ignoredNerTypes);
  }

  public TrendOptions withEvidencePerFrame(int n) {
    return new TrendOptions(
        periods,
        kinds,
        positiveFrame,
        negativeFrame,
        bootstrapResamples,
        balanceMinArticles,
        seed,
        confidenceLevel,
        spikeRule,
        topEntities,
        n,
        ignoredNerTypes);
  }

  public TrendOptions withBalanceMinArticles(int n) {
    return new TrendOptions(
        periods,
        kinds,
        positiveFrame,
        negativeFrame,
        bootstrapResamples,
        n,
        seed,
        confidenceLevel,
        spikeRule,
        topEntities,
        evidencePerFrame,
        ignoredNerTypes);
  }
}
