package dev.newsframes.trends.presence;

/**
 * Whether one article carries one frame, with the score behind the decision.
 *
 * @param frame the frame id
 * @param present whether the article carries the frame
 * @param score in [0, 1]: the model's probability, or the fallback rule's progress
 * @param method which rule decided
 */
public record Presence(String frame, boolean present, double score, Method method) {
  /** What decided presence. */
  public enum Method {
    /** A fitted {@link FrameModel}. */
    MODEL,
    /** The {@link FallbackRule}, for frames without a model. */
    FALLBACK
  }

  public Presence {
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in [0, 1], got " + score);
    }
  }
}
