package dev.newsframes.trends.presence;

import java.io.Serializable;
import java.util.List;

/**
 * The hits of one frame in one sentence.
 *
 * @param hits number of matched term occurrences (a phrase counts once, not once per word; an
 *     entity trigger counts once per mention)
 * @param matchedTerms distinct lexicon terms that matched, in sentence order; entity triggers as
 *     {@code entity:<name>} and {@code ner:<TYPE>} after the words
 */
public record FrameHit(String frameId, int hits, List<String> matchedTerms)
    implements Serializable {
  public FrameHit {
    matchedTerms = List.copyOf(matchedTerms);
  }
}
