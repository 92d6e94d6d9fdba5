package dev.newsframes.trends.presence;

import java.util.List;
import java.util.Optional;

/**
 * The fitted presence model of one frame: a logistic regression over named features and the
 * decision threshold on its score.
 *
 * <p>The article carries the frame when {@code score >= threshold}; the score is the fitted
 * probability that coders would mark the frame present.
 *
 * @param frame the frame id, as in the lexicon
 * @param other the frame whose sentences feed {@link PresenceFeature#LOG_OTHER_SENTENCES}, if any
 * @param features the model's inputs, in the order of the fit's weights
 * @param fit the standardisation and coefficients
 * @param threshold the score from which the frame is present, in (0, 1)
 */
public record FrameModel(
    String frame,
    Optional<String> other,
    List<PresenceFeature> features,
    LogisticRegression.Fit fit,
    double threshold) {
  public FrameModel {
    features = List.copyOf(features);
    if (features.size() != fit.weights().length) {
      throw new IllegalArgumentException(
          "frame '"
              + frame
              + "': "
              + features.size()
              + " features but "
              + fit.weights().length
              + " weights");
    }
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException(
          "frame '" + frame + "': threshold must be in (0, 1), got " + threshold);
    }
  }

  /** The score of an article's counts for this frame, in [0, 1]. */
  public double score(ArticleFrameFeatures values) {
    return fit.probability(PresenceFeature.vector(features, values));
  }
}
