package dev.newsframes.sentiment.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TargetScoresTest {
  @Test
  void macroF1IsTheMeanOfTheClassF1() {
    TargetLabel n = TargetLabel.NEGATIVE;
    TargetLabel o = TargetLabel.NEUTRAL;
    TargetLabel p = TargetLabel.POSITIVE;
    TargetScores s = TargetScores.of(List.of(n, n, o, o, p, p), List.of(n, o, o, o, p, n));
    assertThat(s.accuracy()).as("accuracy").isCloseTo(4 / 6.0, within(1e-12));
    assertThat(s.f1(n)).as("negative F1: tp 1, gold 2, predicted 2").isCloseTo(0.5, within(1e-12));
    assertThat(s.f1(o)).as("neutral F1: tp 2, gold 2, predicted 3").isCloseTo(0.8, within(1e-12));
    assertThat(s.f1(p))
        .as("positive F1: tp 1, gold 2, predicted 1")
        .isCloseTo(2 / 3.0, within(1e-12));
    assertThat(s.macroF1()).as("macro-F1").isCloseTo((0.5 + 0.8 + 2 / 3.0) / 3, within(1e-12));
  }

  @Test
  void newsMtscPolarityCodes() {
    assertThat(TargetLabel.ofNewsMtsc(2.0)).isEqualTo(TargetLabel.NEGATIVE);
    assertThat(TargetLabel.ofNewsMtsc(4.0)).isEqualTo(TargetLabel.NEUTRAL);
    assertThat(TargetLabel.ofNewsMtsc(6.0)).isEqualTo(TargetLabel.POSITIVE);
    assertThat(TargetPolarity.of(new double[] {0.1, 0.3, 0.6}).score())
        .as("score = P(pos) - P(neg)")
        .isCloseTo(0.5, within(1e-12));
  }
}
