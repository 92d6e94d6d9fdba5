package dev.newsframes.nlp;

import dev.newsframes.sentiment.SentimentScore;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A successfully annotated document.
 *
 * @param annotatedChars how many chars of the input were annotated; less than the input length when
 *     it was cut at {@code nlp.max-chars}
 * @param sentiment token-weighted mean of the sentence sentiments, empty when no sentence has one
 * @param analysedSentences how many of the sentences went through CoreNLP's annotators for this
 *     document; the others repeated a sentence already annotated (see {@link SentenceCache})
 */
public record AnnotatedDocument(
    String articleId,
    int annotatedChars,
    int inputChars,
    List<AnnotatedSentence> sentences,
    List<EntityMention> mentions,
    Optional<SentimentScore> sentiment,
    int analysedSentences,
    Duration elapsed)
    implements AnnotationResult {
  public AnnotatedDocument {
    Objects.requireNonNull(articleId, "articleId");
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
    Objects.requireNonNull(sentiment, "sentiment");
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /** Whether the input was longer than {@code nlp.max-chars} and only its start was annotated. */
  public boolean truncated() {
    return annotatedChars < inputChars;
  }

  /** Tokens over all sentences. */
  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
  }
}
