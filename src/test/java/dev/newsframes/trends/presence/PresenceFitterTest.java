package dev.newsframes.trends.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PresenceFitterTest {
  private static final PresenceFitter.Options OPTIONS = PresenceFitter.Options.DEFAULT;
  private static final List<String> NAMES = List.of("log_sentences", "log_article_sentences");

  /** Frame present exactly when at least 3 sentences hit it; article length is noise. */
  private static List<PresenceFitter.Example> separable(long seed) {
    Random random = new Random(seed);
    List<PresenceFitter.Example> out = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      int sentences = 1 + random.nextInt(6);
      int length = 10 + random.nextInt(60);
      ArticleFrameFeatures f =
          new ArticleFrameFeatures("f", sentences, sentences, 1, 0, 0, 0, 0, 0, length);
      double[] x = PresenceInputs.vector(NAMES, new ArticleHits(length, 0, List.of()), f);
      out.add(new PresenceFitter.Example("a" + i, x, true, sentences >= 3));
    }
    return out;
  }

  @Test
  void recoversAKnownSeparableRule() {
    FrameModel model = PresenceFitter.fit("f", Optional.empty(), NAMES, separable(1), OPTIONS);

    assertThat(model.fit().weights()[0]).as("more sentences, more present").isPositive();
    assertThat(Math.abs(model.fit().weights()[0]))
        .as("sentences matter more than the noise feature")
        .isGreaterThan(5 * Math.abs(model.fit().weights()[1]));
    for (PresenceFitter.Example e : separable(2)) {
      assertThat(model.fit().probability(e.x()) >= model.threshold())
          .as("fresh article with log(1 + sentences) = %.2f", e.x()[0])
          .isEqualTo(e.label());
    }
  }

  @Test
  void crossValidationPredictsEveryExampleOnceFromOtherFolds() {
    List<PresenceFitter.Example> examples = separable(3);

    List<PresenceFitter.Prediction> cv =
        PresenceFitter.crossValidate("f", Optional.empty(), NAMES, examples, OPTIONS);

    assertThat(cv).hasSize(examples.size());
    assertThat(cv)
        .extracting(PresenceFitter.Prediction::id)
        .containsExactlyElementsOf(examples.stream().map(PresenceFitter.Example::id).toList());
    assertThat(cv).allSatisfy(p -> assertThat(p.present()).as(p.id()).isEqualTo(p.label()));
    assertThat(cv)
        .extracting(PresenceFitter.Prediction::fold)
        .containsOnly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(PresenceFitter.crossValidate("f", Optional.empty(), NAMES, examples, OPTIONS))
        .as("deterministic for a seed")
        .isEqualTo(cv);
  }

  @Test
  void logisticRegressionWithoutPenaltyMatchesTheClosedForm() {
    // one binary feature: the MLE reproduces the observed rates, 3/4 with x=1 and 1/4 with x=0
    double[][] x = {{1}, {1}, {1}, {1}, {0}, {0}, {0}, {0}};
    boolean[] y = {true, true, true, false, true, false, false, false};

    LogisticRegression.Fit fit = LogisticRegression.fit(x, y, 0);

    assertThat(fit.probability(new double[] {1})).isCloseTo(0.75, within(1e-9));
    assertThat(fit.probability(new double[] {0})).isCloseTo(0.25, within(1e-9));
  }

  @Test
  void penalisedLogisticRegressionSetsThePenalisedGradientToZero() {
    // 11 rows: two blocks of four that share a pass over the Hessian, and three rows alone
    double[][] x = {
      {0.5, 1, 3},
      {1.5, 0, 2},
      {2, 1, 1},
      {0.1, 0, 5},
      {3, 1, 0},
      {2.2, 0, 1},
      {0.7, 1, 4},
      {1.1, 0, 3},
      {2.9, 1, 2},
      {0.3, 1, 1},
      {1.8, 0, 0}
    };
    boolean[] y = {false, true, true, false, true, false, false, true, true, false, true};
    double lambda = 0.5;

    LogisticRegression.Fit fit = LogisticRegression.fit(x, y, lambda);

    // the objective's gradient over the standardised inputs: zero at the optimum
    double[] gradient = new double[4];
    for (int i = 0; i < x.length; i++) {
      double residual = fit.probability(x[i]) - (y[i] ? 1 : 0);
      gradient[0] += residual;
      for (int j = 0; j < 3; j++) {
        gradient[j + 1] += residual * (x[i][j] - fit.mean()[j]) / fit.scale()[j];
      }
    }
    for (int j = 0; j < 3; j++) {
      gradient[j + 1] += lambda * fit.weights()[j];
    }
    assertThat(Arrays.stream(fit.weights()).map(Math::abs).max().orElseThrow())
        .as("a fit that moved")
        .isGreaterThan(0.1);
    for (int j = 0; j < gradient.length; j++) {
      assertThat(gradient[j]).as("gradient %d", j).isCloseTo(0, within(1e-9));
    }
  }

  @Test
  void foldsAreStratifiedAndBalanced() {
    boolean[] labels = new boolean[50];
    for (int i = 0; i < 20; i++) {
      labels[i] = true;
    }

    int[] folds = StratifiedFolds.assign(labels, 5, 42);

    for (int k = 0; k < 5; k++) {
      int size = 0;
      int positives = 0;
      for (int i = 0; i < labels.length; i++) {
        size += folds[i] == k ? 1 : 0;
        positives += folds[i] == k && labels[i] ? 1 : 0;
      }
      assertThat(size).as("fold %d size", k).isEqualTo(10);
      assertThat(positives).as("fold %d positives", k).isEqualTo(4);
    }
  }

  @Test
  void thresholdRules() {
    double[] scores = {0.1, 0.2, 0.3, 0.6, 0.7, 0.9};
    boolean[] eligible = {true, true, true, true, true, true};
    boolean[] labels = {false, false, true, false, true, true};

    assertThat(ThresholdRule.MAX_F1.choose(scores, eligible, labels))
        .as("F1 6/7 from 0.25 up to 0.3 is the best")
        .isCloseTo(0.25, within(1e-12));
    assertThat(ThresholdRule.MATCH_SHARE.choose(scores, eligible, labels))
        .as("three present, as labelled, nearest 0.5")
        .isCloseTo(0.45, within(1e-12));
  }
}
