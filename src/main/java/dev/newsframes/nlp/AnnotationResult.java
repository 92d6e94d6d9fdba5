package dev.newsframes.nlp;

import java.time.Duration;

/** The outcome of annotating one document: an {@link AnnotatedDocument} or a failure. */
public sealed interface AnnotationResult permits AnnotatedDocument, AnnotationFailure {
  /** The article the document belongs to. */
  String articleId();

  /** Wall-clock time spent on the document, including a timed-out attempt. */
  Duration elapsed();
}
