package dev.newsframes.common;

/** A count with its noun in the singular or the plural, for the lines commands print. */
public final class Plural {
  private Plural() {}

  /** "1 article", "0 articles", "2 articles". */
  public static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
