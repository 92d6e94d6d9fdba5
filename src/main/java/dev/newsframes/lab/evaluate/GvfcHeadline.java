package dev.newsframes.lab.evaluate;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One GVFC headline as the models see it: its main frame (Theme1, 1 to 9), its lemmas (lower case,
 * in order), the lexicon's hits per frame id and its sentence vector (empty when not encoded).
 */
public record GvfcHeadline(
    int theme, List<String> lemmas, Map<String, Integer> frameHits, float[] vector) {
  public GvfcHeadline {
    if (theme < 1 || theme > GvfcModels.FRAMES) {
      throw new IllegalArgumentException("GVFC main frame must be 1 to 9, got " + theme);
    }
    lemmas = List.copyOf(lemmas);
    frameHits = Map.copyOf(frameHits);
    vector = vector.clone();
  }

  /** A headline without a sentence vector. */
  public GvfcHeadline(int theme, List<String> lemmas, Map<String, Integer> frameHits) {
    this(theme, lemmas, frameHits, new float[0]);
  }

  /** The same headline with {@code v} as its sentence vector. */
  public GvfcHeadline withVector(float[] v) {
    return new GvfcHeadline(theme, lemmas, frameHits, v);
  }

  @Override
  public float[] vector() {
    return vector.clone();
  }

  // a record compares arrays by reference: compare the vector's values instead
  @Override
  public boolean equals(Object o) {
    return o instanceof GvfcHeadline h
        && theme == h.theme
        && lemmas.equals(h.lemmas)
        && frameHits.equals(h.frameHits)
        && Arrays.equals(vector, h.vector);
  }

  @Override
  public int hashCode() {
    return Objects.hash(theme, lemmas, frameHits, Arrays.hashCode(vector));
  }
}
