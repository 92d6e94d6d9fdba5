package dev.newsframes.nlp;

import java.io.Serializable;

/**
 * Creates the {@link Annotator} of a task from the pipeline settings. Serializable, it travels to
 * the executors with the job; {@link #CORENLP} is the product's, tests pass a fake one to run the
 * real job without loading models.
 */
@FunctionalInterface
public interface AnnotatorFactory extends Serializable {
  /** CoreNLP on the executor JVM's shared pipeline, built on first use. */
  AnnotatorFactory CORENLP = DocumentAnnotator::forConfig;

  Annotator create(NlpConfig config);
}
