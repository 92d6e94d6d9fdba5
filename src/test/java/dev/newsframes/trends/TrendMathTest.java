package dev.newsframes.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Shares, t intervals, the balance index and the bootstrap, against hand-computed values. */
class TrendMathTest {

  @Test
  void sharesAreUndefinedForAnEmptyWhole() {
    assertThat(Shares.share(3, 12).getAsDouble()).isEqualTo(0.25);
    assertThat(Shares.share(0, 5).getAsDouble()).isZero();
    assertThat(Shares.share(0, 0)).as("0 of 0").isEmpty();
    assertThatThrownBy(() -> Shares.share(6, 5)).hasMessage("part 6 is not within 0..5");
  }

  @Test
  void tIntervalOfFourValues() {
    // mean 2.5; s = sqrt(5/3) = 1.290994; t(0.975, 3) = 3.182446; half = 3.182446 * s / 2
    MeanInterval m = MeanInterval.of(new double[] {1, 2, 3, 4}, 0.95).orElseThrow();

    assertThat(m.n()).isEqualTo(4);
    assertThat(m.mean()).isEqualTo(2.5);
    assertThat(m.low()).isCloseTo(2.5 - 2.0542603, within(1e-6));
    assertThat(m.high()).isCloseTo(2.5 + 2.0542603, within(1e-6));
  }

  @Test
  void tIntervalIsWideForTwoValuesAndUndefinedForOne() {
    // s = sqrt(2), se = 1, t(0.975, 1) = 12.706205
    MeanInterval two = MeanInterval.of(new double[] {0, 2}, 0.95).orElseThrow();
    assertThat(two.high() - two.mean()).isCloseTo(12.7062047, within(1e-6));

    MeanInterval one = MeanInterval.of(new double[] {0.4}, 0.95).orElseThrow();
    assertThat(one.mean()).isEqualTo(0.4);
    assertThat(one.low()).as("no interval from one value").isNaN();
    assertThat(MeanInterval.of(new double[0], 0.95)).isEmpty();
  }

  @Test
  void tHalfWidthApproachesTheNormalQuantileForLargeSamples() {
    // t(0.975, 9) = 2.262157; for n = 10000 the quantile is within 0.001 of 1.959964
    assertThat(MeanInterval.halfWidth(10, Math.sqrt(10), 0.95)).isCloseTo(2.2621572, within(1e-6));
    assertThat(MeanInterval.halfWidth(10_000, 100, 0.95)).isCloseTo(1.96, within(0.001));
    assertThatThrownBy(() -> MeanInterval.halfWidth(10, 1, 95))
        .hasMessage("confidence level must be in (0, 1), got 95.0");
  }

  @Test
  void balanceOfArticlesAndPeriods() {
    assertThat(BalanceIndex.article(3, 1).getAsDouble()).as("(3-1)/(3+1)").isEqualTo(0.5);
    assertThat(BalanceIndex.article(0, 2).getAsDouble()).isEqualTo(-1.0);
    assertThat(BalanceIndex.article(0, 0)).as("neither frame").isEmpty();
    assertThat(BalanceIndex.of(new double[] {0.5, -1, 0}).getAsDouble())
        .as("mean of 0.5, -1, 0")
        .isCloseTo(-1.0 / 6, within(1e-12));
    assertThat(BalanceIndex.of(new double[0])).isEmpty();
    assertThat(BalanceIndex.presence(3, 1).getAsDouble()).isEqualTo(0.5);
  }

  @Test
  void quantilesInterpolateBetweenOrderStatistics() {
    double[] sorted = {1, 2, 3, 4, 5};
    assertThat(BootstrapInterval.quantile(sorted, 0.25)).isEqualTo(2.0);
    assertThat(BootstrapInterval.quantile(sorted, 0.1)).isCloseTo(1.4, within(1e-12));
    assertThat(BootstrapInterval.quantile(sorted, 0.975)).isCloseTo(4.9, within(1e-12));
    assertThat(BootstrapInterval.quantile(sorted, 1.0)).isEqualTo(5.0);
  }

