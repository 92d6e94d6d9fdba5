package dev.newsframes.sentiment.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HeadTrainerTest {
  /** Three Gaussian blobs in 8 dimensions, class c centred at 3 on axis c. */
  private static float[][] blobs(int n, int[] y, long seed) {
    Random r = new Random(seed);
    float[][] x = new float[n][8];
    for (int i = 0; i < n; i++) {
      y[i] = i % 3;
      for (int j = 0; j < 8; j++) {
        x[i][j] = (float) r.nextGaussian() + (j == y[i] ? 3f : 0f);
      }
    }
    return x;
  }

  @Test
  void logisticAndMlpHeadsSeparateBlobs() {
    int[] y = new int[300];
    float[][] x = blobs(300, y, 1);
    int[] ty = new int[300];
    float[][] tx = blobs(300, ty, 2);
    for (int hidden : new int[] {0, 16}) {
      SoftmaxHead head = HeadTrainer.train(x, y, HeadSettings.logistic().withHidden(hidden));
      int right = 0;
      for (int i = 0; i < tx.length; i++) {
        right += TargetPolarity.of(head.probabilities(tx[i])).label().ordinal() == ty[i] ? 1 : 0;
      }
      assertThat(right / 300.0).as("held-out accuracy, hidden=%d", hidden).isGreaterThan(0.9);
    }
  }

  @Test
  void headSurvivesWriteAndRead() throws Exception {
    int[] y = new int[60];
    float[][] x = blobs(60, y, 3);
    SoftmaxHead head =
        HeadTrainer.train(x, y, HeadSettings.logistic().withHidden(4)).withTemperature(1.5f);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    head.write(new DataOutputStream(bytes));
    SoftmaxHead back =
        SoftmaxHead.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    double[] a = head.probabilities(x[0]);
    double[] b = back.probabilities(x[0]);
    for (int c = 0; c < 3; c++) {
      assertThat(b[c])
          .as("probability of class %d after a round trip", c)
          .isCloseTo(a[c], within(1e-9));
    }
  }

  @Test
  void temperatureFitSoftensOverconfidentLogits() {
    double[][] logits = {{6, 0, 0}, {0, 6, 0}, {0, 0, 6}, {6, 0, 0}};
    int[] y = {0, 1, 2, 1};
    assertThat(TargetCrossValidation.fitTemperature(logits, y))
        .as("one confident mistake in four calls for T > 1")
        .isGreaterThan(1f);
  }
}
