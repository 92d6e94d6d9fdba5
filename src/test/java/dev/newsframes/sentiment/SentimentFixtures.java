package dev.newsframes.sentiment;

import dev.newsframes.lab.evaluate.SentimentDatasets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tokens for sentiment tests without CoreNLP: fixture sentences are written with spaces around
 * punctuation, so splitting on spaces tokenizes them, and a few irregular verbs get their lemmas.
 */
public final class SentimentFixtures {
  public static final Path TRAIN = Path.of("src/test/resources/sentiment/train.csv");
  public static final Path TEST = Path.of("src/test/resources/sentiment/test.txt");

  private static final Map<String, String> LEMMAS =
      Map.ofEntries(
          Map.entry("rose", "rise"),
          Map.entry("fell", "fall"),
          Map.entry("grew", "grow"),
          Map.entry("increased", "increase"),
          Map.entry("decreased", "decrease"),
          Map.entry("narrowed", "narrow"),
          Map.entry("widened", "widen"),
          Map.entry("climbed", "climb"),
          Map.entry("dropped", "drop"),
          Map.entry("lowered", "lower"),
          Map.entry("raised", "raise"),
          Map.entry("sales", "sale"),
          Map.entry("costs", "cost"),
          Map.entry("compared", "compare"),
          Map.entry("n't", "not"));

  private SentimentFixtures() {}

  /** Space-separated tokens with lemmas, no POS or NER tags. */
  public static List<SentimentToken> tokens(String sentence) {
    List<SentimentToken> out = new ArrayList<>();
    for (String w : sentence.strip().split("\\s+")) {
      String lower = w.toLowerCase(Locale.ROOT);
      out.add(new SentimentToken(w, LEMMAS.getOrDefault(lower, lower), "", "O"));
    }
    return out;
  }

  /** A token with the given NER tag, its lemma the lower-case word. */
  public static SentimentToken tagged(String word, String ner) {
    return new SentimentToken(word, word.toLowerCase(Locale.ROOT), "", ner);
  }

  public static SentenceFeatures features(String sentence) {
    return SentenceFeatures.of(tokens(sentence));
  }

  public static List<SentimentClassifier.Example> examples(
      Path file, SentimentDatasets.Format format) {
    return SentimentDatasets.read(file, format).stream()
        .map(s -> new SentimentClassifier.Example(features(s.text()), s.polarity()))
        .toList();
  }
}
