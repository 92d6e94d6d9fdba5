package dev.newsframes.nlp;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The sentence sentiment models {@code nlp.sentiment-model} can name. */
public final class SentimentModels {
  /** CoreNLP's recursive neural tensor network over parse trees. */
  public static final String RNTN = "rntn";

  /**
   * A classifier trained with {@code newsframes train-sentiment} ({@code
   * nlp.sentiment-model-path}), over lemmas, negation and amounts; no parse needed.
   */
  public static final String CLASSIFIER = "classifier";

  /** No sentiment: sentences and documents get none, and no parse is needed. */
  public static final String NONE = "none";

  private static final Set<String> NAMES = Set.of(RNTN, CLASSIFIER, NONE);

  /** CoreNLP annotators that only the {@code rntn} model needs. */
  private static final Set<String> RNTN_ONLY = Set.of("parse", "sentiment");

  private SentimentModels() {}

  /**
   * The model a config names; empty for {@link #NONE}. The classifier is read from the config's
   * model file once per JVM.
   *
   * @throws IllegalArgumentException if the name is unknown or the classifier's file is missing or
   *     unreadable
   */
  public static Optional<SentenceSentimentModel> forConfig(NlpConfig config) {
    return switch (config.sentimentModel()) {
      case RNTN -> Optional.of(RntnSentimentModel.INSTANCE);
      case CLASSIFIER ->
          Optional.of(
              ClassifierSentimentModel.of(
                  config
                      .sentimentModelFile()
                      .orElseThrow(
                          () ->
                              new IllegalArgumentException(
                                  "nlp.sentiment-model=classifier needs a model file"))));
      case NONE -> Optional.empty();
      default -> throw new IllegalArgumentException(unknown(config.sentimentModel()));
    };
  }

  /**
   * {@code annotators} without {@code parse} and {@code sentiment} unless {@code model} is {@link
   * #RNTN}: nothing else reads the parse, and it is the largest cost of the pipeline.
   */
  public static List<String> annotatorsFor(String model, List<String> annotators) {
    if (RNTN.equals(model)) {
      return annotators;
    }
    return annotators.stream().filter(a -> !RNTN_ONLY.contains(a)).toList();
  }

  /**
   * Fails with a message naming {@code where} if the model is unknown, cannot be loaded, or its
   * annotators are off.
   */
  static void check(NlpConfig config, String where) {
    if (!NAMES.contains(config.sentimentModel())) {
      throw new IllegalArgumentException(unknown(config.sentimentModel()) + " in " + where);
    }
    List<String> annotators = config.annotators();
    forConfig(config)
        .map(SentenceSentimentModel::requiredAnnotators)
        .orElse(List.of())
        .forEach(
            a -> {
              if (!annotators.contains(a)) {
                throw new IllegalArgumentException(
                    "nlp.sentiment-model="
                        + config.sentimentModel()
                        + " in "
                        + where
                        + " needs the CoreNLP annotator "
                        + a
                        + ", but annotators="
                        + String.join(",", annotators));
              }
            });
  }

  private static String unknown(String name) {
    return "Unknown nlp.sentiment-model \"" + name + "\"; known: " + NAMES;
  }
}
