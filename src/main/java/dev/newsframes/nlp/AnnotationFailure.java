package dev.newsframes.nlp;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * A document that could not be annotated; it becomes an {@code annotation_errors} row.
 *
 * @param message what went wrong and where, for a person
 */
public record AnnotationFailure(String articleId, Kind kind, String message, Duration elapsed)
    implements AnnotationResult {

  /** Why the document has no annotation. */
  public enum Kind {
    /** Annotation ran past {@code nlp.document-timeout-seconds} and was interrupted. */
    TIMEOUT,
    /** CoreNLP or our conversion threw. */
    FAILURE;

    /** The value stored in the {@code kind} column. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public AnnotationFailure {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(elapsed, "elapsed");
  }
}
