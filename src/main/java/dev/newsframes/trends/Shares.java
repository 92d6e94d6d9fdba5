package dev.newsframes.trends;

import java.util.OptionalDouble;

/** Shares of coverage: a part over its whole, undefined for an empty whole. */
public final class Shares {
  private Shares() {}

  /** {@code part / whole}, or empty when {@code whole} is 0. */
  public static OptionalDouble share(long part, long whole) {
    if (part < 0 || part > whole) {
      throw new IllegalArgumentException("part " + part + " is not within 0.." + whole);
    }
    return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
  }
}
