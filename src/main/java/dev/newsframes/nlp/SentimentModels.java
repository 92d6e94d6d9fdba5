package dev.newsframes.nlp;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The sentence sentiment models {@code nlp.sentiment-model} can name. */
public final class SentimentModels {
  /** CoreNLP's recursive neural tensor network over parse trees. */
  public static final String RNTN = "rntn";

  /** No sentiment: sentences and documents get none, and no parse is needed. */
  public static final String NONE = "none";

  private static final Set<String> NAMES = Set.of(RNTN, NONE);

  private SentimentModels() {}

  /** The model a config names; empty for {@link #NONE}. */
  public static Optional<SentenceSentimentModel> forConfig(NlpConfig config) {
    return switch (config.sentimentModel()) {
      case RNTN -> Optional.of(RntnSentimentModel.INSTANCE);
      case NONE -> Optional.empty();
      default -> throw new IllegalArgumentException(unknown(config.sentimentModel()));
    };
  }

  /**
   * Fails with a message naming {@code where} if the model is unknown or its annotators are off.
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
