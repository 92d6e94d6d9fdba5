package dev.newsframes.common;

/** Shortens text for a field or a page, with an ellipsis, never splitting a surrogate pair. */
public final class Clip {
  private Clip() {}

  /**
   * {@code s} if it has at most {@code max} chars, else its first chars and "…", {@code max} in
   * all.
   */
  public static String withEllipsis(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int end = max - 1;
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--; // the pair's low half would be cut off
    }
    return s.substring(0, end) + "…";
  }
}
