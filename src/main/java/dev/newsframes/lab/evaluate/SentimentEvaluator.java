package dev.newsframes.lab.evaluate;

import dev.newsframes.common.Concurrently;
import dev.newsframes.nlp.AnnotatedDocument;
import dev.newsframes.nlp.AnnotationResult;
import dev.newsframes.nlp.DocumentAnnotator;
import dev.newsframes.nlp.NlpConfig;
import dev.newsframes.nlp.SentenceSentimentModel;
import dev.newsframes.nlp.SentimentModels;
import dev.newsframes.sentiment.LabelledSentence;
import dev.newsframes.sentiment.SentimentScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** Scores labelled sentences with the configured sentiment model, one document per sentence. */
public final class SentimentEvaluator {
  private final DocumentAnnotator annotator;

  /** An evaluator on the shared pipeline for {@code forSentences(config)}. */
  public SentimentEvaluator(NlpConfig config) {
    this.annotator = DocumentAnnotator.forConfig(forSentences(config));
  }

  /**
   * {@code config} with each input kept as one sentence and only the annotators sentiment needs (no
   * lemmas or NER) and no entity sentiment, so the evaluation measures the sentiment model and its
   * parser alone.
   */
  public static NlpConfig forSentences(NlpConfig config) {
    SentenceSentimentModel model =
        SentimentModels.forConfig(config)
            .orElseThrow(() -> new IllegalArgumentException("nlp.sentiment-model is none"));
    List<String> annotators = new ArrayList<>(List.of("tokenize", "ssplit", "pos"));
    model
        .requiredAnnotators()
        .forEach(
            a -> {
              if (!annotators.contains(a)) {
                annotators.add(a);
              }
            });
    return config
        .withoutEntitySentiment()
        .withCoreNlp(
            Map.of("annotators", String.join(",", annotators), "ssplit.isOneSentence", "true"));
  }

  /**
   * The model's sentiment of each sentence, in input order; empty where it gave none. A sentence
   * whose annotation throws stops the rest.
   */
  public List<Optional<SentimentScore>> predict(List<LabelledSentence> items, int threads) {
    List<Callable<Optional<SentimentScore>>> tasks = new ArrayList<>(items.size());
    items.forEach(item -> tasks.add(() -> sentimentOf(item)));
    return Concurrently.inOrderFailFast(tasks, threads, "sentiment-eval", "scoring sentences");
  }

  private Optional<SentimentScore> sentimentOf(LabelledSentence item) {
    AnnotationResult r = annotator.annotate(item.id(), item.text());
    return r instanceof AnnotatedDocument d ? d.sentiment() : Optional.empty();
  }
}
