package dev.newsframes.trends.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SentenceClassifierTest {
  static SentenceClassifier classifier() {
    return new SentenceClassifier(
        SentenceClassifier.DEFAULT_SOURCE,
        new LogisticRegression.Fit(
            new double[] {0.5, 0}, new double[] {2, 1}, -1, new double[] {4, -1}));
  }

  @Test
  void summaryIsTheLargestLogOddsAndTheMeanOfTheTopThree() {
    SentenceClassifier c = classifier();
    // log-odds: -1 + 4 * (x0 - 0.5) / 2 - x1
    float[] a = {1.5f, 0}; // 1
    float[] b = {0.5f, 1}; // -2
    float[] d = {2.5f, 1}; // 2
    float[] e = {0.5f, 0}; // -1
    assertThat(c.logOdds(a)).isCloseTo(1, within(1e-12));
    double[] s = c.summary(List.of(a, b, d, e));
    assertThat(s[0]).isCloseTo(2, within(1e-12));
    assertThat(s[1]).isCloseTo((2 + 1 - 1) / 3.0, within(1e-12));
    assertThat(c.input(SentenceClassifier.MAX, List.of(a))).isCloseTo(1, within(1e-12));
    assertThat(c.input(SentenceClassifier.TOP3, List.of(a, b))).isCloseTo(-0.5, within(1e-12));
    assertThat(c.summary(List.of())).containsExactly(-1, -1);
  }

  @Test
  void aModelWithSentenceInputsRoundTripsThroughItsFile() {
    FrameModel m =
        new FrameModel(
            "competitiveness",
            Optional.of("regulation"),
            List.of("log_sentences", SentenceClassifier.MAX, SentenceClassifier.TOP3),
            new LogisticRegression.Fit(
                new double[] {0, 0, 0}, new double[] {1, 1, 1}, 0.2, new double[] {1, 2, 3}),
            0.4,
            Optional.of(classifier()));
    FramePresenceModel model =
        new FramePresenceModel(
            Map.of("competitiveness", m), FallbackRule.DEFAULT, Optional.empty());
    FramePresenceModel back =
        PresenceModelFile.parse(PresenceModelFile.toJson(model, Map.of()), "test");
    FrameModel read = back.model("competitiveness").orElseThrow();
    assertThat(read.sentences()).contains(classifier());
    assertThat(back.stateSource()).contains(SentenceClassifier.DEFAULT_SOURCE);
    ArticleHits article =
        new ArticleHits(
            3,
            0,
            List.of(
                new SentenceFrames(
                    1, List.of(new FrameHit("competitiveness", 1, List.of("race"))))),
            List.of(new float[] {1.5f, 0}));
    assertThat(back.presence(article, "competitiveness"))
        .isEqualTo(model.presence(article, "competitiveness"));
  }

  @Test
  void sentenceInputsNeedAClassifierAndOneStateSource() {
    LogisticRegression.Fit fit =
        new LogisticRegression.Fit(new double[] {0}, new double[] {1}, 0, new double[] {1});
    assertThatThrownBy(
            () -> new FrameModel("f", Optional.empty(), List.of(SentenceClassifier.MAX), fit, 0.5))
        .hasMessageContaining("without a sentence classifier");
    SentenceClassifier other =
        new SentenceClassifier("minilm-l6-q:plain:mean:5", classifier().fit());
    Map<String, FrameModel> two =
        Map.of(
            "a",
            new FrameModel(
                "a",
                Optional.empty(),
                List.of(SentenceClassifier.MAX),
                fit,
                0.5,
                Optional.of(classifier())),
            "b",
            new FrameModel(
                "b",
                Optional.empty(),
                List.of(SentenceClassifier.MAX),
                fit,
                0.5,
                Optional.of(other)));
    assertThatThrownBy(() -> new FramePresenceModel(two, FallbackRule.DEFAULT, Optional.empty()))
        .hasMessageContaining("different state sources");
  }

  @Test
  void theFitterLearnsQuotesAgainstSentencesOfArticlesWithoutTheFrame() {
    QuotedArticle with =
        new QuotedArticle(
            new float[][] {{0, 1}, {1, 0}, {0, 1}}, Map.of("competitiveness", Set.of(1)));
    QuotedArticle without = new QuotedArticle(new float[][] {{0, 1}, {0.1f, 0.9f}}, Map.of());
    SentenceClassifier c =
        SentenceClassifierFitter.fit(
            "s",
            "competitiveness",
            List.of(with, without, with, without),
            new boolean[] {true, false, true, false},
            1);
    assertThat(c.logOdds(new float[] {1, 0})).isGreaterThan(0);
    assertThat(c.logOdds(new float[] {0, 1})).isLessThan(0);
    assertThatThrownBy(
            () ->
                SentenceClassifierFitter.fit(
                    "s", "regulation", List.of(with, without), new boolean[] {true, false}, 1))
        .hasMessageContaining("found 0 quoted and 2 other sentences");
  }
}
