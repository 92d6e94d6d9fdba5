package dev.newsframes.trends.presence;

import java.util.List;
import java.util.Optional;

/**
 * The fitted presence model of one frame: a logistic regression over named inputs and the decision
 * threshold on its score.
 *
 * <p>The article carries the frame when {@code score >= threshold} and at least one sentence hits
 * it; the score is the fitted probability that coders would mark the frame present.
 *
 * @param frame the frame id, as in the lexicon
 * @param other the frame whose sentences feed {@link PresenceFeature#LOG_OTHER_SENTENCES}, if any
 * @param features the model's inputs ({@link PresenceInputs} names), in the order of the weights
 * @param fit the standardisation and coefficients
 * @param threshold the score from which the frame is present, in (0, 1)
 * @param sentences the sentence classifier behind the {@link SentenceClassifier#MAX} and {@link
 *     SentenceClassifier#TOP3} inputs, when the model reads them
 */
public record FrameModel(
    String frame,
    Optional<String> other,
    List<String> features,
    LogisticRegression.Fit fit,
    double threshold,
    Optional<SentenceClassifier> sentences) {
  /** A model over lexicon inputs only. */
  public FrameModel(
      String frame,
      Optional<String> other,
      List<String> features,
      LogisticRegression.Fit fit,
      double threshold) {
    this(frame, other, features, fit, threshold, Optional.empty());
  }

  public FrameModel {
    features = List.copyOf(features);
    if (sentences.isEmpty() && features.stream().anyMatch(SentenceClassifier::isInput)) {
      throw new IllegalArgumentException(
          "frame '" + frame + "': sentence inputs without a sentence classifier");
    }
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
    for (String name : features) {
      PresenceInputs.problem(name)
          .ifPresent(
              p -> {
                throw new IllegalArgumentException("frame '" + frame + "': " + p);
              });
    }
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException(
          "frame '" + frame + "': threshold must be in (0, 1), got " + threshold);
    }
  }

  /** The score of an article for this frame, in [0, 1]; {@code counts} are its counts. */
  public double score(ArticleHits article, ArticleFrameFeatures counts) {
    return fit.probability(PresenceInputs.vector(features, article, counts, sentences));
  }
}
