package dev.newsframes.sentiment;

import java.util.Optional;
import java.util.Set;

/**
 * The word lists behind {@link DirectionCues}: which lemmas say a figure went up or down, and which
 * measures are good or bad news when they grow. Written for business and economic news.
 */
final class DirectionLexicon {
  private static final Set<String> UP =
      words(
          "rise increase grow growth gain climb jump surge soar improve improvement up"
              + " higher high double triple rebound recover recovery strengthen expand expansion"
              + " boost widen exceed beat outperform rally advance raise lift accelerate upgrade");

  private static final Set<String> DOWN =
      words(
          "fall decrease decline drop down lower low shrink plunge slump sink slide"
              + " tumble weaken deteriorate contract reduce reduction cut halve narrow slip dip"
              + " plummet lose dwindle erode worsen diminish crash sag retreat shed collapse"
              + " downgrade");

  /** Measures that are good news when they grow. */
  private static final Set<String> GOOD =
      words(
          "profit sale sales revenue income earnings earning ebit ebitda margin order"
              + " orderbook backlog demand dividend turnover result cash volume share stock"
              + " output production productivity efficiency value return job employment"
              + " workforce staff personnel customer traffic passenger eps rating profitability"
              + " price-earnings");

  /** Measures that are bad news when they grow. */
  private static final Set<String> BAD =
      words(
          "loss cost expense debt deficit unemployment layoff lay-off redundancy"
              + " impairment writedown write-down charge provision liability risk inflation"
              + " delay dismissal problem default bankruptcy");

  /** Words allowed between "from" or "with" and the amount ("from about EUR 5 mn"). */
  static final Set<String> APPROXIMATELY =
      words("about around approximately roughly some nearly almost only");

  private DirectionLexicon() {}

  /** The direction a lemma states, if any. */
  static Optional<DirectionCues.Direction> direction(String lemma) {
    if (UP.contains(lemma)) {
      return Optional.of(DirectionCues.Direction.UP);
    }
    return DOWN.contains(lemma) ? Optional.of(DirectionCues.Direction.DOWN) : Optional.empty();
  }

  /** Whether a lemma names a measure that is good news when it grows; empty if no measure. */
  static Optional<Boolean> goodWhenUp(String lemma) {
    if (GOOD.contains(lemma)) {
      return Optional.of(true);
    }
    return BAD.contains(lemma) ? Optional.of(false) : Optional.empty();
  }

  private static Set<String> words(String spaceSeparated) {
    return Set.of(spaceSeparated.split(" "));
  }
}
