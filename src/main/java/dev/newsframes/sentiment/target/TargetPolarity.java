package dev.newsframes.sentiment.target;

/**
 * The predicted polarity towards one target, with the class probabilities (summing to 1).
 *
 * <p>{@link #score()} is P(positive) - P(negative), in [-1, 1], as the sentence sentiment score.
 */
public record TargetPolarity(TargetLabel label, double negative, double neutral, double positive) {

  /** The most probable class of the three probabilities (ties go to neutral, then negative). */
  public static TargetPolarity of(double[] probs) {
    TargetLabel best = TargetLabel.NEUTRAL;
    if (probs[0] > probs[1] && probs[0] >= probs[2]) {
      best = TargetLabel.NEGATIVE;
    } else if (probs[2] > probs[1] && probs[2] > probs[0]) {
      best = TargetLabel.POSITIVE;
    }
    return new TargetPolarity(best, probs[0], probs[1], probs[2]);
  }

  /** P(positive) - P(negative). */
  public double score() {
    return positive - negative;
  }
}
