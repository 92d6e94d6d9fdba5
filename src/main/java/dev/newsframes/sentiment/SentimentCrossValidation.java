package dev.newsframes.sentiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Stratified k-fold cross-validation of the sentiment classifier: each class is shuffled with a
 * fixed seed and dealt over the folds, so every fold keeps the class mix of the whole set.
 */
public final class SentimentCrossValidation {
  /** One fold's held-out scores. */
  public record Fold(int index, int trainSize, int testSize, double accuracy, double macroF1) {}

  /**
   * All folds.
   *
   * @param gold gold classes of the held-out sentences of every fold, fold after fold
   * @param predicted the predictions, parallel to {@code gold}
   */
  public record Result(List<Fold> folds, List<Polarity> gold, List<Polarity> predicted) {
    public Result {
      folds = List.copyOf(folds);
      gold = List.copyOf(gold);
      predicted = List.copyOf(predicted);
    }

    /** Mean of the folds' accuracies. */
    public double accuracy() {
      return folds.stream().mapToDouble(Fold::accuracy).average().orElse(0);
    }

    /** Mean of the folds' macro-F1. */
    public double macroF1() {
      return folds.stream().mapToDouble(Fold::macroF1).average().orElse(0);
    }
  }

  private SentimentCrossValidation() {}

  /**
   * Trains {@code k} models, each on all folds but one, and scores each on the fold left out.
   *
   * @throws IllegalArgumentException if {@code k < 2} or more than the examples
   */
  public static Result run(
      List<SentimentClassifier.Example> examples,
      int k,
      long seed,
      SentimentClassifier.Settings settings) {
    if (k < 2 || k > examples.size()) {
      throw new IllegalArgumentException(
          "Cross-validation needs 2 to " + examples.size() + " folds, got " + k);
    }
    List<List<Integer>> folds = stratifiedFolds(examples, k, seed);
    List<Fold> scores = new ArrayList<>();
    List<Polarity> gold = new ArrayList<>();
    List<Polarity> predicted = new ArrayList<>();
    for (int f = 0; f < k; f++) {
      List<SentimentClassifier.Example> train = new ArrayList<>();
      for (int g = 0; g < k; g++) {
        if (g != f) {
          folds.get(g).forEach(i -> train.add(examples.get(i)));
        }
      }
      SentimentClassifier model =
          SentimentClassifier.train(train, settings, "cross-validation fold " + (f + 1));
      List<Polarity> foldGold = new ArrayList<>();
      List<Polarity> foldPredicted = new ArrayList<>();
      for (int i : folds.get(f)) {
        foldGold.add(examples.get(i).polarity());
        foldPredicted.add(model.classify(examples.get(i).features()));
      }
      scores.add(
          new Fold(
              f + 1,
              train.size(),
              foldGold.size(),
              SentimentScores.accuracy(foldGold, foldPredicted),
              SentimentScores.macroF1(foldGold, foldPredicted)));
      gold.addAll(foldGold);
      predicted.addAll(foldPredicted);
    }
    return new Result(scores, gold, predicted);
  }

  /** Indices of the examples of each fold; each class shuffled, then dealt round-robin. */
  static List<List<Integer>> stratifiedFolds(
      List<SentimentClassifier.Example> examples, int k, long seed) {
    Map<Polarity, List<Integer>> byClass = new EnumMap<>(Polarity.class);
    for (int i = 0; i < examples.size(); i++) {
      byClass.computeIfAbsent(examples.get(i).polarity(), c -> new ArrayList<>()).add(i);
    }
    Random random = new Random(seed);
    List<List<Integer>> folds = new ArrayList<>();
    for (int f = 0; f < k; f++) {
      folds.add(new ArrayList<>());
    }
    int next = 0;
    for (List<Integer> members : byClass.values()) {
      Collections.shuffle(members, random);
      for (int i : members) {
        folds.get(next).add(i);
        next = (next + 1) % k;
      }
    }
    folds.forEach(Collections::sort);
    return folds;
  }
}
