package dev.newsframes.trends.presence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Presence of every frame one article hits, and of the model's topic: what {@code trends} writes to
 * {@code article_frames.present/score} and {@code article_topics}.
 *
 * <p>Frames the article never hits are not listed (they cannot be present: no evidence sentence).
 * The topic is listed whenever the model names one, hit or not, so every article with a frame hit
 * has a topic verdict.
 */
public final class ArticlePresence {
  private ArticlePresence() {}

  /** The presences of the frames hit in {@code article}, then of the topic, in first-hit order. */
  public static List<Presence> of(FramePresenceModel model, ArticleHits article) {
    Set<String> frames = new LinkedHashSet<>();
    for (SentenceFrames s : article.sentences()) {
      for (FrameHit h : s.hits()) {
        frames.add(h.frameId());
      }
    }
    model.topic().ifPresent(frames::remove);
    List<Presence> out = new ArrayList<>();
    frames.forEach(f -> out.add(model.presence(article, f)));
    model.topic().ifPresent(t -> out.add(model.presence(article, t)));
    return out;
  }
}
