package dev.newsframes.trends;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How lexicon terms and sentence words are normalised so that they compare equal.
 *
 * <p>Lower-case in {@link Locale#ROOT}; a hyphen joins words, so {@code cyber-attack}, {@code cyber
 * - attack} (CoreNLP splits hyphenated words) and {@code cyber attack} all become {@code [cyber,
 * attack]}.
 */
final class Terms {
  private Terms() {}

  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-\u2010\u2011]+");

  /** The words of a lexicon term or mention text: lower-cased, split on whitespace and hyphens. */
  static List<String> words(String term) {
    String lower = term.toLowerCase(Locale.ROOT);
    if (!lower.isEmpty() && !hasSeparator(lower)) {
      return List.of(lower); // the common case of one plain token, without a split
    }
    List<String> out = new ArrayList<>();
    for (String part : SEPARATORS.split(lower.strip())) {
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

  private static boolean hasSeparator(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '-' || c == '\u2010' || c == '\u2011') {
        return true;
      }
    }
    return false;
  }
}
