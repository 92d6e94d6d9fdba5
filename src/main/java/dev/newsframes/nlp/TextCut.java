package dev.newsframes.nlp;

/** Cuts over-long documents to a length limit without splitting a word or a surrogate pair. */
public final class TextCut {
  /** How far back from the limit to look for whitespace before cutting mid-word. */
  private static final int LOOK_BACK = 1000;

  private TextCut() {}

  /** {@code text} if it has at most {@code max} chars, else a prefix ending before whitespace. */
  public static String atMost(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max;
    int floor = Math.max(0, max - LOOK_BACK);
    while (end > floor && !Character.isWhitespace(text.charAt(end))) {
      end--;
    }
    if (end == floor) {
      end = Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
    }
    return text.substring(0, end);
  }
}