  @Test
  void bootstrapIsReproducibleAndDependsOnTheSeed() {
    double[] values = {1, -1, 0.5, 0.2, -0.3, 1, 1, -0.5};

    BootstrapInterval.Bounds a = BootstrapInterval.ofMean(values, 1000, 42, 0.95).orElseThrow();
    BootstrapInterval.Bounds b = BootstrapInterval.ofMean(values, 1000, 42, 0.95).orElseThrow();
    BootstrapInterval.Bounds c = BootstrapInterval.ofMean(values, 1000, 7, 0.95).orElseThrow();

    assertThat(b).as("same seed").isEqualTo(a);
    assertThat(c).as("another seed").isNotEqualTo(a);
    double mean = 0.2375;
    assertThat(a.low()).isLessThan(mean).isGreaterThanOrEqualTo(-1);
    assertThat(a.high()).isGreaterThan(mean).isLessThanOrEqualTo(1);
  }

  @Test
  void bootstrapOfTwoOppositeArticlesSpansTheWholeRange() {
    // resampled means are -1, 0, 1 with probabilities 1/4, 1/2, 1/4: both tails are reached
    BootstrapInterval.Bounds ci =
        BootstrapInterval.ofMean(new double[] {-1, 1}, 2000, 42, 0.95).orElseThrow();

    assertThat(ci).isEqualTo(new BootstrapInterval.Bounds(-1, 1));
  }

  @Test
  void bootstrapAgreesWithTheNormalApproximationOnALargeSample() {
    // 0..99: mean 49.5, population sd 28.866, se 2.8866, normal 95% interval 49.5 -+ 5.658
    double[] values = IntStream.range(0, 100).asDoubleStream().toArray();

    BootstrapInterval.Bounds ci = BootstrapInterval.ofMean(values, 4000, 1, 0.95).orElseThrow();

    assertThat(ci.low()).isCloseTo(43.84, within(0.6));
    assertThat(ci.high()).isCloseTo(55.16, within(0.6));
  }

  @Test
  void bootstrapOfOneValueIsUndefinedAndOfConstantValuesIsThatValue() {
    assertThat(BootstrapInterval.ofMean(new double[] {0.3}, 100, 1, 0.95))
        .as("one value: no interval")
        .isEmpty();
    assertThat(BootstrapInterval.ofMean(new double[] {1, 1, 1}, 100, 1, 0.95))
        .as("why frame_balance needs a minimum of articles")
        .contains(new BootstrapInterval.Bounds(1, 1));
    assertThat(BootstrapInterval.ofMean(new double[0], 100, 1, 0.95)).isEmpty();
  }

  @Test
  void aStatisticOfTheDrawCountsResamplesAsTheMeanDoes() {
    double[] values = {1, -1, 0.5, 0.2, -0.3, 1, 1, -0.5};
    // the mean from how many times each value was drawn: the same draws as ofMean's
    BootstrapInterval.Bounds viaCounts =
        BootstrapInterval.ofStatistic(
                values.length,
                drawn -> {
                  double sum = 0;
                  for (int i = 0; i < drawn.length; i++) {
                    sum += drawn[i] * values[i];
                  }
                  return sum / values.length;
                },
                1000,
                42,
                0.95)
            .orElseThrow();

    BootstrapInterval.Bounds mean = BootstrapInterval.ofMean(values, 1000, 42, 0.95).orElseThrow();
    assertThat(viaCounts.low()).isCloseTo(mean.low(), within(1e-12));
    assertThat(viaCounts.high()).isCloseTo(mean.high(), within(1e-12));
    assertThat(BootstrapInterval.ofStatistic(1, drawn -> 1.0, 100, 1, 0.95))
        .as("one item: no interval")
        .isEmpty();
  }

  @Test
  void periodSeedsDifferByPeriod() {
    long jan = LocalDate.of(2023, 1, 1).toEpochDay();
    long feb = LocalDate.of(2023, 2, 1).toEpochDay();
    assertThat(BootstrapInterval.seedFor(42, jan)).isNotEqualTo(BootstrapInterval.seedFor(42, feb));
    assertThat(BootstrapInterval.seedFor(42, jan)).isEqualTo(BootstrapInterval.seedFor(42, jan));
  }
}
