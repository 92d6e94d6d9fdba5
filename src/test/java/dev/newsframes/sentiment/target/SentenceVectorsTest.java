package dev.newsframes.sentiment.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SentenceVectorsTest {
  private static final List<String> TEXTS =
      List.of(
          "The Senate passed a bill tightening background checks for gun buyers.",
          "Lawmakers approved stricter checks on people who buy firearms.",
          "Shares of the retailer rose after strong holiday sales.");

  @ParameterizedTest
  @EnumSource(
      value = EncoderSpec.class,
      names = {"BGE_SMALL_Q", "MINILM_L6_Q"})
  void aParaphraseLiesCloserThanAnotherStory(EncoderSpec spec) {
    List<float[]> v = SentenceVectors.encode(TEXTS, spec);
    assertThat(v).hasSize(3);
    for (float[] x : v) {
      assertThat(x).hasSize(384);
      assertThat(dot(x, x)).as("unit length").isCloseTo(1.0, within(1e-4));
    }
    assertThat(dot(v.get(0), v.get(1)))
        .as("gun bill and its paraphrase, against a retail story")
        .isGreaterThan(dot(v.get(0), v.get(2)) + 0.1);
  }

  private static double dot(float[] a, float[] b) {
    double d = 0;
    for (int i = 0; i < a.length; i++) {
      d += a[i] * b[i];
    }
    return d;
  }
}
