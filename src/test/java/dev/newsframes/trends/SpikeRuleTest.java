package dev.newsframes.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpikeRuleTest {
  private static final SpikeRule RULE = new SpikeRule(4, 2.0, 5, 3, 20);

  // window mean 0.10, squares 0.0008, s = sqrt(0.0008 / 3) = 0.0163299
  private static final double[] WINDOW = {0.10, 0.12, 0.08, 0.10};

  @Test
  void zScoreAgainstTheTrailingWindowWhenItsSpreadExceedsSamplingNoise() {
    // 400 articles: sampling sd sqrt(0.1 * 0.9 / 400) = 0.015 < s
    Spike spike = RULE.test(WINDOW, 0.15, 60, 400).orElseThrow();

    assertThat(spike.windowMean()).isCloseTo(0.10, within(1e-12));
    assertThat(spike.windowSd()).isCloseTo(0.0163299, within(1e-7));
    assertThat(spike.samplingSd()).isCloseTo(0.015, within(1e-12));
    assertThat(spike.z()).as("0.05 / 0.0163299").isCloseTo(3.0618622, within(1e-6));
    assertThat(spike.kind()).isEqualTo(Spike.Kind.Z_SCORE);
    assertThat(RULE.test(WINDOW, 0.13, 52, 400)).as("z = 1.84 < 2").isEmpty();
    assertThat(RULE.test(WINDOW, 0.15, 4, 400)).as("below the minimum count").isEmpty();
    assertThat(RULE.test(new double[] {0.10, 0.12}, 0.5, 200, 400))
        .as("too little history")
        .isEmpty();
  }

  @Test
  void aShareOfFewArticlesIsJudgedAgainstItsSamplingErrorNotAQuietWindow() {
    // 100 articles: sampling sd sqrt(0.1 * 0.9 / 100) = 0.03 > s = 0.0163
    assertThat(RULE.test(WINDOW, 0.15, 15, 100))
        .as("z = 0.05 / 0.03 = 1.67, though 3.06 against the window alone")
        .isEmpty();

    Spike spike = RULE.test(WINDOW, 0.17, 17, 100).orElseThrow();

    assertThat(spike.samplingSd()).isCloseTo(0.03, within(1e-12));
    assertThat(spike.z()).as("0.07 / 0.03").isCloseTo(2.3333333, within(1e-6));
    assertThat(RULE.test(WINDOW, 0.9, 18, 19))
        .as("a period of 19 articles is below the minimum period count")
        .isEmpty();
  }

  @Test
  void aWindowFlatAtZeroFiresOnAnyRiseWithoutAZScore() {
    Spike spike = RULE.test(new double[] {0, 0, 0}, 0.2, 6, 30).orElseThrow();

    assertThat(spike.z()).isNull();
    assertThat(spike.windowSd()).isZero();
    assertThat(spike.samplingSd()).as("a share expected at 0 has no sampling error").isZero();
    assertThat(spike.kind()).isEqualTo(Spike.Kind.RISE_OVER_FLAT_WINDOW);
    assertThat(RULE.test(new double[] {0, 0, 0}, 0, 0, 30)).as("no rise").isEmpty();
  }

  @Test
  void aConstantWindowAwayFromZeroStillHasSamplingNoise() {
    // s = 0, sampling sd sqrt(0.1 * 0.9 / 30) = 0.0547723
    Spike spike = RULE.test(new double[] {0.1, 0.1, 0.1}, 0.3, 9, 30).orElseThrow();

    assertThat(spike.kind()).isEqualTo(Spike.Kind.Z_SCORE);
    assertThat(spike.z()).as("0.2 / 0.0547723").isCloseTo(3.6514837, within(1e-6));
    assertThat(RULE.test(new double[] {0.1, 0.1, 0.1}, 0.2, 6, 30))
        .as("z = 1.83: one more article in 30 than usual is no spike")
        .isEmpty();
    assertThat(RULE.test(new double[] {0.1, 0.1, 0.1}, 0.05, 6, 30)).as("a fall").isEmpty();
  }

  @Test
  void samplingSdIsTheBinomialStandardErrorOfAShare() {
    assertThat(SpikeRule.samplingSd(0.5, 25)).isCloseTo(0.1, within(1e-12));
    assertThat(SpikeRule.samplingSd(1.2, 25)).as("clamped to [0, 1]").isZero();
    assertThat(SpikeRule.samplingSd(-0.1, 25)).isZero();
  }

  @Test
  void detectSlidesTheWindowOverASeriesSkippingTinyPeriods() {
    LocalDate jan = LocalDate.of(2023, 1, 1);
    List<SpikeRule.Point> series =
        List.of(
            new SpikeRule.Point(jan, 0.10, 40, 400),
            new SpikeRule.Point(jan.plusMonths(1), 0.12, 48, 400),
            new SpikeRule.Point(jan.plusMonths(2), 0.08, 32, 400),
            new SpikeRule.Point(jan.plusMonths(3), 0.10, 40, 400),
            new SpikeRule.Point(jan.plusMonths(4), 0.9, 9, 10),
            new SpikeRule.Point(jan.plusMonths(5), 0.15, 60, 400),
            new SpikeRule.Point(jan.plusMonths(6), 0.40, 160, 400));

    List<SpikeRule.DatedSpike> spikes = RULE.detect(series);

    // May (9 of 10 articles) is no point. June: window Jan-Apr as above, z = 3.06. July: window
    // Feb, Mar, Apr, June = .12 .08 .10 .15, mean .1125, s = sqrt(0.002675 / 3) = 0.0298607
    // (sampling sd 0.0158), z = (0.40 - 0.1125) / 0.0298607 = 9.628; with May in the window the
    // mean would be .3075 and July no spike.
    assertThat(spikes)
        .extracting(SpikeRule.DatedSpike::period)
        .containsExactly(jan.plusMonths(5), jan.plusMonths(6));
    assertThat(spikes.get(1).spike().windowSize()).as("window capped at 4").isEqualTo(4);
    assertThat(spikes.get(1).spike().z()).isCloseTo(9.628, within(1e-3));
  }

  @Test
  void rejectsNonsensicalRules() {
    assertThatThrownBy(() -> new SpikeRule(1, 2, 5, 1, 20))
        .hasMessage("spike window must be >= 2 periods, got 1");
    assertThatThrownBy(() -> new SpikeRule(4, 2, 5, 5, 20))
        .hasMessage("spike min history must be in 2..4, got 5");
    assertThatThrownBy(() -> new SpikeRule(4, 0, 5, 3, 20))
        .hasMessage("spike threshold must be > 0, got 0.0");
    assertThatThrownBy(() -> new SpikeRule(4, 2, 5, 3, 0))
        .hasMessage("spike min period count must be >= 1, got 0");
  }
}
