package dev.newsframes.common;

import java.util.Locale;

/** How precisely a timestamp is known; coarser values are stored at the start of their unit. */
public enum DatePrecision {
  SECOND,
  MINUTE,
  HOUR,
  DAY,
  MONTH,
  YEAR;

  /** The value stored in the {@code date_precision} column. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The coarser of two precisions. */
  public DatePrecision coarsest(DatePrecision other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
