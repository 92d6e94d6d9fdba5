package dev.newsframes.ingest.dump;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds a title (or the words of a URL slug) in page text, ignoring case, punctuation, quote styles
 * and spacing, so "AMD CEO: Epyc 2 chips are the world's fastest" finds "AMD CEO: Epyc 2 chips are
 * the world’s fastest" and the slug {@code amd-ceo-epyc-2-chips-are-the-worlds-fastest}.
 *
 * <p>Comparison runs on a projection of the text onto its lower-case letters and digits that keeps
 * each one's offset, so a match maps back to an exact span of the original text. A title printed
 * twice in a row (a heading and its repeat) gives the span of the last copy.
 */
final class TitleLocator {
  /** Fewest words of a title that must match when the whole title is not found. */
  private static final int MIN_PARTIAL_WORDS = 5;

  private TitleLocator() {}

  /** A span of the original text. */
  record Span(int start, int end) {}

  /** The span of {@code title} within the first {@code limit} characters of {@code text}. */
  static Optional<Span> find(String text, String title, int limit) {
    List<String> words = words(title);
    if (String.join("", words).length() < 4) {
      return Optional.empty();
    }
    Projection p = Projection.of(text, Math.min(text.length(), limit));
    Optional<Span> whole = p.find(String.join("", words), 0);
    if (whole.isPresent()) {
      return Optional.of(
          withClosingPunctuation(text, lastRepeat(p, String.join("", words), whole.get())));
    }
    return partial(p, words).map(s -> withClosingPunctuation(text, s));
  }

  /** The span extended over punctuation that ends the title: "fix that." or "genes?”". */
  private static Span withClosingPunctuation(String text, Span s) {
    int end = s.end();
    while (end < text.length() && ".?!…”’\")".indexOf(text.charAt(end)) >= 0) {
      end++;
    }
    return new Span(s.start(), end);
  }

  /** Whether {@link #find} located the whole title rather than part of it. */
  static boolean isWhole(String text, Span span, String title) {
    return Projection.of(text, span.end())
        .folded(span.start(), span.end())
        .equals(String.join("", words(title)));
  }

  private static Span lastRepeat(Projection p, String folded, Span first) {
    Span last = first;
    Optional<Span> next;
    while ((next = p.find(folded, last.end())).isPresent()
        && next.get().start() - last.end() <= 4) {
      last = next.get();
    }
    return last;
  }

  /**
   * The longest matching prefix of the title's words (at least half of them), extended to the
   * nearest match of its remaining last words when those follow closely, as in "... and are ready
   * to hire" printed as "... and they're ready to hire"; failing a prefix, the longest suffix.
   */
  private static Optional<Span> partial(Projection p, List<String> words) {
    int n = words.size();
    int min = Math.max(MIN_PARTIAL_WORDS, (n + 1) / 2);
    for (int k = n - 1; k >= min; k--) {
      Optional<Span> prefix = p.find(String.join("", words.subList(0, k)), 0);
      if (prefix.isPresent()) {
        return Optional.of(extendToTail(p, words.subList(k, n), prefix.get()));
      }
    }
    for (int k = n - 1; k >= min; k--) {
      Optional<Span> suffix = p.find(String.join("", words.subList(n - k, n)), 0);
      if (suffix.isPresent()) {
        return suffix;
      }
    }
    return Optional.empty();
  }

  private static Span extendToTail(Projection p, List<String> rest, Span prefix) {
    int reach = 2 * String.join("", rest).length() + 20;
    for (int k = rest.size(); k >= 1; k--) {
      Optional<Span> tail =
          p.find(String.join("", rest.subList(rest.size() - k, rest.size())), prefix.end());
      if (tail.isPresent() && tail.get().end() - prefix.end() <= reach) {
        return new Span(prefix.start(), tail.get().end());
      }
    }
    return prefix;
  }

  /** Lower-case runs of letters and digits; apostrophes inside words are dropped. */
  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        w.append(Character.toLowerCase(c));
      } else if (c != '\'' && c != '’' && w.length() > 0) {
        out.add(w.toString());
        w.setLength(0);
      }
    }
    if (w.length() > 0) {
      out.add(w.toString());
    }
    return out;
  }

  /** Letters and digits of a text prefix, lower-cased, each with its offset in the text. */
  private record Projection(String text, String folded, int[] offsets) {
    static Projection of(String text, int limit) {
      StringBuilder sb = new StringBuilder(limit);
      int[] offsets = new int[limit];
      for (int i = 0; i < limit; i++) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
          offsets[sb.length()] = i;
          sb.append(Character.toLowerCase(c));
        }
      }
      return new Projection(text, sb.toString().toLowerCase(Locale.ROOT), offsets);
    }

    /** The first match at a word boundary whose text offset is at least {@code from}. */
    Optional<Span> find(String needle, int from) {
      if (needle.isEmpty()) {
        return Optional.empty();
      }
      int i = folded.indexOf(needle);
      while (i >= 0) {
        int start = offsets[i];
        int end = offsets[i + needle.length() - 1] + 1;
        if (start >= from && boundaryBefore(start) && boundaryAfter(end)) {
          return Optional.of(new Span(start, end));
        }
        i = folded.indexOf(needle, i + 1);
      }
      return Optional.empty();
    }

    String folded(int start, int end) {
      StringBuilder sb = new StringBuilder();
      for (int i = start; i < end; i++) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
          sb.append(Character.toLowerCase(c));
        }
      }
      return sb.toString();
    }

    private boolean boundaryBefore(int start) {
      return start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
    }

    private boolean boundaryAfter(int end) {
      return end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
    }
  }
}
