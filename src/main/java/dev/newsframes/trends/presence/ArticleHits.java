package dev.newsframes.trends.presence;

import java.util.Comparator;
import java.util.List;

/**
 * The sentence-level frame hits of one article: what presence features are computed from.
 *
 * <p>Only sentences with at least one hit need to be listed; {@code sentenceCount} counts them all.
 * Sentences are kept sorted by index.
 *
 * @param sentenceCount all sentences of the article (annotate's title sentences included)
 * @param titleSentences how many of the first sentences are the title (0 when it has none)
 * @param sentences the sentences with hits, any order on input
 * @param states the encoder states of the sentences a {@link SentenceClassifier} scores (those with
 *     an entity mention); empty when the model reads none
 */
public record ArticleHits(
    int sentenceCount, int titleSentences, List<SentenceFrames> sentences, List<float[]> states) {
  /** Hits without sentence states. */
  public ArticleHits(int sentenceCount, int titleSentences, List<SentenceFrames> sentences) {
    this(sentenceCount, titleSentences, sentences, List.of());
  }

  public ArticleHits {
    if (sentenceCount < 0 || titleSentences < 0 || titleSentences > sentenceCount) {
      throw new IllegalArgumentException(
          "need 0 <= titleSentences <= sentenceCount, got "
              + titleSentences
              + " and "
              + sentenceCount);
    }
    sentences = sentences.stream().sorted(Comparator.comparingInt(SentenceFrames::index)).toList();
    states = List.copyOf(states);
    for (SentenceFrames s : sentences) {
      if (s.index() >= sentenceCount) {
        throw new IllegalArgumentException(
            "sentence " + s.index() + " is beyond the article's " + sentenceCount + " sentences");
      }
    }
  }

  /** These hits with the encoder states of the sentences a sentence classifier scores. */
  public ArticleHits withStates(List<float[]> other) {
    return new ArticleHits(sentenceCount, titleSentences, sentences, other);
  }

  /** Whether sentence {@code index} belongs to the title. */
  public boolean inTitle(int index) {
    return index < titleSentences;
  }

  /** Whether sentence {@code index} is one of the first {@code leadSize} sentences of the body. */
  public boolean inLead(int index, int leadSize) {
    return index >= titleSentences && index < titleSentences + leadSize;
  }
}
