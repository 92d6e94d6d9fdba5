package dev.newsframes.nlp;

import dev.newsframes.sentiment.SentimentModelFile;
import dev.newsframes.sentiment.target.TargetSentimentModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * The models {@code nlp.entity-sentiment} can name, which score the sentiment towards each mention
 * (negative, neutral, positive) rather than of its sentence.
 *
 * <p>The head file's bytes travel inside {@link NlpConfig} (like the sentence classifier's), so
 * executors need no access to {@code jobs/}; the encoder it reads comes from the job's jars. One
 * model per head per JVM, loaded on first use and shared by the task threads.
 */
public final class EntitySentimentModels {
  /** The head shipped with newsframes (bge-small int8 features, trained on NewsMTSC train). */
  public static final String DEFAULT = "default";

  /**
   * A head written by {@code newsframes train-entity-sentiment} ({@code
   * nlp.entity-sentiment-model-path}).
   */
  public static final String TRAINED = "trained";

  /** No entity sentiment: mentions keep only their sentence's score, and no encoder is loaded. */
  public static final String NONE = "none";

  private static final Set<String> NAMES = Set.of(DEFAULT, TRAINED, NONE);

  private EntitySentimentModels() {}

  /**
   * The JVM's model for {@code config}, loaded on first use (seconds: the encoder is read from its
   * jar and its graph cut); empty for {@link #NONE}.
   */
  public static Optional<TargetSentimentModel> forConfig(NlpConfig config) {
    return config.entitySentimentHead().map(TargetSentimentModel::shared);
  }

  /**
   * The head file a setting names, read and checked on the driver: the shipped one for {@link
   * #DEFAULT}, {@code path} for {@link #TRAINED}, none for {@link #NONE}.
   *
   * @throws IllegalArgumentException naming {@code where} and the file when the name is unknown,
   *     the path missing or the file not a head this build can use
   */
  static Optional<SentimentModelFile> headFile(String name, Optional<Path> path, String where) {
    SentimentModelFile file =
        switch (name) {
          case NONE -> null;
          case DEFAULT -> TargetSentimentModel.defaultHeadFile();
          case TRAINED -> read(path, where);
          default ->
              throw new IllegalArgumentException(
                  "Unknown "
                      + NlpConfigLoader.ENTITY_SENTIMENT
                      + " \""
                      + name
                      + "\" in "
                      + where
                      + "; known: "
                      + NAMES);
        };
    if (file == null) {
      return Optional.empty();
    }
    TargetSentimentModel.readHead(file); // fails here, before Spark starts, not on an executor
    return Optional.of(file);
  }

  private static SentimentModelFile read(Optional<Path> path, String where) {
    String key = NlpConfigLoader.ENTITY_SENTIMENT_MODEL_PATH;
    Path p =
        path.orElseThrow(
            () ->
                new IllegalArgumentException(
                    NlpConfigLoader.ENTITY_SENTIMENT
                        + "="
                        + TRAINED
                        + " in "
                        + where
                        + " needs "
                        + key
                        + ", a head file written by newsframes train-entity-sentiment"));
    if (!Files.isRegularFile(p)) {
      throw new IllegalArgumentException(
          "Cannot read "
              + key
              + " in "
              + where
              + ": no such file "
              + p
              + "; train one with newsframes train-entity-sentiment --output "
              + p);
    }
    try {
      return SentimentModelFile.of(p.getFileName().toString(), Files.readAllBytes(p));
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot read " + key + " " + p + ": " + e.getMessage(), e);
    }
  }
}
