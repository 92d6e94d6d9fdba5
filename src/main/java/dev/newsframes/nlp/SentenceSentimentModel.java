package dev.newsframes.nlp;

import dev.newsframes.sentiment.SentimentScore;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Optional;

/**
 * Scores the sentiment of one CoreNLP-annotated sentence.
 *
 * <p>Implementations are stateless or immutable and shared by all threads of a JVM. A model reads
 * what the pipeline's annotators left on the sentence and names those annotators in {@link
 * #requiredAnnotators()}, so a model that needs no parse lets the pipeline drop the parser.
 */
public interface SentenceSentimentModel {
  /**
   * The name stored in the {@code sentiment_model} column and used in {@code nlp.sentiment-model}.
   */
  String name();

  /** CoreNLP annotators that must run before {@link #score}. */
  List<String> requiredAnnotators();

  /** The sentence's sentiment, or empty when the model cannot score it. */
  Optional<SentimentScore> score(CoreMap sentence);
}
