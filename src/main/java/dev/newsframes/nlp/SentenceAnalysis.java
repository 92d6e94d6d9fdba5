package dev.newsframes.nlp;

import dev.newsframes.sentiment.SentimentScore;
import dev.newsframes.sentiment.target.TargetPolarity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What CoreNLP says about one sentence, independent of where the sentence stands: the parallel
 * token columns, the sentence sentiment and the kept entity mentions with offsets relative to the
 * sentence start, each with the sentiment towards it. {@link SentenceCache} keeps these, so a
 * repeated sentence is placed into its document from here instead of being annotated again.
 */
record SentenceAnalysis(
    List<String> tokens,
    List<String> lemmas,
    List<String> posTags,
    Optional<SentimentScore> sentiment,
    List<Mention> mentions) {
  SentenceAnalysis {
    tokens = List.copyOf(tokens);
    lemmas = List.copyOf(lemmas);
    posTags = List.copyOf(posTags);
    Objects.requireNonNull(sentiment, "sentiment");
    mentions = List.copyOf(mentions);
  }

  /**
   * An entity mention of a kept type.
   *
   * @param begin UTF-16 offset from the sentence start, inclusive
   * @param end UTF-16 offset from the sentence start, exclusive
   */
  record Mention(
      int begin, int end, String text, String nerType, Optional<TargetPolarity> sentiment) {
    Mention {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(nerType, "nerType");
      Objects.requireNonNull(sentiment, "sentiment");
    }

    /** A mention with no sentiment towards it (yet). */
    Mention(int begin, int end, String text, String nerType) {
      this(begin, end, text, nerType, Optional.empty());
    }

    Mention withSentiment(TargetPolarity polarity) {
      return new Mention(begin, end, text, nerType, Optional.of(polarity));
    }
  }

  /** This analysis with other mentions. */
  SentenceAnalysis withMentions(List<Mention> other) {
    return new SentenceAnalysis(tokens, lemmas, posTags, sentiment, other);
  }

  /** This analysis as sentence {@code index} of a document, starting at char {@code begin}. */
  AnnotatedSentence placed(int index, int begin, int end, String text) {
    return new AnnotatedSentence(index, begin, end, text, tokens, lemmas, posTags, sentiment);
  }
}
