package dev.newsframes.sentiment;

import java.util.List;
import java.util.Objects;

/**
 * The sentiment of a sentence or document as given by one model.
 *
 * @param label the most probable of the five classes
 * @param probabilities one probability per {@link SentimentLabel}, in declaration order
 * @param score expected value of the class values (-1, -0.5, 0, 0.5, 1) under the probabilities, so
 *     it lies in [-1, 1] and keeps the model's uncertainty that the label throws away
 * @param model the name of the model that produced it, e.g. {@code rntn}
 */
public record SentimentScore(
    SentimentLabel label, List<Double> probabilities, double score, String model) {
  public SentimentScore {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(model, "model");
    probabilities = List.copyOf(probabilities);
    if (probabilities.size() != SentimentLabel.values().length) {
      throw new IllegalArgumentException(
          "expected " + SentimentLabel.values().length + " probabilities, got " + probabilities);
    }
  }

  /** The score of a probability distribution: its most probable label and expected value. */
  public static SentimentScore ofProbabilities(double[] probabilities, String model) {
    SentimentLabel[] labels = SentimentLabel.values();
    if (probabilities.length != labels.length) {
      throw new IllegalArgumentException(
          "expected " + labels.length + " probabilities, got " + probabilities.length);
    }
    int best = 0;
    double expected = 0;
    Double[] boxed = new Double[labels.length];
    for (int i = 0; i < labels.length; i++) {
      boxed[i] = probabilities[i];
      expected += probabilities[i] * labels[i].value();
      if (probabilities[i] > probabilities[best]) {
        best = i;
      }
    }
    return new SentimentScore(labels[best], List.of(boxed), clamp(expected), model);
  }

  /**
   * The score of a three-class model: its probabilities fill the negative, neutral and positive
   * classes (very negative and very positive get 0), the label is the most probable of the three,
   * and the score is P(positive) - P(negative), in [-1, 1] like the five-class expected value.
   */
  public static SentimentScore ofPolarities(
      double negative, double neutral, double positive, String model) {
    double[] p = {0, negative, neutral, positive, 0};
    SentimentLabel label = SentimentLabel.NEUTRAL;
    if (negative > neutral && negative >= positive) {
      label = SentimentLabel.NEGATIVE;
    } else if (positive > neutral && positive > negative) {
      label = SentimentLabel.POSITIVE;
    }
    Double[] boxed = {p[0], p[1], p[2], p[3], p[4]};
    return new SentimentScore(label, List.of(boxed), clamp(positive - negative), model);
  }

  // Probabilities from a softmax can sum to 1 +- 1e-16; keep the documented range exact.
  private static double clamp(double score) {
    return Math.max(-1.0, Math.min(1.0, score));
  }
}
