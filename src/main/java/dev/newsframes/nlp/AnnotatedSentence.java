package dev.newsframes.nlp;

import dev.newsframes.sentiment.SentimentScore;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One sentence of an annotated document.
 *
 * <p>Offsets are UTF-16 char offsets into the text given to the annotator, end exclusive. {@code
 * tokens}, {@code lemmas} and {@code posTags} are parallel lists, so later stages can re-match
 * lexicons without CoreNLP.
 *
 * @param sentiment empty when the sentiment model could not score the sentence (e.g. it was longer
 *     than {@code parse.maxlen} and the parser skipped it)
 */
public record AnnotatedSentence(
    int sentenceIndex,
    int begin,
    int end,
    String text,
    List<String> tokens,
    List<String> lemmas,
    List<String> posTags,
    Optional<SentimentScore> sentiment) {
  public AnnotatedSentence {
    Objects.requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
    lemmas = List.copyOf(lemmas);
    posTags = List.copyOf(posTags);
    Objects.requireNonNull(sentiment, "sentiment");
  }
}
