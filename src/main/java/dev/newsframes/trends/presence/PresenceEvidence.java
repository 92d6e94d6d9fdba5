package dev.newsframes.trends.presence;

import java.util.Comparator;
import java.util.List;

/**
 * The sentences that show an article's frame: the drill-down behind every present article.
 *
 * <p>Ranked by distinct matched terms, then hits, then position (earlier first), so a sentence that
 * matches "executive order" and "oversight" beats one with a lone "approve".
 */
public final class PresenceEvidence {
  private PresenceEvidence() {}

  /** At most {@code limit} sentences of {@code article} hitting {@code frame}, strongest first. */
  public static List<SentenceFrames> of(ArticleHits article, String frame, int limit) {
    Comparator<SentenceFrames> strongest =
        Comparator.<SentenceFrames>comparingInt(s -> hit(s, frame).matchedTerms().size())
            .thenComparingInt(s -> hit(s, frame).hits())
            .reversed()
            .thenComparingInt(SentenceFrames::index);
    return article.sentences().stream()
        .filter(s -> s.hits(frame))
        .sorted(strongest)
        .limit(limit)
        .toList();
  }

  private static FrameHit hit(SentenceFrames s, String frame) {
    return s.hit(frame).orElseThrow();
  }
}
