package dev.newsframes.sentiment;

import static dev.newsframes.sentiment.SentimentFixtures.examples;
import static dev.newsframes.sentiment.SentimentFixtures.features;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.newsframes.lab.evaluate.SentimentDatasets;
import dev.newsframes.nlp.ClassifierSentimentModel;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Trains a tiny model on sentences written for these tests; no CoreNLP models needed. */
class SentimentClassifierTest {
  private static List<SentimentClassifier.Example> train;
  private static SentimentClassifier model;

  @BeforeAll
  static void trainOnFixtures() {
    train = examples(SentimentFixtures.TRAIN, SentimentDatasets.Format.CSV);
    model = SentimentClassifier.train(train, SentimentClassifier.Settings.defaults(), "fixtures");
  }

  @Test
  void separatesClearlyPositiveAndNegativeSentencesItWasNotTrainedOn() {
    for (LabelledSentence s :
        SentimentDatasets.read(SentimentFixtures.TEST, SentimentDatasets.Format.FPB)) {
      double[] p = model.probabilities(features(s.text()));
      double score = p[Polarity.POSITIVE.ordinal()] - p[Polarity.NEGATIVE.ordinal()];
      switch (s.polarity()) {
        case POSITIVE -> assertThat(score).as("score of positive: " + s.text()).isGreaterThan(0.2);
        case NEGATIVE -> assertThat(score).as("score of negative: " + s.text()).isLessThan(-0.2);
        case NEUTRAL -> {}
      }
      assertThat(Arrays.stream(p).sum()).as("probabilities sum").isCloseTo(1.0, within(1e-9));
    }
  }

  @Test
  void mostHeldOutFixturesGetTheirClass() {
    List<LabelledSentence> test =
        SentimentDatasets.read(SentimentFixtures.TEST, SentimentDatasets.Format.FPB);
    List<Polarity> gold = test.stream().map(LabelledSentence::polarity).toList();
    List<Polarity> predicted = test.stream().map(s -> model.classify(features(s.text()))).toList();
    assertThat(SentimentScores.accuracy(gold, predicted))
        .as("accuracy on 12 held-out fixtures; predicted " + predicted)
        .isGreaterThanOrEqualTo(0.75);
  }

  @Test
  void fileRoundTripKeepsEveryProbability() {
    byte[] bytes = model.toBytes();
    SentimentClassifier back = SentimentClassifier.fromBytes(bytes, "model.ser.gz");
    SentenceFeatures f = features("Operating profit fell to EUR 2 mn from EUR 5 mn .");
    assertThat(back.probabilities(f)).as("probabilities").containsExactly(model.probabilities(f));
    assertThat(back.description()).as("description").isEqualTo("fixtures");
    assertThat(model.toBytes()).as("same model, same bytes").isEqualTo(bytes);
  }

  @Test
  void modelScoresACoreNlpSentenceInTheMiddleThreeOfFiveClasses() {
    List<CoreLabel> labels = new ArrayList<>();
    for (SentimentToken t :
        SentimentFixtures.tokens("Operating profit rose to EUR 9 mn from EUR 4 mn .")) {
      CoreLabel l = new CoreLabel();
      l.setWord(t.word());
      l.setLemma(t.lemma());
      l.setNER("O");
      labels.add(l);
    }
    CoreMap sentence = new ArrayCoreMap();
    sentence.set(CoreAnnotations.TokensAnnotation.class, labels);
    SentimentScore s = new ClassifierSentimentModel(model).score(sentence).orElseThrow();
    List<Double> p = s.probabilities();
    assertThat(p.get(0) + p.get(4)).as("very negative and very positive").isZero();
    assertThat(s.score()).as("P(pos) - P(neg)").isCloseTo(p.get(3) - p.get(1), within(1e-12));
    assertThat(s.label()).as("label").isEqualTo(SentimentLabel.POSITIVE);
    assertThat(s.model()).as("model").isEqualTo("classifier");
    assertThat(SentimentScore.ofPolarities(0.5, 0.3, 0.2, "classifier").label())
        .as("negative")
        .isEqualTo(SentimentLabel.NEGATIVE);
    assertThat(SentimentScore.ofPolarities(0.4, 0.4, 0.2, "classifier").label())
        .as("tie goes to neutral")
        .isEqualTo(SentimentLabel.NEUTRAL);
  }

  @Test
  void strongestFeaturesAreReadable() {
    assertThat(model.strongestFeatures(Polarity.POSITIVE, 30))
        .as("positive features")
        .hasSize(30)
        .anyMatch(f -> f.startsWith("cue "))
        .noneMatch(f -> f.startsWith("1-") || f.equals("CLASS"));
    assertThat(model.featureCount()).as("features").isGreaterThan(100);
  }

  @Test
  void somethingElseIsNotAModel() {
    assertThatThrownBy(() -> SentimentClassifier.fromBytes(new byte[] {1, 2, 3}, "x.bin"))
        .as("garbage")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x.bin")
        .hasMessageContaining("train-sentiment");
  }

  @Test
  void oneClassIsNotEnoughToTrain() {
    List<SentimentClassifier.Example> positives =
        train.stream().filter(e -> e.polarity() == Polarity.POSITIVE).toList();
    assertThatThrownBy(
            () -> SentimentClassifier.train(positives, SentimentClassifier.Settings.defaults(), ""))
        .as("only positives")
        .hasMessageContaining("at least two classes");
  }

  @Test
  void crossValidationKeepsTheClassMixInEveryFold() {
    List<List<Integer>> folds = SentimentCrossValidation.stratifiedFolds(train, 5, 7);
    assertThat(folds).as("folds").hasSize(5);
    assertThat(folds.stream().mapToInt(List::size).sum()).as("all used once").isEqualTo(60);
    for (List<Integer> fold : folds) {
      assertThat(fold.stream().filter(i -> train.get(i).polarity() == Polarity.NEGATIVE).count())
          .as("negatives per fold of 60 with 20 negatives")
          .isEqualTo(4);
    }
    assertThat(SentimentCrossValidation.stratifiedFolds(train, 5, 7))
        .as("same seed, same folds")
        .isEqualTo(folds);
    SentimentCrossValidation.Result r =
        SentimentCrossValidation.run(train, 3, 7, SentimentClassifier.Settings.defaults());
    assertThat(r.folds()).as("fold results").hasSize(3);
    assertThat(r.gold()).as("every sentence scored once").hasSize(60);
    assertThat(r.accuracy()).as("cross-validated accuracy on easy fixtures").isGreaterThan(0.6);
  }
}
