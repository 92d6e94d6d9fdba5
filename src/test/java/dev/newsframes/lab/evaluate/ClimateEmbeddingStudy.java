package dev.newsframes.lab.evaluate;

import dev.newsframes.sentiment.target.EncoderSpec;
import dev.newsframes.sentiment.target.SentenceVectors;
import dev.newsframes.trends.presence.LogisticRegression;
import dev.newsframes.trends.presence.StratifiedFolds;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lab: the climate narrative frames from sentence vectors of each article (mean of its sentences'
 * bge-small vectors, sentences split at ". "), an L2 logistic regression per frame whose threshold
 * matches the training share; 10-fold stratified CV, F1 per frame. Test scope.
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
      for (int a = 1; a < args.length; a++) {
        double lambda = Double.parseDouble(args[a]);
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
        boolean[] pred = new boolean[y.length];
        for (int k = 0; k < 10; k++) {
          List<double[]> tx = new ArrayList<>();
          List<Boolean> ty = new ArrayList<>();
          for (int i = 0; i < y.length; i++) {
            if (folds[i] != k) {
              tx.add(x[idx.get(i)]);
              ty.add(y[i]);
            }
          }
          boolean[] tyy = new boolean[ty.size()];
          int pos = 0;
          for (int i = 0; i < tyy.length; i++) {
            tyy[i] = ty.get(i);
            pos += tyy[i] ? 1 : 0;
          }
          LogisticRegression.Fit fit =
              LogisticRegression.fit(tx.toArray(double[][]::new), tyy, lambda);
          double[] train = tx.stream().mapToDouble(fit::probability).sorted().toArray();
          // the threshold that marks as many training articles as are coded yes
          double threshold = pos == 0 ? 1.01 : train[train.length - pos];
          for (int i = 0; i < y.length; i++) {
            if (folds[i] == k) {
              pred[i] = fit.probability(x[idx.get(i)]) >= threshold;
            }
          }
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < y.length; i++) {
          tp += y[i] && pred[i] ? 1 : 0;
          fp += !y[i] && pred[i] ? 1 : 0;
          fn += y[i] && !pred[i] ? 1 : 0;
        }
        System.out.printf(
            Locale.ROOT,
            "%-16s lambda %-4s F1 %.3f (tp %d fp %d fn %d, %d articles)%n",
            frame,
            args[a],
            tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn),
            tp,
            fp,
            fn,
            y.length);
      }
    }
  }
}
