package dev.newsframes.sentiment;

import static dev.newsframes.sentiment.Polarity.NEGATIVE;
import static dev.newsframes.sentiment.Polarity.NEUTRAL;
import static dev.newsframes.sentiment.Polarity.POSITIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.newsframes.lab.evaluate.SentimentEvaluation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SentimentScoresTest {
  private static final List<Polarity> GOLD =
      List.of(POSITIVE, POSITIVE, NEUTRAL, NEUTRAL, NEGATIVE, NEGATIVE);
  private static final List<Polarity> PRED =
      List.of(POSITIVE, NEUTRAL, NEUTRAL, NEUTRAL, NEUTRAL, NEGATIVE);

  @Test
  void accuracyAndMacroF1HandComputed() {
    assertThat(SentimentScores.accuracy(GOLD, PRED))
        .as("4 of 6 right")
        .isCloseTo(4 / 6.0, within(1e-12));
    // positive: p 1/1 r 1/2 f 2/3; neutral: p 2/4 r 2/2 f 2/3; negative: p 1/1 r 1/2 f 2/3
    assertThat(SentimentScores.macroF1(GOLD, PRED))
        .as("macro-F1")
        .isCloseTo(2 / 3.0, within(1e-12));
  }

  @Test
  void classNeverPredictedContributesZeroToMacroF1() {
    List<Polarity> gold = List.of(POSITIVE, NEGATIVE, NEUTRAL);
    List<Polarity> pred = List.of(NEUTRAL, NEUTRAL, NEUTRAL);
    // neutral: p 1/3 r 1 f 0.5; others 0
    assertThat(SentimentScores.macroF1(gold, pred))
        .as("all neutral")
        .isCloseTo(0.5 / 3, within(1e-12));
  }

  @Test
  void pearsonAndSpearmanHandComputed() {
    double[] x = {1, 2, 3, 4};
    double[] y = {2, 4, 6, 9};
    // means 2.5 and 5.25; sxy = 11.5, sxx = 5, syy = 26.75
    assertThat(SentimentScores.pearson(x, y))
        .as("pearson")
        .isCloseTo(11.5 / Math.sqrt(5 * 26.75), within(1e-12));
    assertThat(SentimentScores.spearman(x, y))
        .as("monotone: spearman 1")
        .isCloseTo(1.0, within(1e-12));
    assertThat(SentimentScores.ranks(new double[] {0.5, -1, 0.5, 2}))
        .as("ties share the average rank")
        .containsExactly(2.5, 1.0, 2.5, 4.0);
  }

  @Test
  void signAccuracySkipsZeroGoldAndCountsZeroPredictionWrong() {
    double[] gold = {0.4, -0.3, 0.0, 0.2};
    double[] pred = {0.1, 0.2, 0.9, 0.0};
    assertThat(SentimentScores.signAccuracy(gold, pred))
        .as("1 of 3 non-zero gold")
        .isCloseTo(1 / 3.0, within(1e-12));
  }

  @Test
  void evaluationCountsUnscoredAsNeutral() {
    List<LabelledSentence> items =
        List.of(
            new LabelledSentence("1", "a", POSITIVE, Optional.of(0.5)),
            new LabelledSentence("2", "b", NEUTRAL, Optional.of(0.0)));
    SentimentEvaluation e =
        SentimentEvaluation.of(
            items,
            List.of(
                Optional.of(SentimentScore.ofProbabilities(new double[] {0, 0, 0, 1, 0}, "m")),
                Optional.empty()));
    assertThat(e.unscored()).as("unscored").isEqualTo(1);
    assertThat(e.accuracy()).as("both right").isEqualTo(1.0);
    assertThat(e.hasGoldScores()).as("gold scores").isTrue();
    assertThat(e.predictedScores()).as("scores").containsExactly(0.5, 0.0);
  }
}
