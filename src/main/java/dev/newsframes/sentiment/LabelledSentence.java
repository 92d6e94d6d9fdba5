package dev.newsframes.sentiment;

import java.util.Objects;
import java.util.Optional;

/**
 * A sentence with gold sentiment from a labelled set.
 *
 * @param id stable within its set (line number or item id); used for deterministic subsampling
 * @param score gold score in [-1, 1] where the set has one (SemEval), else empty
 */
public record LabelledSentence(String id, String text, Polarity polarity, Optional<Double> score) {
  public LabelledSentence {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(score, "score");
  }
}
