package dev.newsframes.trends.presence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Fits a frame's presence model from labelled articles and measures it by k-fold cross-validation.
 *
 * <p>{@link #fit} fits the logistic regression on all examples and chooses its threshold on
 * out-of-fold scores of an inner stratified k-fold split, never on the training fit. {@link
 * #crossValidate} repeats that whole procedure inside each outer fold (nested), so its predictions
 * are honest estimates of held-out agreement. Deterministic for a given seed.
 */
public final class PresenceFitter {
  private PresenceFitter() {}

  /** One labelled article: its counts for the frame and the coders' answer. */
  public record Example(String id, ArticleFrameFeatures values, boolean label) {}

  /** A held-out prediction of cross-validation. */
  public record Prediction(String id, boolean label, double score, boolean present, int fold) {}

  /**
   * How to fit.
   *
   * @param features the model's inputs
   * @param lambda L2 penalty on standardised weights
   * @param folds k of the (outer and inner) stratified folds
   * @param seed seed of the fold assignment
   * @param thresholdRule how the threshold is chosen from inner out-of-fold scores
   */
  public record Options(
      List<PresenceFeature> features,
      double lambda,
      int folds,
      long seed,
      ThresholdRule thresholdRule) {
    /** All features, lambda 1, 10 folds, seed 42, the F1-maximising threshold. */
    public static final Options DEFAULT =
        new Options(List.of(PresenceFeature.values()), 1.0, 10, 42, ThresholdRule.MAX_F1);

    public Options {
      features = List.copyOf(features);
    }

    /** These options with other features. */
    public Options withFeatures(List<PresenceFeature> other) {
      return new Options(other, lambda, folds, seed, thresholdRule);
    }
  }

  /** The model of {@code frame} fitted on all {@code examples}, threshold from inner CV. */
  public static FrameModel fit(
      String frame, Optional<String> other, List<Example> examples, Options options) {
    LogisticRegression.Fit fit = fitWeights(examples, options);
    double[] scores = outOfFoldScores(examples, options, options.seed() + 1);
    double threshold = options.thresholdRule().choose(scores, eligible(examples), labels(examples));
    return new FrameModel(frame, other, options.features(), fit, threshold);
  }

  /**
   * Held-out predictions for every example from a nested k-fold cross-validation: each outer fold
   * is predicted by a model {@link #fit} on the other folds, threshold included.
   */
  public static List<Prediction> crossValidate(
      String frame, Optional<String> other, List<Example> examples, Options options) {
    int[] folds = StratifiedFolds.assign(labels(examples), options.folds(), options.seed());
    List<Prediction> out = new ArrayList<>(Arrays.asList(new Prediction[examples.size()]));
    for (int k = 0; k < options.folds(); k++) {
      List<Example> train = new ArrayList<>();
      for (int i = 0; i < examples.size(); i++) {
        if (folds[i] != k) {
          train.add(examples.get(i));
        }
      }
      FrameModel model = fit(frame, other, train, options);
      for (int i = 0; i < examples.size(); i++) {
        if (folds[i] == k) {
          Example e = examples.get(i);
          double score = model.score(e.values());
          boolean present = e.values().sentences() > 0 && score >= model.threshold();
          out.set(i, new Prediction(e.id(), e.label(), score, present, k));
        }
      }
    }
    return List.copyOf(out);
  }

  /** Out-of-fold scores of a plain (not nested) k-fold split with {@code seed}. */
  static double[] outOfFoldScores(List<Example> examples, Options options, long seed) {
    boolean[] labels = labels(examples);
    int k =
        Math.min(options.folds(), Math.min(positives(labels), labels.length - positives(labels)));
    if (k < 2) {
      throw new IllegalArgumentException(
          "need at least 2 positive and 2 negative examples to choose a threshold");
    }
    int[] folds = StratifiedFolds.assign(labels, k, seed);
    double[] scores = new double[examples.size()];
    for (int fold = 0; fold < k; fold++) {
      List<Example> train = new ArrayList<>();
      for (int i = 0; i < examples.size(); i++) {
        if (folds[i] != fold) {
          train.add(examples.get(i));
        }
      }
      LogisticRegression.Fit fit = fitWeights(train, options);
      for (int i = 0; i < examples.size(); i++) {
        if (folds[i] == fold) {
          scores[i] =
              fit.probability(PresenceFeature.vector(options.features(), examples.get(i).values()));
        }
      }
    }
    return scores;
  }

  private static LogisticRegression.Fit fitWeights(List<Example> examples, Options options) {
    double[][] x = new double[examples.size()][];
    for (int i = 0; i < x.length; i++) {
      x[i] = PresenceFeature.vector(options.features(), examples.get(i).values());
    }
    return LogisticRegression.fit(x, labels(examples), options.lambda());
  }

  private static boolean[] labels(List<Example> examples) {
    boolean[] y = new boolean[examples.size()];
    for (int i = 0; i < y.length; i++) {
      y[i] = examples.get(i).label();
    }
    return y;
  }

  private static boolean[] eligible(List<Example> examples) {
    boolean[] e = new boolean[examples.size()];
    for (int i = 0; i < e.length; i++) {
      e[i] = examples.get(i).values().sentences() > 0;
    }
    return e;
  }

  private static int positives(boolean[] labels) {
    int n = 0;
    for (boolean b : labels) {
      n += b ? 1 : 0;
    }
    return n;
  }
}
