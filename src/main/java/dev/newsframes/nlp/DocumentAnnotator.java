package dev.newsframes.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Annotates one document at a time with every configured annotator in a single CoreNLP pass.
 *
 * <p>Thread-safe and cheap to create: it holds the JVM's shared pipeline, so a Spark {@code
 * mapPartitions} can create one per partition with {@code forConfig(config)} and call {@link
 * #annotate} per row. Never throws for a bad document: a failure or a document that runs past
 * {@code nlp.document-timeout-seconds} yields an {@link AnnotationFailure}.
 */
public final class DocumentAnnotator implements Annotator {
  private final NlpConfig config;
  private final StanfordCoreNLP pipeline;
  private final AnnotationConverter converter;

  private DocumentAnnotator(NlpConfig config, StanfordCoreNLP pipeline) {
    this.config = Objects.requireNonNull(config, "config");
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.converter = new AnnotationConverter(config);
  }

  /**
   * An annotator on the JVM's shared pipeline and models for {@code config}, built on first use:
   * here, before any document's time limit runs.
   */
  public static DocumentAnnotator forConfig(NlpConfig config) {
    return new DocumentAnnotator(config, NlpPipelines.get(config));
  }

  /** An annotator on a given pipeline, which must have been built from {@code config}. */
  public static DocumentAnnotator withPipeline(NlpConfig config, StanfordCoreNLP pipeline) {
    return new DocumentAnnotator(config, pipeline);
  }

  /** The settings this annotator applies; their fingerprint goes with its output. */
  public NlpConfig config() {
    return config;
  }

  /** Annotates {@code text}, or its first {@code nlp.max-chars} chars, within the time limit. */
  @Override
  public AnnotationResult annotate(String articleId, String text) {
    long start = System.nanoTime();
    String input = text == null ? "" : text;
    String cut = TextCut.atMost(input, config.maxChars());
    try {
      return DeadlineExecutor.call(
          () -> annotateNow(articleId, cut, input.length(), start), config.documentTimeout());
    } catch (TimeoutException e) {
      return new AnnotationFailure(
          articleId,
          AnnotationFailure.Kind.TIMEOUT,
          "Annotation of article "
              + articleId
              + " ("
              + cut.length()
              + " chars) exceeded nlp.document-timeout-seconds="
              + config.documentTimeout().toMillis() / 1000.0
              + "; "
              + e.getMessage(),
          since(start));
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      return new AnnotationFailure(
          articleId,
          AnnotationFailure.Kind.FAILURE,
          "Cannot annotate article " + articleId + ": " + cause,
          since(start));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while annotating article " + articleId, e);
    }
  }

  private AnnotatedDocument annotateNow(String articleId, String text, int inputChars, long start) {
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    List<AnnotatedSentence> sentences = converter.sentences(doc);
    return new AnnotatedDocument(
        articleId,
        text.length(),
        inputChars,
        sentences,
        converter.mentions(doc, sentences),
        AnnotationConverter.documentSentiment(sentences),
        since(start));
  }

  private static Duration since(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }
}
