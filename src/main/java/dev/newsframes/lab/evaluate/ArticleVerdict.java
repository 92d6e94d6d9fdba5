package dev.newsframes.lab.evaluate;

import java.util.Map;
import java.util.Optional;

/**
 * What the product says about one labelled page: which frames (and topics) it carries, and which of
 * the two balance frames dominates.
 *
 * @param file the page's path as in the labels
 * @param present by question key ({@code regulation}, {@code about_ai}, ...); a missing key means
 *     not present
 * @param dominant the predicted {@code dominant} answer, if the product gives one
 */
public record ArticleVerdict(String file, Map<String, Boolean> present, Optional<String> dominant) {
  public ArticleVerdict {
    present = Map.copyOf(present);
  }

  /** Whether the product marks {@code question} present. */
  public boolean isPresent(String question) {
    return present.getOrDefault(question, false);
  }
}
