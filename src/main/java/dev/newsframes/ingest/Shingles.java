package dev.newsframes.ingest;

import dev.newsframes.ingest.model.TextFingerprint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/** Word shingles of a text, the units near-duplicate detection compares. */
public final class Shingles {
  private Shingles() {}

  /**
   * The distinct {@code size}-word shingles of the normalised text, over at most {@code maxWords}
   * words (enough to recognise a copy, and it bounds the cost of very long texts).
   */
  public static List<String> of(String text, int size, int maxWords) {
    String[] words = TextFingerprint.normalise(text).split(" ");
    int n = Math.min(words.length, maxWords);
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (int i = 0; i + size <= n; i++) {
      out.add(String.join(" ", Arrays.asList(words).subList(i, i + size)));
    }
    return new ArrayList<>(out);
  }
}
