package dev.newsframes.trends.presence;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The word unigrams and bigrams of stored lemmas: what the text part of a presence model reads.
 *
 * <p>Lemmas are lower-cased ({@link Locale#ROOT}); a lemma without a letter (punctuation, numbers)
 * is no gram and breaks bigrams, so "ai , regulation" gives no bigram. Bigrams are joined with one
 * space ({@code "export control"}). Pure and cheap: one pass over the lemmas.
 */
public final class LemmaGrams {
  private LemmaGrams() {}

  /** The distinct unigrams and bigrams of one sentence's lemmas, in first-seen order. */
  public static Set<String> of(List<String> lemmas) {
    Set<String> out = new LinkedHashSet<>();
    addTo(out, lemmas);
    return out;
  }

  /** The distinct grams of several sentences (an article), in first-seen order. */
  public static Set<String> ofSentences(List<List<String>> sentences) {
    Set<String> out = new LinkedHashSet<>();
    sentences.forEach(s -> addTo(out, s));
    return out;
  }

  private static void addTo(Set<String> out, List<String> lemmas) {
    String previous = null;
    for (String raw : lemmas) {
      String w = raw == null ? "" : raw.toLowerCase(Locale.ROOT);
      if (!hasLetter(w)) {
        previous = null;
        continue;
      }
      out.add(w);
      if (previous != null) {
        out.add(previous + " " + w);
      }
      previous = w;
    }
  }

  private static boolean hasLetter(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetter(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
