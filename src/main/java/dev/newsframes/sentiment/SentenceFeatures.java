package dev.newsframes.sentiment;

import java.util.List;

/**
 * What the {@code classifier} sentiment model reads of a sentence.
 *
 * <p>The classifier makes lemma unigrams and bigrams of {@code terms} and takes each cue as one
 * feature. Training and scoring must extract features the same way, so a trained model records
 * {@link #VERSION} and a model of another version is refused.
 *
 * @param terms lower-case lemmas in order, without punctuation; words in the scope of a negation
 *     prefixed {@code NEG_}; entity mentions, amounts and dates masked as {@code <ORGANIZATION>},
 *     {@code <MONEY>}, {@code <PERCENT>}, {@code <NUMBER>}, {@code <DATE>} (see {@link
 *     SentenceUnits})
 * @param cues which way figures moved and whether that is good news (see {@link DirectionCues})
 */
public record SentenceFeatures(List<String> terms, List<String> cues) {
  /** The version of the feature extraction; bump it whenever features change. */
  public static final int VERSION = 1;

  public SentenceFeatures {
    terms = List.copyOf(terms);
    cues = List.copyOf(cues);
  }

  /** The features of one sentence's tokens. */
  public static SentenceFeatures of(List<SentimentToken> tokens) {
    List<SentenceUnit> units = SentenceUnits.of(tokens);
    List<String> terms =
        units.stream()
            .filter(u -> u.kind() != SentenceUnit.Kind.PUNCT)
            .map(u -> u.term().replaceAll("\\s+", "_"))
            .toList();
    return new SentenceFeatures(terms, DirectionCues.of(units));
  }

  /** The classifier's input columns: the gold label (empty when unknown), terms, cues. */
  String[] columns(String label) {
    return new String[] {label, String.join(" ", terms), String.join(" ", cues)};
  }
}
