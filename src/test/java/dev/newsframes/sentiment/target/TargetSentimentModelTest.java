package dev.newsframes.sentiment.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A tiny head trained end to end on hand-written fixture sentences (not NewsMTSC). */
class TargetSentimentModelTest {
  private static List<LabelledTarget> fixtures;
  private static TargetSentimentModel model;

  @BeforeAll
  static void train() throws Exception {
    fixtures = NewsMtscReader.read(resource("fixtures.jsonl"));
    List<FeatureSource> sources =
        List.of(FeatureSource.parse("minilm-l6-q:plain:target,win6,mean"));
    TargetSentimentTrainer.Result r =
        TargetSentimentTrainer.train(
            fixtures, sources, HeadSettings.logistic().withEpochs(60).withWeightDecay(0.01), 0);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    r.head().write(bytes);
    model =
        new TargetSentimentModel(
            TargetSentimentHead.read(new ByteArrayInputStream(bytes.toByteArray())));
  }

  static Path resource(String name) throws URISyntaxException {
    return Path.of(TargetSentimentModelTest.class.getResource(name).toURI());
  }

  @Test
  void readerReadsEveryTargetWithItsSpan() {
    assertThat(fixtures).as("targets in fixtures.jsonl").hasSize(31);
    LabelledTarget first = fixtures.get(0);
    assertThat(first.input().mention()).as("first target").isEqualTo("Smith");
    assertThat(first.gold()).isEqualTo(TargetLabel.NEGATIVE);
    assertThat(model.head().sources().get(0).toString())
        .as("feature source written with the head")
        .isEqualTo("minilm-l6-q:plain:target,win6,mean:5");
  }

  @Test
  void fitsItsFixturesAndGivesCalibratedProbabilities() {
    TargetScores s = TargetSentimentTrainer.evaluate(model, fixtures);
    assertThat(s.accuracy()).as("fit on the fixtures: " + s.summary()).isGreaterThan(0.9);
    TargetPolarity p = model.predict(List.of(fixtures.get(5).input())).get(0);
    assertThat(p.negative() + p.neutral() + p.positive()).isCloseTo(1.0, within(1e-9));
    assertThat(p.score()).isCloseTo(p.positive() - p.negative(), within(1e-12));
  }

  @Test
  void sameSentenceTwoTargetsTwoPolarities() {
    String s =
        "Critics slammed Smith for the failed policy, while voters praised Jones for her steady"
            + " leadership.";
    int smith = s.indexOf("Smith");
    int jones = s.indexOf("Jones");
    List<TargetPolarity> p =
        model.predict(
            List.of(new TargetInput(s, smith, smith + 5), new TargetInput(s, jones, jones + 5)));
    assertThat(p.get(0).label()).as("Smith: " + p.get(0)).isEqualTo(TargetLabel.NEGATIVE);
    assertThat(p.get(1).label()).as("Jones: " + p.get(1)).isEqualTo(TargetLabel.POSITIVE);
  }

  @Test
  void batchedAndSinglePredictionsAgree() {
    List<TargetInput> inputs = fixtures.stream().limit(7).map(LabelledTarget::input).toList();
    List<TargetPolarity> batched = model.predict(inputs);
    for (int i = 0; i < inputs.size(); i++) {
      TargetPolarity one = model.predict(List.of(inputs.get(i))).get(0);
      assertThat(one.score())
          .as("target %d alone vs in a batch", i)
          .isCloseTo(batched.get(i).score(), within(1e-4));
    }
  }
}
