package dev.newsframes.sentiment;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Sentence-level cues of which way the figures in a sentence moved, and whether that is good news.
 *
 * <p>News sentiment often lives in a direction word next to a figure ("operating profit rose to EUR
 * 13.1 mn from EUR 8.7 mn"), and whether it is good news depends on what moved: profit up is good,
 * losses up are bad. Cues:
 *
 * <ul>
 *   <li>{@code UP}, {@code DOWN}: a direction word ("rise", "fall", ...), flipped when negated;
 *   <li>{@code UP_AMOUNT}, ...: a direction word within {@value #AMOUNT_WINDOW} units of an amount;
 *   <li>{@code UP_GOOD}, {@code DOWN_BAD}, ...: a direction word near a measure that is good when
 *       it grows (profit, sales, orders) or bad (loss, costs, debt);
 *   <li>{@code NUM_UP}, {@code NUM_DOWN}: two amounts compared ("to 13.1 from 8.7", "from 8.7 to
 *       13.1", "13.1 compared with 8.7"), with {@code NUM_UP_GOOD}, ... as above;
 *   <li>{@code GOOD_NEWS}, {@code BAD_NEWS}: any of the measure-and-direction pairs above.
 * </ul>
 *
 * <p>Hand-written: the word lists are small and domain-specific; the classifier learns how much
 * each cue counts.
 */
final class DirectionCues {
  static final int AMOUNT_WINDOW = 4;
  private static final int METRIC_BEFORE = 6;
  private static final int METRIC_AFTER = 4;

  /** Which way something moved. */
  enum Direction {
    UP,
    DOWN;

    Direction opposite() {
      return this == UP ? DOWN : UP;
    }
  }

  private DirectionCues() {}

  /** The cues of a sentence, each once, in the order found. */
  static List<String> of(List<SentenceUnit> units) {
    Set<String> cues = new LinkedHashSet<>();
    for (int i = 0; i < units.size(); i++) {
      Optional<Direction> d = direction(units, i);
      if (d.isEmpty()) {
        continue;
      }
      cues.add(d.get().name());
      if (amountWithin(units, i, AMOUNT_WINDOW)) {
        cues.add(d.get() + "_AMOUNT");
      }
      metricNear(units, i).ifPresent(good -> addMeasured(cues, d.get().name(), d.get(), good));
    }
    for (int i = 0; i < units.size(); i++) {
      comparison(units, i)
          .ifPresent(
              c -> {
                cues.add("NUM_" + c.direction());
                metricBefore(units, c.laterAt())
                    .ifPresent(
                        good -> addMeasured(cues, "NUM_" + c.direction(), c.direction(), good));
              });
    }
    return List.copyOf(cues);
  }

  private static void addMeasured(Set<String> cues, String prefix, Direction d, boolean good) {
    cues.add(prefix + (good ? "_GOOD" : "_BAD"));
    cues.add((d == Direction.UP) == good ? "GOOD_NEWS" : "BAD_NEWS");
  }

  /** The direction of the word at {@code i}, flipped when negated; "up to" is no direction. */
  static Optional<Direction> direction(List<SentenceUnit> units, int i) {
    SentenceUnit u = units.get(i);
    if (u.kind() != SentenceUnit.Kind.WORD) {
      return Optional.empty();
    }
    if ("up".equals(u.text()) && isWord(units, i + 1, "to")) {
      return Optional.empty();
    }
    return DirectionLexicon.direction(u.text()).map(d -> u.negated() ? d.opposite() : d);
  }

  /** A pair of amounts of which the later-mentioned one is the newer value. */
  record Comparison(Direction direction, int laterAt) {}

  /**
   * The comparison anchored at the word at {@code i}: "from A to B", "B ... from A", "B compared
   * with|to A", "B versus A".
   */
  static Optional<Comparison> comparison(List<SentenceUnit> units, int i) {
    boolean from = isWord(units, i, "from");
    int anchorEnd;
    if (from || isWord(units, i, "versus") || isWord(units, i, "vs") || isWord(units, i, "vs.")) {
      anchorEnd = i;
    } else if (isWord(units, i, "compare")
        && (isWord(units, i + 1, "with") || isWord(units, i + 1, "to"))) {
      anchorEnd = i + 1;
    } else {
      return Optional.empty();
    }
    int oldAt = amountAfter(units, anchorEnd);
    if (oldAt < 0) {
      return Optional.empty();
    }
    int newAt = -1;
    if (from && isWord(units, oldAt + 1, "to")) {
      newAt = amountAfter(units, oldAt + 1);
    }
    if (newAt < 0) {
      newAt = amountBefore(units, i, units.get(oldAt).kind());
    }
    if (newAt < 0) {
      return Optional.empty();
    }
    double older = units.get(oldAt).value();
    double newer = units.get(newAt).value();
    if (Double.isNaN(older) || Double.isNaN(newer) || older == newer) {
      return Optional.empty();
    }
    return Optional.of(
        new Comparison(newer > older ? Direction.UP : Direction.DOWN, Math.max(newAt, oldAt)));
  }

  /** The index of an amount right after {@code i} (allowing "about", "only", ...), or -1. */
  private static int amountAfter(List<SentenceUnit> units, int i) {
    int j = i + 1;
    while (j < units.size()
        && units.get(j).kind() == SentenceUnit.Kind.WORD
        && DirectionLexicon.APPROXIMATELY.contains(units.get(j).text())) {
      j++;
    }
    return j < units.size() && units.get(j).kind().isAmount() ? j : -1;
  }

  /** The nearest amount of a comparable kind before {@code i}, within eight units, or -1. */
  private static int amountBefore(List<SentenceUnit> units, int i, SentenceUnit.Kind kind) {
    for (int j = i - 1; j >= Math.max(0, i - 8); j--) {
      SentenceUnit.Kind k = units.get(j).kind();
      if (k.isAmount()
          && (k == kind || k == SentenceUnit.Kind.NUMBER || kind == SentenceUnit.Kind.NUMBER)) {
        return j;
      }
    }
    return -1;
  }

  private static boolean amountWithin(List<SentenceUnit> units, int i, int window) {
    for (int j = Math.max(0, i - window); j <= Math.min(units.size() - 1, i + window); j++) {
      if (units.get(j).kind().isAmount()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the measure nearest to {@code i} is good news when it grows; empty if none. */
  private static Optional<Boolean> metricNear(List<SentenceUnit> units, int i) {
    for (int dist = 1; dist <= Math.max(METRIC_BEFORE, METRIC_AFTER); dist++) {
      if (dist <= METRIC_BEFORE) {
        Optional<Boolean> m = metric(units, i - dist);
        if (m.isPresent()) {
          return m;
        }
      }
      if (dist <= METRIC_AFTER) {
        Optional<Boolean> m = metric(units, i + dist);
        if (m.isPresent()) {
          return m;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Boolean> metricBefore(List<SentenceUnit> units, int i) {
    for (int j = i - 1; j >= 0; j--) {
      Optional<Boolean> m = metric(units, j);
      if (m.isPresent()) {
        return m;
      }
    }
    return Optional.empty();
  }

  private static Optional<Boolean> metric(List<SentenceUnit> units, int i) {
    if (i < 0 || i >= units.size() || units.get(i).kind() != SentenceUnit.Kind.WORD) {
      return Optional.empty();
    }
    return DirectionLexicon.goodWhenUp(units.get(i).text());
  }

  private static boolean isWord(List<SentenceUnit> units, int i, String word) {
    return i >= 0
        && i < units.size()
        && units.get(i).kind() == SentenceUnit.Kind.WORD
        && units.get(i).text().equals(word);
  }
}
