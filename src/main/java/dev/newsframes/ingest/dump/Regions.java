package dev.newsframes.ingest.dump;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Pattern searches over part of a text that still see the text around that part. */
final class Regions {
  private Regions() {}

  /**
   * A matcher over {@code [from, to)} whose {@code ^}, {@code \b} and look-arounds judge by the
   * whole text, so {@code ^} does not match in the middle of a line just because a region starts
   * there.
   */
  static Matcher matcher(Pattern p, String text, int from, int to) {
    int end = Math.max(0, Math.min(to, text.length()));
    int start = Math.max(0, Math.min(from, end));
    return p.matcher(text).region(start, end).useAnchoringBounds(false).useTransparentBounds(true);
  }

  /** Start of the earliest match of any pattern in {@code [from, to)}. */
  static Optional<Integer> earliestStart(List<Pattern> patterns, String text, int from, int to) {
    int best = Integer.MAX_VALUE;
    for (Pattern p : patterns) {
      Matcher m = matcher(p, text, from, to);
      if (m.find()) {
        best = Math.min(best, m.start());
      }
    }
    return best == Integer.MAX_VALUE ? Optional.empty() : Optional.of(best);
  }

  /** End of the last match of any pattern in {@code [from, to)}. */
  static Optional<Integer> lastEnd(List<Pattern> patterns, String text, int from, int to) {
    int best = -1;
    for (Pattern p : patterns) {
      Matcher m = matcher(p, text, from, to);
      while (m.find()) {
        best = Math.max(best, m.end());
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(best);
  }
}
