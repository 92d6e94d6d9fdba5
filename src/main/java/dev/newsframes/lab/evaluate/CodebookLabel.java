package dev.newsframes.lab.evaluate;

import java.util.Map;
import java.util.Optional;

/**
 * The coders' agreed answers for one page in the format of {@code frames-codebook.md}.
 *
 * <p>An empty answer means the coders disagreed (null in the file): such a page is left out of that
 * question's score, not counted either way.
 *
 * @param file the page's path relative to its corpus folder, e.g. {@code pages/123.txt}
 * @param isArticle whether the page is an article at all; non-articles are never scored
 * @param answers yes/no questions by key ({@code about_ai}, {@code regulation}, ...)
 * @param dominant {@code regulation}, {@code competitiveness}, {@code both} or {@code neither}
 */
public record CodebookLabel(
    String file,
    boolean isArticle,
    Map<String, Optional<Boolean>> answers,
    Optional<String> dominant) {
  public CodebookLabel {
    answers = Map.copyOf(answers);
  }

  /** The answer to {@code question}: empty when the coders disagreed or it was not asked. */
  public Optional<Boolean> answer(String question) {
    return answers.getOrDefault(question, Optional.empty());
  }
}
