package dev.newsframes.sentiment.target;

/**
 * One mention to score: the sentence and the character span {@code [from, to)} of the target.
 *
 * @throws IllegalArgumentException if the span is empty or outside the sentence
 */
public record TargetInput(String sentence, int from, int to) {
  public TargetInput {
    if (sentence == null || from < 0 || to <= from || to > sentence.length()) {
      throw new IllegalArgumentException(
          "Target span ["
              + from
              + ", "
              + to
              + ") is not inside a sentence of length "
              + (sentence == null ? "null" : sentence.length()));
    }
  }

  /** The mention text. */
  public String mention() {
    return sentence.substring(from, to);
  }
}
