package dev.newsframes.trends.presence;

import java.util.Map;
import java.util.Set;

/**
 * A labelled article as a sentence classifier is fitted on it: the state of every sentence, and
 * which sentences the coders quoted as the evidence for each frame.
 *
 * @param states one state per sentence, by sentence index
 * @param quotes frame id to the indexes of its quoted sentences (absent: none quoted)
 */
public record QuotedArticle(float[][] states, Map<String, Set<Integer>> quotes) {
  public QuotedArticle {
    quotes = Map.copyOf(quotes);
  }

  /** The quoted sentences for {@code frame}. */
  public Set<Integer> quoted(String frame) {
    return quotes.getOrDefault(frame, Set.of());
  }
}
