package dev.newsframes.ingest.html;

/**
 * One block of rendered text: a paragraph, heading, list item or cell.
 *
 * @param text whitespace-normalised text, lines kept where the page had {@code <br>}
 * @param tag the tag of the innermost block element holding the text
 * @param linkChars non-whitespace characters inside links
 */
record TextBlock(String text, String tag, int linkChars) {
  /** Share of the text inside links. */
  double linkDensity() {
    int chars = TextStats.nonWhitespace(text);
    return chars == 0 ? 0 : Math.min(1.0, (double) linkChars / chars);
  }

  /** Number of whitespace-separated words. */
  int words() {
    String t = text.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  boolean isHeading() {
    return tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
  }
}
