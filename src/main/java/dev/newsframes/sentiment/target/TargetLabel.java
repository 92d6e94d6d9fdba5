package dev.newsframes.sentiment.target;

import java.util.Locale;

/** The polarity of a sentence towards one target; the ordinal is the class index of the head. */
public enum TargetLabel {
  NEGATIVE,
  NEUTRAL,
  POSITIVE;

  /** The label of a NewsMTSC {@code polarity} value: 2 negative, 4 neutral, 6 positive. */
  public static TargetLabel ofNewsMtsc(double polarity) {
    if (polarity == 2.0) {
      return NEGATIVE;
    } else if (polarity == 4.0) {
      return NEUTRAL;
    } else if (polarity == 6.0) {
      return POSITIVE;
    }
    throw new IllegalArgumentException("NewsMTSC polarity must be 2, 4 or 6, got " + polarity);
  }

  /** The lower-case name written to tables: {@code negative}, {@code neutral}, {@code positive}. */
  public String columnValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
