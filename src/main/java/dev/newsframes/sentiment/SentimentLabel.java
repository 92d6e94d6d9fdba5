package dev.newsframes.sentiment;

import java.util.Locale;

/** The five sentiment classes of the Stanford Sentiment Treebank, most negative first. */
public enum SentimentLabel {
  VERY_NEGATIVE(-1.0),
  NEGATIVE(-0.5),
  NEUTRAL(0.0),
  POSITIVE(0.5),
  VERY_POSITIVE(1.0);

  private final double value;

  SentimentLabel(double value) {
    this.value = value;
  }

  /** The value of this class on the [-1, 1] score scale; scores are expected values over these. */
  public double value() {
    return value;
  }

  /** The value stored in the {@code sentiment_label} column. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The three-class polarity: both negative classes are negative, both positive are positive. */
  public Polarity polarity() {
    return switch (this) {
      case VERY_NEGATIVE, NEGATIVE -> Polarity.NEGATIVE;
      case NEUTRAL -> Polarity.NEUTRAL;
      case POSITIVE, VERY_POSITIVE -> Polarity.POSITIVE;
    };
  }
}
