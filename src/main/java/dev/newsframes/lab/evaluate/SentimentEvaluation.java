package dev.newsframes.lab.evaluate;

import dev.newsframes.common.PrecisionRecall;
import dev.newsframes.sentiment.LabelledSentence;
import dev.newsframes.sentiment.Polarity;
import dev.newsframes.sentiment.SentimentScore;
import dev.newsframes.sentiment.SentimentScores;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Predicted against gold sentiment of a labelled set, in three classes (the five model classes
 * collapse: very negative and negative are negative, positive and very positive are positive).
 *
 * <p>A sentence the model could not score counts as neutral with score 0, and is counted in {@link
 * #unscored()}.
 *
 * @param goldScores gold scores in [-1, 1], empty unless every item has one (SemEval)
 */
public record SentimentEvaluation(
    List<Polarity> gold,
    List<Polarity> predicted,
    List<Double> goldScores,
    List<Double> predictedScores,
    int unscored) {

  public SentimentEvaluation {
    gold = List.copyOf(gold);
    predicted = List.copyOf(predicted);
    goldScores = List.copyOf(goldScores);
    predictedScores = List.copyOf(predictedScores);
  }

  /** The evaluation of {@code predictions}, parallel to {@code items}. */
  public static SentimentEvaluation of(
      List<LabelledSentence> items, List<Optional<SentimentScore>> predictions) {
    List<Polarity> gold = new ArrayList<>();
    List<Polarity> predicted = new ArrayList<>();
    List<Double> goldScores = new ArrayList<>();
    List<Double> predictedScores = new ArrayList<>();
    int unscored = 0;
    boolean allScored = items.stream().allMatch(s -> s.score().isPresent());
    for (int i = 0; i < items.size(); i++) {
      Optional<SentimentScore> p = predictions.get(i);
      unscored += p.isEmpty() ? 1 : 0;
      gold.add(items.get(i).polarity());
      predicted.add(p.map(s -> s.label().polarity()).orElse(Polarity.NEUTRAL));
      predictedScores.add(p.map(SentimentScore::score).orElse(0.0));
      if (allScored) {
        goldScores.add(items.get(i).score().get());
      }
    }
    return new SentimentEvaluation(gold, predicted, goldScores, predictedScores, unscored);
  }

  public double accuracy() {
    return SentimentScores.accuracy(gold, predicted);
  }

  public double macroF1() {
    return SentimentScores.macroF1(gold, predicted);
  }

  public Map<Polarity, PrecisionRecall> perClass() {
    return SentimentScores.perClass(gold, predicted);
  }

  /** Whether gold scores exist, so the correlations below mean something. */
  public boolean hasGoldScores() {
    return !goldScores.isEmpty();
  }

  public double pearson() {
    return SentimentScores.pearson(array(goldScores), array(predictedScores));
  }

  public double spearman() {
    return SentimentScores.spearman(array(goldScores), array(predictedScores));
  }

  public double signAccuracy() {
    return SentimentScores.signAccuracy(array(goldScores), array(predictedScores));
  }

  /** counts[gold][predicted] in {@link Polarity} order. */
  public long[][] confusion() {
    int n = Polarity.values().length;
    long[][] m = new long[n][n];
    for (int i = 0; i < gold.size(); i++) {
      m[gold.get(i).ordinal()][predicted.get(i).ordinal()]++;
    }
    return m;
  }

  private static double[] array(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
