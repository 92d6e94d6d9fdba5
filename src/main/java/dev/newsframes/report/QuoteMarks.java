package dev.newsframes.report;

/**
 * Tidies the quote marks a sentence splitter leaves at the edges of a quoted sentence: the closing
 * mark of the previous sentence at the start ({@code ” The order...}), or an unpaired straight
 * quote. Only the edges change; quotes inside the sentence stay.
 */
final class QuoteMarks {
  private QuoteMarks() {}

  /** The sentence without a stray quote mark at either end. */
  static String trimStray(String sentence) {
    String s = sentence.strip();
    if (s.startsWith("”") || s.startsWith("’")) {
      s = s.substring(1).strip();
    }
    if (s.startsWith("\"") && count(s, '"') % 2 == 1) {
      s = s.substring(1).strip();
    }
    if (s.endsWith("“") || s.endsWith("\"") && count(s, '"') % 2 == 1) {
      s = s.substring(0, s.length() - 1).strip();
    }
    if (s.startsWith("“") && s.indexOf('”') < 0 && count(s, '“') == 1) {
      s = s.substring(1).strip();
    }
    return s;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}
