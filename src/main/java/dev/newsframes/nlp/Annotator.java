package dev.newsframes.nlp;

/**
 * Annotates one document: the seam between the annotate job and the NLP behind it. Never throws for
 * a bad document; a failure or timeout is an {@link AnnotationFailure}. Thread-safe.
 */
public interface Annotator {
  AnnotationResult annotate(String articleId, String text);
}
