package dev.newsframes.sentiment;

import java.util.Locale;

/** Three-class sentiment, the granularity of most labelled news-sentiment sets. */
public enum Polarity {
  NEGATIVE,
  NEUTRAL,
  POSITIVE;

  /** The lower-case name, as written in labelled sets such as Financial PhraseBank. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The polarity named by a label such as {@code positive}, in any case. */
  public static Polarity parse(String label) {
    return valueOf(label.strip().toUpperCase(Locale.ROOT));
  }

  /** The polarity of a score in [-1, 1]: its sign, with {@code |score| <= neutralBand} neutral. */
  public static Polarity ofScore(double score, double neutralBand) {
    if (score > neutralBand) {
      return POSITIVE;
    }
    return score < -neutralBand ? NEGATIVE : NEUTRAL;
  }
}
