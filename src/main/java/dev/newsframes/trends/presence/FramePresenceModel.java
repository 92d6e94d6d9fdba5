package dev.newsframes.trends.presence;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Decides frame presence per article: the fitted model of a frame where there is one, the fallback
 * rule for every other frame.
 *
 * <p>Pure and immutable, so it can be broadcast to Spark executors through the file it was read
 * from. A model whose features mention a topic reads the topic's hits under {@code topic}.
 *
 * @param models fitted models by frame id (a topic is scored like a frame, under its own id)
 * @param fallback the rule for frames without a model
 * @param topic the id under which topic hits are listed in {@link ArticleHits}, if any
 * @param fittedLexicon the fingerprint of the lexicon the models were fitted with, when the file
 *     says (its provenance)
 */
public record FramePresenceModel(
    Map<String, FrameModel> models,
    FallbackRule fallback,
    Optional<String> topic,
    Optional<String> fittedLexicon) {
  /** The classpath resource of the model fitted on the team's ai-tech dev labels. */
  public static final String DEFAULT_RESOURCE =
      "/dev/newsframes/trends/presence/default-presence.json";

  public FramePresenceModel {
    models = Map.copyOf(new TreeMap<>(models));
    models.forEach(
        (id, m) -> {
          if (!id.equals(m.frame())) {
            throw new IllegalArgumentException(
                "model listed under '" + id + "' is for frame '" + m.frame() + "'");
          }
        });
    if (models.values().stream()
            .flatMap(m -> m.sentences().stream())
            .map(SentenceClassifier::source)
            .distinct()
            .count()
        > 1) {
      throw new IllegalArgumentException("the sentence classifiers read different state sources");
    }
  }

  /** A model that does not record the lexicon it was fitted with. */
  public FramePresenceModel(
      Map<String, FrameModel> models, FallbackRule fallback, Optional<String> topic) {
    this(models, fallback, topic, Optional.empty());
  }

  /** A model without fitted frames: every frame is decided by {@code rule}. */
  public static FramePresenceModel fallbackOnly(FallbackRule rule) {
    return new FramePresenceModel(Map.of(), rule, Optional.empty());
  }

  /**
   * The shipped model's lexicon-only predecessor, fitted on the same labels without sentence
   * classifiers: nothing to encode, so trends runs in a fraction of the time, and agrees less with
   * the coders (docs/frame-presence.md).
   */
  public static final String COUNTS_RESOURCE =
      "/dev/newsframes/trends/presence/counts-presence.json";

  /** The model shipped in the jar; see {@link #DEFAULT_RESOURCE}. */
  public static FramePresenceModel loadDefault() {
    return PresenceModelFile.readResource(DEFAULT_RESOURCE);
  }

  /**
   * The state source the model's sentence classifiers read, when any frame has one: the sentences
   * of an article must then come with their states ({@link ArticleHits#states}).
   */
  public Optional<String> stateSource() {
    return models.values().stream()
        .flatMap(m -> m.sentences().stream())
        .map(SentenceClassifier::source)
        .findFirst();
  }

  /** The frames whose model reads sentence states. */
  public Set<String> framesWithSentences() {
    return models.values().stream()
        .filter(m -> m.sentences().isPresent())
        .map(FrameModel::frame)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The fitted model of {@code frame}, if it has one. */
  public Optional<FrameModel> model(String frame) {
    return Optional.ofNullable(models.get(frame));
  }

  /** The counts the decision for {@code frame} is made from. */
  public ArticleFrameFeatures features(ArticleHits article, String frame) {
    Optional<String> other = model(frame).flatMap(FrameModel::other);
    return ArticleFrameFeatures.of(article, frame, other, topic);
  }

  /**
   * Whether {@code article} carries {@code frame}, and the score behind it. An article without a
   * sentence hitting the frame never carries it, so every present article has evidence sentences.
   */
  public Presence presence(ArticleHits article, String frame) {
    ArticleFrameFeatures values = features(article, frame);
    Optional<FrameModel> m = model(frame);
    if (m.isPresent()) {
      double score = m.get().score(article, values);
      // no evidence sentence, no frame: whatever the other counts say
      boolean present = values.sentences() > 0 && score >= m.get().threshold();
      return new Presence(frame, present, score, Presence.Method.MODEL);
    }
    return new Presence(
        frame, fallback.present(values), fallback.score(values), Presence.Method.FALLBACK);
  }
}
