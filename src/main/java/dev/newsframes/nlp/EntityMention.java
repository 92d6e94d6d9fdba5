package dev.newsframes.nlp;

import dev.newsframes.sentiment.SentimentScore;
import dev.newsframes.sentiment.target.TargetPolarity;
import java.util.Objects;
import java.util.Optional;

/**
 * A named-entity mention in an annotated document.
 *
 * @param begin UTF-16 char offset into the document text, inclusive
 * @param end UTF-16 char offset into the document text, exclusive
 * @param nerType the CoreNLP type, or a gazetteer type such as {@code PRODUCT}
 * @param canonicalEntity the name the mention resolves to within the document and across the
 *     corpus, see {@link EntityCanonicalizer}
 * @param sentiment the sentiment towards this mention (the target), from {@code
 *     nlp.entity-sentiment}; empty when that is {@code none}
 * @param sentenceSentiment the sentiment of the sentence holding the mention, whoever it is about
 */
public record EntityMention(
    int sentenceIndex,
    int begin,
    int end,
    String text,
    String nerType,
    String canonicalEntity,
    Optional<TargetPolarity> sentiment,
    Optional<SentimentScore> sentenceSentiment) {
  public EntityMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(nerType, "nerType");
    Objects.requireNonNull(canonicalEntity, "canonicalEntity");
    Objects.requireNonNull(sentiment, "sentiment");
    Objects.requireNonNull(sentenceSentiment, "sentenceSentiment");
  }

  /** This mention with the sentiment towards it. */
  public EntityMention withSentiment(TargetPolarity polarity) {
    return new EntityMention(
        sentenceIndex,
        begin,
        end,
        text,
        nerType,
        canonicalEntity,
        Optional.of(polarity),
        sentenceSentiment);
  }
}
