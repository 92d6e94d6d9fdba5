package dev.newsframes.lab.evaluate;

import dev.newsframes.trends.BootstrapInterval;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One row of the {@code frame_validation} table: a question's figures from one evaluation.
 *
 * @param method {@link #APPLIED} (the model trends ran) or {@link #CV} (nested cross-validation of
 *     a model fitted on the same labels)
 * @param frame the frame or topic answering {@code question}
 * @param dominantAccuracy the evaluation's dominant-of-two accuracy, the same on each of its rows
 * @param f1Interval the 95% bootstrap interval of the F1 ({@link FrameScores#f1Intervals})
 * @param dominantInterval the same for the dominant accuracy
 */
public record FrameValidation(
    String method,
    String question,
    String frame,
    BinaryScore score,
    double dominantAccuracy,
    Optional<BootstrapInterval.Bounds> f1Interval,
    Optional<BootstrapInterval.Bounds> dominantInterval) {
  public static final String APPLIED = "applied";
  public static final String CV = "cv";

  /** The rows of one evaluation, in question order; {@code frames} maps question to frame. */
  public static List<FrameValidation> of(
      String method, FrameScores scores, Map<String, String> frames) {
    List<FrameValidation> out = new ArrayList<>();
    scores
        .questions()
        .forEach(
            (q, s) ->
                out.add(
                    new FrameValidation(
                        method,
                        q,
                        frames.getOrDefault(q, q),
                        s,
                        scores.dominantAccuracy(),
                        scores.f1Interval(q),
                        scores.dominantInterval())));
    return out;
  }
}
