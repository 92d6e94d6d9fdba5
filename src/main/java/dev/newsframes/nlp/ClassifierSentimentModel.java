package dev.newsframes.nlp;

import dev.newsframes.sentiment.Polarity;
import dev.newsframes.sentiment.SentenceFeatures;
import dev.newsframes.sentiment.SentimentClassifier;
import dev.newsframes.sentiment.SentimentModelFile;
import dev.newsframes.sentiment.SentimentScore;
import dev.newsframes.sentiment.SentimentToken;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A sentiment classifier trained with {@code newsframes train-sentiment}, reading lemmas, negation,
 * masked entities and amounts; it needs no parse.
 *
 * <p>The classifier knows three classes; they fill the five-class columns as negative, neutral and
 * positive (indices 1 to 3, the very-negative and very-positive probabilities 0), and the score is
 * P(positive) - P(negative), so a sure positive scores 1 as with {@code rntn}. Every sentence gets
 * a sentiment, also those longer than {@code parse.maxlen} that {@code rntn} leaves out.
 */
public final class ClassifierSentimentModel implements SentenceSentimentModel {
  // Per JVM, by content hash: deserializing takes a while and a Spark executor would otherwise do
  // it once per partition.
  private static final ConcurrentMap<String, ClassifierSentimentModel> LOADED =
      new ConcurrentHashMap<>();

  /** What a sentence needs before it can be scored: lemmas and NER (for masking). */
  static final List<String> ANNOTATORS = List.of("tokenize", "ssplit", "pos", "lemma", "ner");

  private final SentimentClassifier classifier;

  public ClassifierSentimentModel(SentimentClassifier classifier) {
    this.classifier = classifier;
  }

  /**
   * The model of a file, read once per JVM.
   *
   * @throws IllegalArgumentException if the file is not a model this version can use
   */
  public static ClassifierSentimentModel of(SentimentModelFile file) {
    return LOADED.computeIfAbsent(
        file.sha256(),
        k ->
            new ClassifierSentimentModel(
                SentimentClassifier.fromBytes(file.content(), file.fileName())));
  }

  /**
   * {@code config} reduced to what featurizing one sentence per document takes: the annotators the
   * classifier reads, every input kept as one sentence. Training uses it too, so features are made
   * the same way in training and in annotate (same NER settings and gazetteer).
   */
  public static NlpConfig sentenceConfig(NlpConfig config) {
    return config.withCoreNlp(
        Map.of("annotators", String.join(",", ANNOTATORS), "ssplit.isOneSentence", "true"));
  }

  @Override
  public String name() {
    return SentimentModels.CLASSIFIER;
  }

  @Override
  public List<String> requiredAnnotators() {
    return ANNOTATORS;
  }

  @Override
  public Optional<SentimentScore> score(CoreMap sentence) {
    List<SentimentToken> tokens = tokens(sentence);
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    double[] p = classifier.probabilities(SentenceFeatures.of(tokens));
    return Optional.of(
        SentimentScore.ofPolarities(
            p[Polarity.NEGATIVE.ordinal()],
            p[Polarity.NEUTRAL.ordinal()],
            p[Polarity.POSITIVE.ordinal()],
            name()));
  }

  /** The classifier this model scores with. */
  public SentimentClassifier classifier() {
    return classifier;
  }

  /** A CoreNLP sentence's tokens as the classifier reads them. */
  public static List<SentimentToken> tokens(CoreMap sentence) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<SentimentToken> out = new ArrayList<>(labels == null ? 0 : labels.size());
    if (labels != null) {
      for (CoreLabel l : labels) {
        out.add(new SentimentToken(l.word(), l.lemma(), l.tag(), l.ner()));
      }
    }
    return out;
  }
}
