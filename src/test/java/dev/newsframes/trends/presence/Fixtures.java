package dev.newsframes.trends.presence;

import dev.newsframes.sentiment.target.SentenceStates;
import java.util.List;

/** Hand-made hits and counts for presence tests. */
final class Fixtures {
  private Fixtures() {}

  static SentenceFrames sentence(int index, FrameHit... hits) {
    return new SentenceFrames(index, List.of(hits));
  }

  static FrameHit hit(String frame, String... terms) {
    return new FrameHit(frame, terms.length, List.of(terms));
  }

  /** The shipped sentence classifiers' states of {@code texts} (the real encoder). */
  static List<float[]> states(String... texts) {
    return SentenceStates.of(SentenceClassifier.DEFAULT_SOURCE).encode(List.of(texts));
  }

  /** Counts for frame "f" with the given sentences and distinct terms, in a 20-sentence article. */
  static ArticleFrameFeatures counts(int sentences, int distinctTerms) {
    return new ArticleFrameFeatures("f", sentences, sentences, distinctTerms, 0, 0, 0, 0, 0, 20);
  }
}
