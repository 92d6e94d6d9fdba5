package dev.newsframes.sentiment.target;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * A three-class softmax classifier over standardised features: logistic regression, or one ReLU
 * hidden layer then softmax; logits are divided by a fitted temperature.
 *
 * <p>Immutable and thread-safe once built. {@link #write}/{@link #read} give a compact binary form
 * (floats, big-endian) of a few hundred kilobytes.
 */
public final class SoftmaxHead {
  static final int CLASSES = 3;
  final int in;
  final int hidden;
  final float[] mean;
  final float[] scale;
  final float[] w1;
  final float[] b1;
  final float[] w2;
  final float[] b2;
  final float temperature;

  SoftmaxHead(
      int in,
      int hidden,
      float[] mean,
      float[] scale,
      float[] w1,
      float[] b1,
      float[] w2,
      float[] b2,
      float temperature) {
    this.in = in;
    this.hidden = hidden;
    this.mean = mean;
    this.scale = scale;
    this.w1 = w1;
    this.b1 = b1;
    this.w2 = w2;
    this.b2 = b2;
    this.temperature = temperature;
  }

  /** A copy whose logits are divided by {@code t}. */
  public SoftmaxHead withTemperature(float t) {
    return new SoftmaxHead(in, hidden, mean, scale, w1, b1, w2, b2, t);
  }

  /** Class probabilities (negative, neutral, positive) of one feature vector. */
  public double[] probabilities(float[] x) {
    double[] logits = logits(x);
    for (int c = 0; c < CLASSES; c++) {
      logits[c] /= temperature;
    }
    return softmax(logits);
  }

  /** Logits before the temperature. */
  double[] logits(float[] x) {
    if (x.length != in) {
      throw new IllegalArgumentException("Head expects " + in + " features, got " + x.length);
    }
    float[] z = new float[in];
    for (int i = 0; i < in; i++) {
      z[i] = (x[i] - mean[i]) * scale[i];
    }
    float[] h = z;
    if (hidden > 0) {
      h = new float[hidden];
      for (int j = 0; j < hidden; j++) {
        h[j] = Math.max(0f, b1[j] + dot(w1, j * in, z, in));
      }
    }
    double[] logits = new double[CLASSES];
    for (int c = 0; c < CLASSES; c++) {
      logits[c] = b2[c] + dot(w2, c * h.length, h, h.length);
    }
    return logits;
  }

  static float dot(float[] w, int off, float[] v, int n) {
    float s = 0;
    for (int i = 0; i < n; i++) {
      s += w[off + i] * v[i];
    }
    return s;
  }

  static double[] softmax(double[] logits) {
    double max = Math.max(logits[0], Math.max(logits[1], logits[2]));
    double sum = 0;
    double[] p = new double[logits.length];
    for (int c = 0; c < p.length; c++) {
      p[c] = Math.exp(logits[c] - max);
      sum += p[c];
    }
    for (int c = 0; c < p.length; c++) {
      p[c] /= sum;
    }
    return p;
  }

  /** Writes the head; the stream is not closed. */
  public void write(DataOutputStream out) throws IOException {
    out.writeInt(in);
    out.writeInt(hidden);
    out.writeFloat(temperature);
    for (float[] a : new float[][] {mean, scale, w1, b1, w2, b2}) {
      out.writeInt(a.length);
      for (float f : a) {
        out.writeFloat(f);
      }
    }
  }

  /** Reads a head written by {@link #write}; the stream is not closed. */
  public static SoftmaxHead read(DataInputStream in) throws IOException {
    int n = in.readInt();
    int hidden = in.readInt();
    float t = in.readFloat();
    float[][] a = new float[6][];
    for (int k = 0; k < a.length; k++) {
      int len = in.readInt();
      if (len < 0 || len > 50_000_000) {
        throw new IOException("Corrupt head: array of length " + len);
      }
      a[k] = new float[len];
      for (int i = 0; i < len; i++) {
        a[k][i] = in.readFloat();
      }
    }
    return new SoftmaxHead(n, hidden, a[0], a[1], a[2], a[3], a[4], a[5], t);
  }
}
