package dev.newsframes.trends.presence;

import java.util.List;
import java.util.Optional;

/**
 * The frame (and topic) hits of one sentence of an article, as the matcher or {@code
 * sentence_frames} gives them.
 *
 * @param index the sentence's position in the article, from 0 (the title comes first)
 * @param hits one entry per frame hit in the sentence; frames without a hit are absent
 */
public record SentenceFrames(int index, List<FrameHit> hits) {
  public SentenceFrames {
    if (index < 0) {
      throw new IllegalArgumentException("sentence index must not be negative: " + index);
    }
    hits = List.copyOf(hits);
  }

  /** The hit of {@code frame} in this sentence, if any. */
  public Optional<FrameHit> hit(String frame) {
    return hits.stream().filter(h -> h.frameId().equals(frame)).findFirst();
  }

  /** Whether the sentence hits {@code frame}. */
  public boolean hits(String frame) {
    return hit(frame).isPresent();
  }
}
