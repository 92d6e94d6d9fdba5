package dev.newsframes.sentiment.target;

import java.util.Arrays;
import java.util.Random;

/** The trainable weights of a head with their gradients and AdamW moments; not thread-safe. */
final class Params {
  private static final double BETA1 = 0.9;
  private static final double BETA2 = 0.999;
  final int in;
  final int hidden;
  final int top;
  final float[] w1;
  final float[] b1;
  final float[] w2;
  final float[] b2;
  private final float[][] weights;
  private final float[][] grads;
  private final float[][] m;
  private final float[][] v;
  private final float[] hid;
  private final float[] dh;

  Params(int in, int hidden, int top, Random rnd) {
    this.in = in;
    this.hidden = hidden;
    this.top = top;
    w1 = new float[hidden * in];
    b1 = new float[hidden];
    w2 = new float[SoftmaxHead.CLASSES * top];
    b2 = new float[SoftmaxHead.CLASSES];
    double s1 = Math.sqrt(2.0 / in);
    for (int i = 0; i < w1.length; i++) {
      w1[i] = (float) (rnd.nextGaussian() * s1);
    }
    double s2 = hidden > 0 ? Math.sqrt(1.0 / top) : 0.0;
    for (int i = 0; i < w2.length; i++) {
      w2[i] = (float) (rnd.nextGaussian() * s2);
    }
    weights = new float[][] {w1, b1, w2, b2};
    grads = new float[4][];
    m = new float[4][];
    v = new float[4][];
    for (int k = 0; k < 4; k++) {
      grads[k] = new float[weights[k].length];
      m[k] = new float[weights[k].length];
      v[k] = new float[weights[k].length];
    }
    hid = new float[Math.max(hidden, 1)];
    dh = new float[Math.max(hidden, 1)];
  }

  void zeroGrad() {
    for (float[] g : grads) {
      Arrays.fill(g, 0f);
    }
  }

  /** Adds the gradient of {@code weight * CE} for one standardised example. */
  void accumulate(float[] z, int y, double weight, double dropout, Random rnd) {
    float[] h = z;
    if (hidden > 0) {
      float keep = (float) (1 - dropout);
      for (int j = 0; j < hidden; j++) {
        float a = Math.max(0f, b1[j] + SoftmaxHead.dot(w1, j * in, z, in));
        hid[j] = dropout > 0 ? (rnd.nextDouble() < dropout ? 0f : a / keep) : a;
      }
      h = hid;
    }
    double[] logits = new double[SoftmaxHead.CLASSES];
    for (int c = 0; c < logits.length; c++) {
      logits[c] = b2[c] + SoftmaxHead.dot(w2, c * top, h, top);
    }
    double[] p = SoftmaxHead.softmax(logits);
    float[] gw2 = grads[2];
    float[] gb2 = grads[3];
    if (hidden > 0) {
      Arrays.fill(dh, 0f);
    }
    for (int c = 0; c < p.length; c++) {
      float d = (float) (weight * (p[c] - (c == y ? 1 : 0)));
      gb2[c] += d;
      int off = c * top;
      for (int j = 0; j < top; j++) {
        gw2[off + j] += d * h[j];
        if (hidden > 0) {
          dh[j] += d * w2[off + j];
        }
      }
    }
    if (hidden > 0) {
      float[] gw1 = grads[0];
      float[] gb1 = grads[1];
      for (int j = 0; j < hidden; j++) {
        if (hid[j] <= 0f || dh[j] == 0f) {
          continue;
        }
        float d = dh[j] * (dropout > 0 ? (float) (1 / (1 - dropout)) : 1f);
        gb1[j] += d;
        int off = j * in;
        for (int i = 0; i < in; i++) {
          gw1[off + i] += d * z[i];
        }
      }
    }
  }

  /** One AdamW step on the mean gradient of {@code n} examples; biases are not decayed. */
  void adamStep(int t, double lr, double weightDecay, int n) {
    double c1 = 1 - Math.pow(BETA1, t);
    double c2 = 1 - Math.pow(BETA2, t);
    for (int k = 0; k < weights.length; k++) {
      float[] w = weights[k];
      float[] g = grads[k];
      float[] mk = m[k];
      float[] vk = v[k];
      boolean decay = k == 0 || k == 2;
      for (int i = 0; i < w.length; i++) {
        float gi = g[i] / n;
        mk[i] = (float) (BETA1 * mk[i] + (1 - BETA1) * gi);
        vk[i] = (float) (BETA2 * vk[i] + (1 - BETA2) * gi * gi);
        double update = (mk[i] / c1) / (Math.sqrt(vk[i] / c2) + 1e-8);
        if (decay) {
          update += weightDecay * w[i];
        }
        w[i] -= (float) (lr * update);
      }
    }
  }
}
