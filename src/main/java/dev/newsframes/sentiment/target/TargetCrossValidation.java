package dev.newsframes.sentiment.target;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * k-fold cross-validation of a head over precomputed features, folds grouped by sentence so that
 * targets of one sentence never sit on both sides.
 *
 * <p>Deterministic for a seed. Returns the out-of-fold probabilities of every example.
 */
public final class TargetCrossValidation {
  private TargetCrossValidation() {}

  /** Fold index of each example: sentences shuffled with {@code seed}, dealt over {@code k}. */
  public static int[] folds(List<LabelledTarget> data, int k, long seed) {
    Map<String, List<Integer>> bySentence = new LinkedHashMap<>();
    for (int i = 0; i < data.size(); i++) {
      bySentence.computeIfAbsent(data.get(i).input().sentence(), s -> new ArrayList<>()).add(i);
    }
    List<List<Integer>> groups = new ArrayList<>(bySentence.values());
    Collections.shuffle(groups, new Random(seed));
    int[] fold = new int[data.size()];
    for (int g = 0; g < groups.size(); g++) {
      for (int i : groups.get(g)) {
        fold[i] = g % k;
      }
    }
    return fold;
  }

  /** Out-of-fold class probabilities, one row per example. */
  public static double[][] outOfFold(float[][] x, int[] y, int[] fold, int k, HeadSettings s) {
    double[][] logits = outOfFoldLogits(x, y, fold, k, s);
    double[][] out = new double[logits.length][];
    for (int i = 0; i < logits.length; i++) {
      out[i] = SoftmaxHead.softmax(logits[i]);
    }
    return out;
  }

  /** Out-of-fold logits (before any temperature), one row per example. */
  public static double[][] outOfFoldLogits(
      float[][] x, int[] y, int[] fold, int k, HeadSettings s) {
    double[][] out = new double[x.length][];
    for (int f = 0; f < k; f++) {
      List<Integer> train = new ArrayList<>();
      List<Integer> test = new ArrayList<>();
      for (int i = 0; i < x.length; i++) {
        (fold[i] == f ? test : train).add(i);
      }
      float[][] tx = new float[train.size()][];
      int[] ty = new int[train.size()];
      for (int i = 0; i < tx.length; i++) {
        tx[i] = x[train.get(i)];
        ty[i] = y[train.get(i)];
      }
      SoftmaxHead head = HeadTrainer.train(tx, ty, s);
      for (int i : test) {
        out[i] = head.logits(x[i]);
      }
    }
    return out;
  }

  /**
   * The temperature that minimises the log-loss of {@code logits / T} on {@code y}: a grid over
   * [0.5, 3] refined once; it changes probabilities, never the predicted class.
   */
  public static float fitTemperature(double[][] logits, int[] y) {
    double best = 1;
    double bestLoss = Double.MAX_VALUE;
    for (double t = 0.5; t <= 3.0; t += 0.05) {
      double loss = 0;
      for (int i = 0; i < logits.length; i++) {
        double[] z = logits[i].clone();
        for (int c = 0; c < z.length; c++) {
          z[c] /= t;
        }
        loss -= Math.log(Math.max(1e-12, SoftmaxHead.softmax(z)[y[i]]));
      }
      if (loss < bestLoss) {
        bestLoss = loss;
        best = t;
      }
    }
    return (float) best;
  }

  /** The most probable label of each row. */
  public static List<TargetLabel> argmax(double[][] probs) {
    List<TargetLabel> out = new ArrayList<>(probs.length);
    for (double[] p : probs) {
      out.add(TargetPolarity.of(p).label());
    }
    return out;
  }
}
