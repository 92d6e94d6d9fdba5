package dev.newsframes.nlp;

import dev.newsframes.sentiment.SentimentLabel;
import dev.newsframes.sentiment.SentimentScore;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.TreeCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Optional;
import org.ejml.simple.SimpleMatrix;

/**
 * CoreNLP's stock sentiment model: a recursive neural tensor network over binarized parse trees,
 * trained on movie reviews (Stanford Sentiment Treebank).
 *
 * <p>Reads the root node's class probabilities left by the {@code sentiment} annotator. Sentences
 * the parser skipped (longer than {@code parse.maxlen}, or interrupted) carry a flat {@code X}
 * tree; their "sentiment" would be noise, so they get none.
 */
public final class RntnSentimentModel implements SentenceSentimentModel {
  static final RntnSentimentModel INSTANCE = new RntnSentimentModel();

  private RntnSentimentModel() {}

  @Override
  public String name() {
    return SentimentModels.RNTN;
  }

  @Override
  public List<String> requiredAnnotators() {
    return List.of("parse", "sentiment");
  }

  @Override
  public Optional<SentimentScore> score(CoreMap sentence) {
    Tree parse = sentence.get(TreeCoreAnnotations.TreeAnnotation.class);
    Tree annotated = sentence.get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
    if (annotated == null || parse == null || "X".equals(parse.label().value())) {
      return Optional.empty();
    }
    SimpleMatrix predictions = RNNCoreAnnotations.getPredictions(annotated);
    if (predictions == null || predictions.getNumElements() != SentimentLabel.values().length) {
      return Optional.empty();
    }
    double[] probabilities = new double[predictions.getNumElements()];
    for (int i = 0; i < probabilities.length; i++) {
      probabilities[i] = predictions.get(i);
    }
    return Optional.of(SentimentScore.ofProbabilities(probabilities, name()));
  }
}
