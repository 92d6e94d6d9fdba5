package dev.newsframes.lab.evaluate;

import dev.newsframes.ingest.html.TitleFinder;
import dev.newsframes.ingest.model.ResolvedDate;
import java.time.LocalDate;
import java.util.Optional;

/**
 * How metadata benchmarks compare an extracted title or date with a labelled one.
 *
 * <p>Titles match exactly after whitespace is collapsed, or "normalised" when their lower-case
 * letters and digits are equal (quotes, dashes and case differ). Dates match on the UTC day.
 */
public final class MetadataAccuracy {
  private MetadataAccuracy() {}

  /** Whether two titles are the same text up to whitespace. */
  public static boolean titleExact(String truth, String predicted) {
    return collapse(truth).equals(collapse(predicted));
  }

  /** Whether two titles are the same letters and digits, ignoring case and punctuation. */
  public static boolean titleNormalised(String truth, String predicted) {
    String t = TitleFinder.key(truth);
    return !t.isEmpty() && t.equals(TitleFinder.key(predicted));
  }

  /** Whether an extracted date falls on the labelled UTC day. */
  public static boolean sameDay(LocalDate truth, Optional<ResolvedDate> predicted) {
    return predicted.map(d -> d.day().equals(truth)).orElse(false);
  }

  /** Whether a snippet occurs in a text, whitespace collapsed on both sides. */
  public static boolean containsSnippet(String text, String snippet) {
    return collapse(text).contains(collapse(snippet));
  }

  private static String collapse(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s+", " ");
  }
}
