package dev.newsframes.lab.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsframes.trends.presence.ArticleHits;
import dev.newsframes.trends.presence.FrameHit;
import dev.newsframes.trends.presence.PresenceFitter;
import dev.newsframes.trends.presence.SentenceFrames;
import dev.newsframes.trends.presence.ThresholdRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClimateEvaluationTest {
  static SentenceFrames economic(int index, String term) {
    return new SentenceFrames(index, List.of(new FrameHit("economic", 1, List.of(term))));
  }

  static Map<String, Boolean> economicAnswer(boolean answer) {
    return Map.of("RE", false, "CO", false, "EC", answer, "HI", false, "MO", false);
  }

  @Test
  void eachMethodIsScoredOnTheMappedFrame() {
    List<Map<String, Boolean>> answers = new ArrayList<>();
    List<ArticleHits> hits = new ArrayList<>();
    for (int copy = 0; copy < 3; copy++) {
      // two economic sentences with two terms: present by the fallback rule; coded economic
      hits.add(new ArticleHits(5, 0, List.of(economic(1, "cost"), economic(3, "job"))));
      answers.add(economicAnswer(true));
      // one hit: present by any hit only; not coded economic
      hits.add(new ArticleHits(5, 0, List.of(economic(2, "cost"))));
      answers.add(economicAnswer(false));
      // no hit, coded economic; no hit, not coded
      hits.add(new ArticleHits(5, 0, List.of()));
      answers.add(economicAnswer(true));
      hits.add(new ArticleHits(5, 0, List.of()));
      answers.add(economicAnswer(false));
    }

    ClimateEvaluation e =
        ClimateEvaluation.crossValidate(
            new ClimateEvaluation.Articles(answers, hits, Optional.empty()),
            PresenceSpecs.TOPIC_COUNTS,
            new PresenceFitter.Options(1.0, 2, 42, ThresholdRule.MAX_F1));

    assertThat(e.frames())
        .extracting(ClimateEvaluation.Frame::lexiconFrame)
        .containsExactlyElementsOf(ClimateLabels.MAPPING.values());
    ClimateEvaluation.Frame ec = e.frames().get(2);
    assertThat(ec.column()).isEqualTo("EC");
    // yes everywhere, fallback 2,2, any hit
    assertThat(ec.scores().subList(0, 3))
        .containsExactly(
            new BinaryScore("EC", 6, 6, 0, 0, 0),
            new BinaryScore("EC", 3, 0, 3, 6, 0),
            new BinaryScore("EC", 3, 3, 3, 3, 0));
    assertThat(ec.scores().get(3).scored()).isEqualTo(12);
    // a frame nobody coded and nothing hits: no positives, every method but yes is all negatives
    ClimateEvaluation.Frame moral = e.frames().get(4);
    assertThat(moral.scores().get(1)).isEqualTo(new BinaryScore("MO", 0, 0, 0, 12, 0));
    assertThat(moral.scores().get(3)).as("no model fits without positives").isNull();
    assertThat(e.table())
        .contains("EC   economic")
        .contains("0.667 / 25.0%")
        .contains("0.500 / 50.0%")
        .contains("too few to fit");
  }

  @Test
  void anArticleVectorIsTheSumOfItsSentencesEncodedInOnePass() {
    List<List<String>> batches = new ArrayList<>();
    List<double[]> v =
        ClimateEvaluation.articleVectors(
            List.of(List.of("a", "b"), List.of(), List.of("c")),
            texts -> {
              batches.add(texts);
              return texts.stream().map(t -> new float[] {t.charAt(0) - 'a' + 1, 1}).toList();
            });

    assertThat(batches).containsExactly(List.of("a", "b", "c"));
    assertThat(v).hasSize(3);
    assertThat(v.get(0)).containsExactly(3, 2); // (1,1) + (2,1)
    assertThat(v.get(1)).containsExactly(0, 0); // no sentence: the zero vector
    assertThat(v.get(2)).containsExactly(3, 1);
  }

  /**
   * Twelve articles, every third coded economic; economic ones lie on one side of the first axis
   * (the second is noise) and, with {@code economicHits}, hit the economic frame twice.
   */
  static ClimateEvaluation.Articles twelve(boolean economicHits) {
    List<Map<String, Boolean>> answers = new ArrayList<>();
    List<double[]> vectors = new ArrayList<>();
    List<ArticleHits> hits = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      boolean economic = i % 3 == 0;
      answers.add(economicAnswer(economic));
      vectors.add(new double[] {economic ? 1 + 0.1 * i : -1 - 0.1 * i, i % 2});
      hits.add(
          new ArticleHits(
              5,
              0,
              economic && economicHits
                  ? List.of(economic(1, "cost"), economic(2, "job"))
                  : List.of()));
    }
    return new ClimateEvaluation.Articles(answers, hits, Optional.of(vectors));
  }

  @Test
  void theVectorModelAnswersEachArticleFromTheFoldsItWasNotFittedOn() {
    ClimateEvaluation.Articles data = twelve(false);
    double[][] x = data.matrix();
    boolean[] y = data.labels("EC");

    assertThat(ClimateEvaluation.vectorsCrossValidated(x, y, 3, 42, 1.0).orElseThrow())
        .containsExactly(
            true, false, false, true, false, false, true, false, false, true, false, false);
    assertThat(ClimateEvaluation.vectorsCrossValidated(x, y, 5, 42, 1))
        .as("4 positives cannot fill 5 folds")
        .isEmpty();

    ClimateEvaluation e =
        ClimateEvaluation.crossValidate(
            data,
            PresenceSpecs.TOPIC_COUNTS,
            new PresenceFitter.Options(1.0, 3, 42, ThresholdRule.MAX_F1));
    assertThat(e.methods()).endsWith(ClimateEvaluation.VECTOR_MODEL).hasSize(5);
    ClimateEvaluation.Frame ec = e.frames().get(2);
    assertThat(ec.scores().get(4)).isEqualTo(new BinaryScore("EC", 4, 0, 0, 8, 0));
    // the other frames have no positives: no vector model either
    assertThat(e.frames().get(0).scores().get(4)).isNull();
    assertThat(e.table()).contains(ClimateEvaluation.VECTOR_MODEL).contains("1.000 / 33.3%");
  }

  @Test
  void heldOutModelsAreFittedOnOneSetAndScoredOnTheOther() {
    ClimateEvaluation.Articles train = twelve(true);
    // held out: two economic articles on the economic side, two others on the other side
    var test =
        new ClimateEvaluation.Articles(
            List.of(
                economicAnswer(true),
                economicAnswer(false),
                economicAnswer(true),
                economicAnswer(false)),
            List.of(
                new ArticleHits(5, 0, List.of(economic(1, "cost"), economic(2, "job"))),
                new ArticleHits(5, 0, List.of()),
                new ArticleHits(5, 0, List.of(economic(1, "cost"), economic(4, "job"))),
                new ArticleHits(5, 0, List.of())),
            Optional.of(
                List.of(
                    new double[] {0.8, 0},
                    new double[] {-0.7, 1},
                    new double[] {1.9, 1},
                    new double[] {-2.0, 0})));
    PresenceFitter.Options o = new PresenceFitter.Options(1.0, 2, 42, ThresholdRule.MAX_F1);

    ClimateEvaluation e = ClimateEvaluation.heldOut(train, test, PresenceSpecs.TOPIC_COUNTS, o);

    ClimateEvaluation.Frame ec = e.frames().get(2);
    assertThat(ec.scores().get(0))
        .as("yes everywhere, on the held-out set")
        .isEqualTo(new BinaryScore("EC", 2, 2, 0, 0, 0));
    assertThat(ec.scores().get(3))
        .as("presence model")
        .isEqualTo(new BinaryScore("EC", 2, 0, 0, 2, 0));
    assertThat(ec.scores().get(4))
        .as("vector model")
        .isEqualTo(new BinaryScore("EC", 2, 0, 0, 2, 0));
    assertThat(e.frames().get(0).scores().get(4)).as("nobody coded resolution").isNull();
    assertThat(e.design()).contains("fitted on 12 articles, scored on 4 held-out articles");
    var noVectors = new ClimateEvaluation.Articles(train.answers(), train.hits(), Optional.empty());
    assertThatThrownBy(
            () -> ClimateEvaluation.heldOut(noVectors, test, PresenceSpecs.TOPIC_COUNTS, o))
        .hasMessageContaining("both sets or neither need vectors");
  }
}
