package dev.newsframes.trends.presence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fits a frame's presence model from labelled articles and measures it by k-fold cross-validation.
 *
 * <p>{@link #fit} fits the logistic regression on all examples and chooses its threshold on
 * out-of-fold scores of an inner stratified k-fold split, never on the training fit. {@link
 * #crossValidate} repeats that whole procedure inside each outer fold (nested), so its predictions
 * are honest estimates of held-out agreement, provided the feature names were chosen without the
 * labels (e.g. {@link PresenceInputs#frequentTerms}). Deterministic for a given seed.
 */
public final class PresenceFitter {
  private PresenceFitter() {}

  /**
   * One labelled article.
   *
   * @param x its inputs, in the order of the feature names
   * @param eligible whether a sentence hits the frame (an article without one is never present)
   * @param label the coders' answer
   */
  public record Example(String id, double[] x, boolean eligible, boolean label) {
    /** The example of an article's hits for a frame under the model inputs {@code names}. */
    public static Example of(
        String id,
        List<String> names,
        ArticleHits article,
        ArticleFrameFeatures counts,
        boolean label) {
      return new Example(
          id, PresenceInputs.vector(names, article, counts), counts.sentences() > 0, label);
    }
  }

  /** A held-out prediction of cross-validation. */
  public record Prediction(String id, boolean label, double score, boolean present, int fold) {}

  /**
   * How to fit.
   *
   * @param lambda L2 penalty on standardised weights
   * @param folds k of the (outer and inner) stratified folds
   * @param seed seed of the fold assignment
   * @param thresholdRule how the threshold is chosen from inner out-of-fold scores
   */
  public record Options(double lambda, int folds, long seed, ThresholdRule thresholdRule) {
    /** Lambda 1, 10 folds, seed 42, the F1-maximising threshold. */
    public static final Options DEFAULT = new Options(1.0, 10, 42, ThresholdRule.MAX_F1);
  }

  /** The model of {@code frame} over inputs {@code names}, fitted on all examples. */
  public static FrameModel fit(
      String frame, Optional<String> other, List<String> names, List<Example> examples, Options o) {
    return fit(frame, other, names, examples, o, Optional.empty());
  }

  /**
   * The same with the sentence classifier behind the examples' sentence inputs: their values in
   * {@code examples} must come from classifiers fitted without the example (out of fold).
   */
  public static FrameModel fit(
      String frame,
      Optional<String> other,
      List<String> names,
      List<Example> examples,
      Options o,
      Optional<SentenceClassifier> sentences) {
    LogisticRegression.Fit fit =
        LogisticRegression.fit(matrix(examples), labels(examples), o.lambda());
    double[] scores = outOfFoldScores(examples, o, o.seed() + 1);
    double threshold = o.thresholdRule().choose(scores, eligible(examples), labels(examples));
    return new FrameModel(frame, other, names, fit, threshold, sentences);
  }

  /**
   * Held-out predictions for every example from a nested k-fold cross-validation: each outer fold
   * is predicted by a model {@link #fit} on the other folds, threshold included.
   */
  public static List<Prediction> crossValidate(
      String frame, Optional<String> other, List<String> names, List<Example> examples, Options o) {
    int[] folds = StratifiedFolds.assign(labels(examples), o.folds(), o.seed());
    Prediction[] out = new Prediction[examples.size()];
    for (int k = 0; k < o.folds(); k++) {
      FrameModel model = fit(frame, other, names, subset(examples, folds, k, false), o);
      for (int i = 0; i < examples.size(); i++) {
        if (folds[i] == k) {
          out[i] = predict(model, examples.get(i), k);
        }
      }
    }
    return List.of(out);
  }

  /**
   * What {@code model} says of {@code e}: its score, and present when the score reaches the
   * threshold and a sentence hits the frame.
   *
   * @param fold the fold {@code e} was held out in, for the record
   */
  public static Prediction predict(FrameModel model, Example e, int fold) {
    double score = model.fit().probability(e.x());
    return new Prediction(
        e.id(), e.label(), score, e.eligible() && score >= model.threshold(), fold);
  }

  /** Out-of-fold scores of a plain (not nested) stratified k-fold split with {@code seed}. */
  static double[] outOfFoldScores(List<Example> examples, Options o, long seed) {
    boolean[] labels = labels(examples);
    int positives = 0;
    for (boolean b : labels) {
      positives += b ? 1 : 0;
    }
    int k = Math.min(o.folds(), Math.min(positives, labels.length - positives));
    if (k < 2) {
      throw new IllegalArgumentException(
          "need at least 2 positive and 2 negative examples to choose a threshold");
    }
    int[] folds = StratifiedFolds.assign(labels, k, seed);
    double[] scores = new double[examples.size()];
    for (int fold = 0; fold < k; fold++) {
      List<Example> train = subset(examples, folds, fold, false);
      LogisticRegression.Fit fit = LogisticRegression.fit(matrix(train), labels(train), o.lambda());
      for (int i = 0; i < examples.size(); i++) {
        if (folds[i] == fold) {
          scores[i] = fit.probability(examples.get(i).x());
        }
      }
    }
    return scores;
  }

  private static List<Example> subset(List<Example> examples, int[] folds, int k, boolean inFold) {
    List<Example> out = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      if ((folds[i] == k) == inFold) {
        out.add(examples.get(i));
      }
    }
    return out;
  }

  private static double[][] matrix(List<Example> examples) {
    return examples.stream().map(Example::x).toArray(double[][]::new);
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
      e[i] = examples.get(i).eligible();
    }
    return e;
  }
}
