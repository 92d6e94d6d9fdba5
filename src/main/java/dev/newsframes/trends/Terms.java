package dev.newsframes.trends;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How lexicon terms and sentence words are normalised so that they compare equal.
 *
 * <p>Lower-case in {@link Locale#ROOT}; a hyphen joins words, so {@code cyber-attack}, {@code cyber
 * - attack} (CoreNLP splits hyphenated words) and {@code cyber attack} all become {@code [cyber,
 * attack]}.
 */
final class Terms {
  private Terms() {}

  /** The words of a lexicon term or mention text: lower-cased, split on whitespace and hyphens. */
  static List<String> words(String term) {
    List<String> out = new ArrayList<>();
    for (String part : term.strip().toLowerCase(Locale.ROOT).split("[\\s\\-\u2010\u2011]+")) {
      if (!part.isEmpty()) {
        out.add(part);
      }
    }
    return out;
  }

  /** The words of a term joined by single spaces: its canonical spelling. */
  static String canonical(String term) {
    return String.join(" ", words(term));
  }
}
