package dev.newsframes.lab.evaluate;

import dev.newsframes.sentiment.target.EncoderSpec;
import dev.newsframes.sentiment.target.SentenceVectors;
import dev.newsframes.trends.presence.LogisticRegression;
import dev.newsframes.trends.presence.StratifiedFolds;
import dev.newsframes.trends.presence.ThresholdRule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Lab: the climate narrative frames from sentence vectors of each article (mean of its sentences'
 * bge-small vectors, sentences split at end punctuation), an L2 logistic regression per frame whose
 * threshold matches the training share ({@link ThresholdRule#MATCH_SHARE} on its own fit); 10-fold
 * stratified CV, F1 per frame. Test scope.
 *
 * <p>Usage: {@code ClimateEmbeddingStudy articles_metadata.tsv LAMBDA...}
 */
public final class ClimateEmbeddingStudy {
  private ClimateEmbeddingStudy() {}

  public static void main(String[] args) throws Exception {
    List<ClimateLabels.Row> rows = ClimateLabels.read(Path.of(args[0]));
    List<String> sentences = new ArrayList<>();
    int[] from = new int[rows.size() + 1];
    for (int i = 0; i < rows.size(); i++) {
      from[i] = sentences.size();
      for (String s : rows.get(i).text().split("(?<=[.!?])\\s+")) {
        if (!s.isBlank()) {
          sentences.add(s);
        }
      }
    }
    from[rows.size()] = sentences.size();
    long t0 = System.nanoTime();
    List<float[]> v = SentenceVectors.encode(sentences, EncoderSpec.BGE_SMALL_Q);
    System.out.printf(
        Locale.ROOT,
        "%d articles, %d sentences encoded in %.0f s%n",
        rows.size(),
        sentences.size(),
        (System.nanoTime() - t0) / 1e9);
    double[][] x = new double[rows.size()][];
    for (int i = 0; i < rows.size(); i++) {
      double[] m = new double[v.get(0).length];
      for (int s = from[i]; s < from[i + 1]; s++) {
        for (int j = 0; j < m.length; j++) {
          m[j] += v.get(s)[j];
        }
      }
      x[i] = m;
    }
    for (String frame : ClimateLabels.MAPPING.keySet()) {
      List<Integer> idx = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        if (rows.get(i).answers().get(frame) != null) {
          idx.add(i);
        }
      }
      boolean[] y = new boolean[idx.size()];
      for (int i = 0; i < y.length; i++) {
        y[i] = rows.get(idx.get(i)).answers().get(frame);
      }
      int[] folds = StratifiedFolds.assign(y, 10, 42);
      for (int a = 1; a < args.length; a++) {
        double lambda = Double.parseDouble(args[a]);
        Boolean[] pred = new Boolean[y.length];
        for (int k = 0; k < 10; k++) {
          List<Integer> train = new ArrayList<>();
          for (int i = 0; i < y.length; i++) {
            if (folds[i] != k) {
              train.add(i);
            }
          }
          double[][] tx = train.stream().map(i -> x[idx.get(i)]).toArray(double[][]::new);
          boolean[] ty = new boolean[train.size()];
          for (int i = 0; i < ty.length; i++) {
            ty[i] = y[train.get(i)];
          }
          LogisticRegression.Fit fit = LogisticRegression.fit(tx, ty, lambda);
          double[] scores = Arrays.stream(tx).mapToDouble(fit::probability).toArray();
          boolean[] all = new boolean[ty.length];
          Arrays.fill(all, true);
          // marks as many training articles as are coded yes
          double threshold = ThresholdRule.MATCH_SHARE.choose(scores, all, ty);
          for (int i = 0; i < y.length; i++) {
            if (folds[i] == k) {
              pred[i] = fit.probability(x[idx.get(i)]) >= threshold;
            }
          }
        }
        List<Boolean> gold = new ArrayList<>();
        for (boolean b : y) {
          gold.add(b);
        }
        BinaryScore s = BinaryScore.of(frame, gold, Arrays.asList(pred));
        System.out.printf(
            Locale.ROOT,
            "%-16s lambda %-4s F1 %.3f (tp %d fp %d fn %d, %d articles)%n",
            frame,
            args[a],
            s.f1(),
            s.tp(),
            s.fp(),
            s.fn(),
            s.scored());
      }
    }
  }
}
