package dev.newsframes.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpikeRuleTest {
  private static final SpikeRule RULE = new SpikeRule(4, 2.0, 5, 3);

  @Test
  void zScoreAgainstTheTrailingWindow() {
    // window mean 0.10, squares 0.0008, s = sqrt(0.0008 / 3) = 0.0163299
    double[] window = {0.10, 0.12, 0.08, 0.10};

    Spike spike = RULE.test(window, 0.15, 9).orElseThrow();

    assertThat(spike.windowMean()).isCloseTo(0.10, within(1e-12));
    assertThat(spike.windowSd()).isCloseTo(0.0163299, within(1e-7));
    assertThat(spike.z()).as("0.05 / 0.0163299").isCloseTo(3.0618622, within(1e-6));
    assertThat(spike.kind()).isEqualTo(Spike.Kind.Z_SCORE);
    assertThat(RULE.test(window, 0.13, 9)).as("z = 1.84 < 2").isEmpty();
    assertThat(RULE.test(window, 0.15, 4)).as("below the minimum count").isEmpty();
    assertThat(RULE.test(new double[] {0.10, 0.12}, 0.5, 9)).as("too little history").isEmpty();
  }

  @Test
  void aFlatWindowFiresOnAnyRiseWithoutAZScore() {
    Spike spike = RULE.test(new double[] {0, 0, 0}, 0.2, 6).orElseThrow();

    assertThat(spike.z()).isNull();
    assertThat(spike.windowSd()).isZero();
    assertThat(spike.kind()).isEqualTo(Spike.Kind.RISE_OVER_FLAT_WINDOW);
    assertThat(RULE.test(new double[] {0.1, 0.1, 0.1}, 0.1, 6)).as("no rise").isEmpty();
    assertThat(RULE.test(new double[] {0.1, 0.1, 0.1}, 0.05, 6)).as("a fall").isEmpty();
  }

  @Test
  void detectSlidesTheWindowOverASeries() {
    LocalDate jan = LocalDate.of(2023, 1, 1);
    List<SpikeRule.Point> series =
        List.of(
            new SpikeRule.Point(jan, 0.10, 10),
            new SpikeRule.Point(jan.plusMonths(1), 0.12, 12),
            new SpikeRule.Point(jan.plusMonths(2), 0.08, 8),
            new SpikeRule.Point(jan.plusMonths(3), 0.10, 10),
            new SpikeRule.Point(jan.plusMonths(4), 0.15, 15),
            new SpikeRule.Point(jan.plusMonths(5), 0.40, 40));

    List<SpikeRule.DatedSpike> spikes = RULE.detect(series);

    // May: window Jan-Apr as above, z = 3.06. June: window Feb-May = .12 .08 .10 .15, mean .1125,
    // s = sqrt(0.002675 / 3) = 0.0298607, z = (0.40 - 0.1125) / 0.0298607 = 9.628
    assertThat(spikes)
        .extracting(SpikeRule.DatedSpike::period)
        .containsExactly(jan.plusMonths(4), jan.plusMonths(5));
    assertThat(spikes.get(1).spike().windowSize()).as("window capped at 4").isEqualTo(4);
    assertThat(spikes.get(1).spike().z()).isCloseTo(9.628, within(1e-3));
  }

  @Test
  void rejectsNonsensicalRules() {
    assertThatThrownBy(() -> new SpikeRule(1, 2, 5, 1))
        .hasMessage("spike window must be >= 2 periods, got 1");
    assertThatThrownBy(() -> new SpikeRule(4, 2, 5, 5))
        .hasMessage("spike min history must be in 2..4, got 5");
    assertThatThrownBy(() -> new SpikeRule(4, 0, 5, 3))
        .hasMessage("spike threshold must be > 0, got 0.0");
  }
}
