package dev.newsframes.nlp;

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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

  /** The examples of {@code items}, in input order, annotated on {@code threads} threads. */
  public List<SentimentClassifier.Example> examples(List<LabelledSentence> items, int threads)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<SentimentClassifier.Example>> futures = new ArrayList<>();
      for (LabelledSentence item : items) {
        futures.add(
            pool.submit(
                () -> new SentimentClassifier.Example(features(item.text()), item.polarity())));
      }
      List<SentimentClassifier.Example> out = new ArrayList<>(items.size());
      for (Future<SentimentClassifier.Example> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (ExecutionException e) {
      throw new IllegalStateException("Cannot featurize sentences: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
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
