package dev.newsframes.trends.presence;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * One input of the presence model, derived from {@link ArticleFrameFeatures}; named in snake_case
 * in model files.
 *
 * <p>Counts enter as {@code log(1 + n)} so that the tenth hit adds less than the first; shares and
 * flags enter as they are.
 */
public enum PresenceFeature {
  LOG_SENTENCES(f -> log1p(f.sentences())),
  LOG_HITS(f -> log1p(f.hits())),
  LOG_DISTINCT_TERMS(f -> log1p(f.distinctTerms())),
  LOG_STRONG_SENTENCES(f -> log1p(f.strongSentences())),
  SENTENCE_SHARE(ArticleFrameFeatures::sentenceShare),
  IN_TITLE(f -> f.titleSentences() > 0 ? 1 : 0),
  LOG_LEAD_SENTENCES(f -> log1p(f.leadSentences())),
  LOG_TOPIC_SENTENCES(f -> log1p(f.topicSentences())),
  LOG_OTHER_SENTENCES(f -> log1p(f.otherSentences())),
  LOG_ARTICLE_SENTENCES(f -> log1p(f.articleSentences()));

  private final ToDoubleFunction<ArticleFrameFeatures> value;

  PresenceFeature(ToDoubleFunction<ArticleFrameFeatures> value) {
    this.value = value;
  }

  /** The feature's value for one article and frame. */
  public double of(ArticleFrameFeatures features) {
    return value.applyAsDouble(features);
  }

  /** The name used in model files, e.g. {@code log_sentences}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The feature named {@code key} in a model file. */
  public static Optional<PresenceFeature> ofKey(String key) {
    return Arrays.stream(values()).filter(f -> f.key().equals(key)).findFirst();
  }

  /** The values of {@code features} for one article and frame, in order. */
  public static double[] vector(List<PresenceFeature> features, ArticleFrameFeatures values) {
    double[] x = new double[features.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = features.get(i).of(values);
    }
    return x;
  }

  private static double log1p(int n) {
    return Math.log1p(n);
  }
}
