package dev.newsframes.sentiment;

/**
 * One token, or one collapsed entity, amount or date span, of a sentence as the sentiment
 * classifier reads it.
 *
 * @param kind what the unit is
 * @param text the lower-case lemma for words, the entity type for entities, else empty
 * @param negated whether the unit lies in the scope of a negation ("not", "no", "never", ...)
 * @param value the amount for {@link Kind#MONEY}, {@link Kind#PERCENT} and {@link Kind#NUMBER}
 *     units written in digits (scaled by "mn", "bn", ...); NaN otherwise
 */
record SentenceUnit(SentenceUnit.Kind kind, String text, boolean negated, double value) {
  /** What a unit stands for. */
  enum Kind {
    WORD,
    ENTITY,
    MONEY,
    PERCENT,
    NUMBER,
    DATE,
    PUNCT;

    /** Whether units of this kind are amounts that can be compared ("from 8.7 mn to 13.1 mn"). */
    boolean isAmount() {
      return this == MONEY || this == PERCENT || this == NUMBER;
    }
  }

  static SentenceUnit word(String lemma, boolean negated) {
    return new SentenceUnit(Kind.WORD, lemma, negated, Double.NaN);
  }

  /**
   * The unit in the classifier's term stream: words as lemmas ({@code NEG_} before negated ones),
   * masked spans as {@code <ORGANIZATION>}, {@code <MONEY>}, {@code <PERCENT>}, {@code <NUMBER>},
   * {@code <DATE>}.
   */
  String term() {
    return switch (kind) {
      case WORD -> negated ? "NEG_" + text : text;
      case ENTITY -> "<" + text + ">";
      case PUNCT -> text;
      default -> "<" + kind.name() + ">";
    };
  }
}
