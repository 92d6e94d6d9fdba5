package dev.newsframes.trends.presence;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The counts that say how strongly one article carries one frame, computed from its sentence hits.
 *
 * <p>Pure and cheap: one pass over the article's hit sentences. A frame without any hit gives all
 * counts 0 (and {@code articleSentences}), so absent frames can be scored too.
 *
 * @param frame the frame the counts are for
 * @param sentences sentences hitting the frame
 * @param hits frame terms matched over the article
 * @param distinctTerms distinct lexicon terms matched over the article
 * @param strongSentences sentences matching at least two distinct terms of the frame
 * @param titleSentences title sentences hitting the frame
 * @param leadSentences hits among the first {@link #LEAD_SIZE} sentences of the body
 * @param topicSentences frame sentences with a topic hit in them or in a neighbouring sentence
 * @param otherSentences sentences hitting the other frame of the pair (e.g. competitiveness for
 *     regulation); 0 without one
 * @param articleSentences all sentences of the article
 */
public record ArticleFrameFeatures(
    String frame,
    int sentences,
    int hits,
    int distinctTerms,
    int strongSentences,
    int titleSentences,
    int leadSentences,
    int topicSentences,
    int otherSentences,
    int articleSentences) {

  /** Body sentences after the title that count as the lead. */
  public static final int LEAD_SIZE = 3;

  /** Topic hits this many sentences before or after a frame sentence make it "near the topic". */
  public static final int TOPIC_WINDOW = 1;

  /**
   * Counts for {@code frame} in {@code article}.
   *
   * @param other the frame the article's {@code otherSentences} are counted for, if any
   * @param topic the id under which the article's topic hits are listed, if any
   */
  public static ArticleFrameFeatures of(
      ArticleHits article, String frame, Optional<String> other, Optional<String> topic) {
    Set<Integer> topicIndexes = new HashSet<>();
    topic.ifPresent(
        t ->
            article.sentences().stream()
                .filter(s -> s.hits(t))
                .forEach(s -> topicIndexes.add(s.index())));
    Set<String> terms = new HashSet<>();
    int sentences = 0;
    int hits = 0;
    int strong = 0;
    int title = 0;
    int lead = 0;
    int near = 0;
    int others = 0;
    for (SentenceFrames s : article.sentences()) {
      if (other.isPresent() && s.hits(other.get())) {
        others++;
      }
      Optional<FrameHit> hit = s.hit(frame);
      if (hit.isEmpty()) {
        continue;
      }
      sentences++;
      hits += hit.get().hits();
      terms.addAll(hit.get().matchedTerms());
      strong += hit.get().matchedTerms().size() >= 2 ? 1 : 0;
      title += article.inTitle(s.index()) ? 1 : 0;
      lead += article.inLead(s.index(), LEAD_SIZE) ? 1 : 0;
      near += nearTopic(s.index(), topicIndexes) ? 1 : 0;
    }
    return new ArticleFrameFeatures(
        frame,
        sentences,
        hits,
        terms.size(),
        strong,
        title,
        lead,
        near,
        others,
        article.sentenceCount());
  }

  private static boolean nearTopic(int index, Set<Integer> topicIndexes) {
    for (int d = -TOPIC_WINDOW; d <= TOPIC_WINDOW; d++) {
      if (topicIndexes.contains(index + d)) {
        return true;
      }
    }
    return false;
  }

  /** Frame sentences as a share of the article's sentences; 0 for an empty article. */
  public double sentenceShare() {
    return articleSentences == 0 ? 0 : (double) sentences / articleSentences;
  }
}
