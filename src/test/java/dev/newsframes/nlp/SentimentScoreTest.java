package dev.newsframes.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.newsframes.sentiment.Polarity;
import dev.newsframes.sentiment.SentimentLabel;
import dev.newsframes.sentiment.SentimentScore;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SentimentScoreTest {
  @Test
  void scoreIsTheExpectedClassValue() {
    SentimentScore s =
        SentimentScore.ofProbabilities(new double[] {0.1, 0.2, 0.3, 0.3, 0.1}, "rntn");
    // -1*0.1 - 0.5*0.2 + 0 + 0.5*0.3 + 1*0.1 = 0.05
    assertThat(s.score()).as("expected value").isCloseTo(0.05, within(1e-12));
    assertThat(s.label()).as("first of the tied maxima").isEqualTo(SentimentLabel.NEUTRAL);
    assertThat(s.model()).as("model").isEqualTo("rntn");
  }

  @Test
  void certainVeryPositiveScoresOne() {
    SentimentScore s = SentimentScore.ofProbabilities(new double[] {0, 0, 0, 0, 1}, "m");
    assertThat(s.score()).as("score").isEqualTo(1.0);
    assertThat(s.label()).as("label").isEqualTo(SentimentLabel.VERY_POSITIVE);
  }

  @Test
  void fiveClassesCollapseToThreePolarities() {
    assertThat(SentimentLabel.VERY_NEGATIVE.polarity())
        .as("very negative")
        .isEqualTo(Polarity.NEGATIVE);
    assertThat(SentimentLabel.NEGATIVE.polarity()).as("negative").isEqualTo(Polarity.NEGATIVE);
    assertThat(SentimentLabel.NEUTRAL.polarity()).as("neutral").isEqualTo(Polarity.NEUTRAL);
    assertThat(SentimentLabel.VERY_POSITIVE.polarity())
        .as("very positive")
        .isEqualTo(Polarity.POSITIVE);
    assertThat(SentimentLabel.VERY_NEGATIVE.code()).as("column value").isEqualTo("very_negative");
  }

  @Test
  void documentSentimentIsTheTokenWeightedMean() {
    var shortPositive = sentence(2, new double[] {0, 0, 0, 0, 1});
    var longNegative = sentence(6, new double[] {1, 0, 0, 0, 0});
    var unscored =
        new AnnotatedSentence(2, 0, 1, "x", List.of("x"), List.of(), List.of(), Optional.empty());
    SentimentScore doc =
        AnnotationConverter.documentSentiment(List.of(shortPositive, longNegative, unscored))
            .orElseThrow();
    // (2 * 1 + 6 * -1) / 8 = -0.5; unscored sentences do not count
    assertThat(doc.score()).as("weighted score").isCloseTo(-0.5, within(1e-12));
    assertThat(doc.label()).as("label of the mean").isEqualTo(SentimentLabel.VERY_NEGATIVE);
  }

  private static AnnotatedSentence sentence(int tokens, double[] p) {
    var words = Collections.nCopies(tokens, "w");
    return new AnnotatedSentence(
        0, 0, 1, "w", words, words, words, Optional.of(SentimentScore.ofProbabilities(p, "rntn")));
  }
}
