package dev.newsframes.nlp;

import dev.newsframes.common.Concurrently;
import dev.newsframes.sentiment.LabelledSentence;
import dev.newsframes.sentiment.SentenceFeatures;
import dev.newsframes.sentiment.SentimentClassifier;
import dev.newsframes.sentiment.SentimentToken;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Turns labelled sentences into training examples for the sentiment classifier, running the same
 * CoreNLP annotators (and NER settings and gazetteer) that annotate runs before scoring.
 */
public final class SentimentFeaturizer {
  private final StanfordCoreNLP pipeline;

  /**
   * A featurizer on the JVM's shared pipeline for {@link ClassifierSentimentModel#sentenceConfig}.
   */
  public SentimentFeaturizer(NlpConfig config) {
    this.pipeline = NlpPipelines.get(ClassifierSentimentModel.sentenceConfig(config));
  }

  /**
   * The examples of {@code items}, in input order, annotated on {@code threads} threads; the first
   * sentence that fails stops the rest.
   */
  public List<SentimentClassifier.Example> examples(List<LabelledSentence> items, int threads) {
    List<Callable<SentimentClassifier.Example>> tasks = new ArrayList<>(items.size());
    for (LabelledSentence item : items) {
      tasks.add(() -> new SentimentClassifier.Example(features(item.text()), item.polarity()));
    }
    return Concurrently.inOrderFailFast(tasks, threads, "featurize", "featurizing sentences");
  }

  /** The features of one text, annotated as one sentence. */
  public SentenceFeatures features(String text) {
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    List<SentimentToken> tokens = new ArrayList<>();
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences != null) {
      sentences.forEach(s -> tokens.addAll(ClassifierSentimentModel.tokens(s)));
    }
    return SentenceFeatures.of(tokens);
  }
}
