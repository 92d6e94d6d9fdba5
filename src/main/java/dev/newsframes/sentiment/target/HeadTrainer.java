package dev.newsframes.sentiment.target;

import java.util.Random;

/**
 * Trains a {@link SoftmaxHead} with weighted cross-entropy and AdamW on mini-batches.
 *
 * <p>Deterministic for a given seed and data order; single-threaded. Features are standardised with
 * the training set's mean and standard deviation, which the head keeps.
 */
public final class HeadTrainer {
  private HeadTrainer() {}

  /** A head fitted to {@code x} (one row per example) and classes {@code y} (0..2). */
  public static SoftmaxHead train(float[][] x, int[] y, HeadSettings s) {
    int in = x[0].length;
    int h = s.hidden();
    int top = h > 0 ? h : in;
    Random rnd = new Random(s.seed());
    float[][] z = standardised(x);
    float[] mean = z[z.length - 2];
    float[] scale = z[z.length - 1];
    Params p = new Params(in, h, top, rnd);
    double[] classWeight = classWeights(y, s.balanced());
    int[] order = new int[x.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    int step = 0;
    for (int epoch = 0; epoch < s.epochs(); epoch++) {
      shuffle(order, rnd);
      for (int start = 0; start < order.length; start += s.batchSize()) {
        int end = Math.min(order.length, start + s.batchSize());
        p.zeroGrad();
        for (int k = start; k < end; k++) {
          p.accumulate(z[order[k]], y[order[k]], classWeight[y[order[k]]], s.dropout(), rnd);
        }
        p.adamStep(++step, s.learningRate(), s.weightDecay(), end - start);
      }
    }
    return new SoftmaxHead(in, h, mean, scale, p.w1, p.b1, p.w2, p.b2, 1f);
  }

  /** Standardised copies of the rows, then the mean and 1/std rows. */
  private static float[][] standardised(float[][] x) {
    int n = x.length;
    int d = x[0].length;
    double[] sum = new double[d];
    double[] sq = new double[d];
    for (float[] row : x) {
      for (int j = 0; j < d; j++) {
        sum[j] += row[j];
        sq[j] += (double) row[j] * row[j];
      }
    }
    float[] mean = new float[d];
    float[] scale = new float[d];
    for (int j = 0; j < d; j++) {
      mean[j] = (float) (sum[j] / n);
      double var = sq[j] / n - mean[j] * (double) mean[j];
      scale[j] = (float) (1.0 / Math.sqrt(Math.max(var, 1e-8)));
    }
    float[][] out = new float[n + 2][];
    for (int i = 0; i < n; i++) {
      out[i] = new float[d];
      for (int j = 0; j < d; j++) {
        out[i][j] = (x[i][j] - mean[j]) * scale[j];
      }
    }
    out[n] = mean;
    out[n + 1] = scale;
    return out;
  }

  private static double[] classWeights(int[] y, boolean balanced) {
    double[] w = {1, 1, 1};
    if (balanced) {
      int[] count = new int[3];
      for (int c : y) {
        count[c]++;
      }
      for (int c = 0; c < 3; c++) {
        w[c] = count[c] == 0 ? 0 : y.length / (3.0 * count[c]);
      }
    }
    return w;
  }

  private static void shuffle(int[] a, Random rnd) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}
