package dev.newsframes.sentiment;

import java.util.Objects;

/**
 * One token as the sentiment classifier reads it, whatever produced it (CoreNLP at annotate and
 * training time, hand-made lists in tests).
 *
 * @param word the token as written
 * @param lemma its lemma; the word where no lemmatizer ran
 * @param tag its Penn Treebank part of speech, or empty
 * @param ner its CoreNLP named-entity tag ({@code O} for none), or empty
 */
public record SentimentToken(String word, String lemma, String tag, String ner) {
  public SentimentToken {
    Objects.requireNonNull(word, "word");
    lemma = lemma == null ? word : lemma;
    tag = tag == null ? "" : tag;
    ner = ner == null || ner.isEmpty() ? "O" : ner;
  }

  /** A token with no part of speech or entity tag, its lemma the word itself. */
  public static SentimentToken word(String word) {
    return new SentimentToken(word, word, "", "O");
  }
}
