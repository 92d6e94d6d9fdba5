package dev.newsframes.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Uses a page's JSON-LD {@code articleBody} to rescue a located text that misses most of it.
 *
 * <p>When the located text holds less than half of the structured body's shingles, the page's
 * blocks that the structured body contains are taken instead, in page order; when those still do
 * not cover it, the structured body itself is the text. A structured body under {@value
 * #MIN_LENGTH} characters is a teaser, not a body, and is ignored.
 */
final class StructuredBodyRescue {
  static final int MIN_LENGTH = 400;
  private static final double ENOUGH = 0.5;
  private static final double BLOCK_INSIDE = 0.6;

  private StructuredBodyRescue() {}

  static String apply(String located, Element cleanedBody, Optional<String> structured) {
    if (structured.isEmpty() || structured.get().length() < MIN_LENGTH) {
      return located;
    }
    Set<List<String>> reference = ShingleF1.shingles(structured.get(), 4).keySet();
    if (coverage(located, reference) >= ENOUGH) {
      return located;
    }
    List<TextBlock> inside = new ArrayList<>();
    for (TextBlock block : MainTextExtractor.keep(BlockRenderer.render(List.of(cleanedBody)))) {
      Set<List<String>> mine = ShingleF1.shingles(block.text(), 4).keySet();
      long shared = mine.stream().filter(reference::contains).count();
      if (!mine.isEmpty() && shared >= BLOCK_INSIDE * mine.size()) {
        inside.add(block);
      }
    }
    String picked = MainTextExtractor.join(inside);
    if (coverage(picked, reference) >= ENOUGH) {
      return picked;
    }
    // structured bodies sometimes carry markup; render it like a page
    Element fragment = Jsoup.parseBodyFragment(structured.get()).body();
    return MainTextExtractor.join(BlockRenderer.render(List.of(fragment)));
  }

  /** Share of the reference shingles found in the text. */
  private static double coverage(String text, Set<List<String>> reference) {
    Set<List<String>> mine = ShingleF1.shingles(text, 4).keySet();
    long found = reference.stream().filter(mine::contains).count();
    return reference.isEmpty() ? 1.0 : (double) found / reference.size();
  }
}
