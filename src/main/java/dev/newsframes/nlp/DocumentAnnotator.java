package dev.newsframes.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  private final AnnotationConverter converter;
  // exactly one of these: the whole pipeline, or its two halves and the sentences seen so far
  private final StanfordCoreNLP pipeline;
  private final NlpPipelines.Split split;
  private final SentenceCache cache;

  private DocumentAnnotator(
      NlpConfig config, StanfordCoreNLP pipeline, NlpPipelines.Split split, SentenceCache cache) {
    this.config = Objects.requireNonNull(config, "config");
    this.converter = new AnnotationConverter(config);
    this.pipeline = pipeline;
    this.split = split;
    this.cache = cache;
  }

  /**
   * An annotator on the JVM's shared pipeline and models for {@code config}, built on first use:
   * here, before any document's time limit runs. When the pipeline is {@linkplain
   * NlpConfig#sentenceLocal() sentence-local}, a sentence met before in this JVM (and cached) is
   * not annotated again; see {@link SentenceCache}.
   */
  public static DocumentAnnotator forConfig(NlpConfig config) {
    if (!config.sentenceLocal()) {
      return wholeDocuments(config);
    }
    return new DocumentAnnotator(
        config,
        null,
        NlpPipelines.split(config),
        SentenceCache.forFingerprint(config.fingerprint()));
  }

  /**
   * An annotator that runs the whole pipeline over every document and reuses nothing: what {@link
   * #forConfig} must equal, and its only mode for pipelines that are not sentence-local.
   */
  public static DocumentAnnotator wholeDocuments(NlpConfig config) {
    return new DocumentAnnotator(config, NlpPipelines.get(config), null, null);
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
          "Cannot annotate article "
              + articleId
              + " ("
              + cut.length()
              + " chars): "
              + cause
              + where(cause),
          since(start));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while annotating article " + articleId, e);
    }
  }

  /**
   * " at Class.method" of the frame that threw, so a failure row says which part of the pipeline
   * failed (a StackOverflowError alone does not); empty when the JVM kept no stack.
   */
  static String where(Throwable t) {
    StackTraceElement[] stack = t.getStackTrace();
    return stack.length == 0
        ? ""
        : " at " + stack[0].getClassName() + "." + stack[0].getMethodName();
  }

  private AnnotatedDocument annotateNow(String articleId, String text, int inputChars, long start) {
    Annotation doc = new Annotation(text);
    List<CoreMap> coreSentences;
    List<SentenceAnalysis> analyses = new ArrayList<>();
    int analysed;
    if (pipeline != null) {
      pipeline.annotate(doc);
      coreSentences = sentencesOf(doc);
      analyses.addAll(analysed(coreSentences));
      analysed = coreSentences.size();
    } else {
      split.splitter().annotate(doc);
      coreSentences = sentencesOf(doc);
      analysed = analyseNew(doc, coreSentences, analyses);
    }
    List<AnnotatedSentence> sentences = new ArrayList<>(coreSentences.size());
    for (int i = 0; i < coreSentences.size(); i++) {
      sentences.add(AnnotationConverter.place(coreSentences.get(i), analyses.get(i)));
    }
    return new AnnotatedDocument(
        articleId,
        text.length(),
        inputChars,
        sentences,
        converter.mentions(sentences, analyses),
        AnnotationConverter.documentSentiment(sentences),
        analysed,
        since(start));
  }

  /**
   * Fills {@code analyses} with each sentence's analysis: from the cache, else by running the rest
   * of the pipeline once over the document's sentences not seen before (each distinct one once).
   * Returns how many sentences went through CoreNLP.
   */
  private int analyseNew(Annotation doc, List<CoreMap> sentences, List<SentenceAnalysis> analyses) {
    List<String> keys = new ArrayList<>(sentences.size());
    Map<String, CoreMap> fresh = new LinkedHashMap<>();
    for (CoreMap s : sentences) {
      String key = SentenceCache.key(s);
      keys.add(key);
      SentenceAnalysis known = cache.get(key);
      analyses.add(known);
      if (known == null) {
        fresh.putIfAbsent(key, s);
      }
    }
    if (!fresh.isEmpty()) {
      // the document's own token list and text stay, so token and char offsets read as they
      // would in a whole-document pass; only the sentences to analyse are listed
      Annotation part = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
      part.set(
          CoreAnnotations.TokensAnnotation.class, doc.get(CoreAnnotations.TokensAnnotation.class));
      part.set(CoreAnnotations.SentencesAnnotation.class, new ArrayList<>(fresh.values()));
      split.analyser().annotate(part);
      List<String> freshKeys = new ArrayList<>(fresh.keySet());
      List<SentenceAnalysis> freshAnalyses = analysed(new ArrayList<>(fresh.values()));
      Map<String, SentenceAnalysis> done = new HashMap<>();
      for (int i = 0; i < freshKeys.size(); i++) {
        done.put(freshKeys.get(i), freshAnalyses.get(i));
        cache.put(freshKeys.get(i), freshAnalyses.get(i));
      }
      for (int i = 0; i < analyses.size(); i++) {
        if (analyses.get(i) == null) {
          analyses.set(i, done.get(keys.get(i)));
        }
      }
    }
    return fresh.size();
  }

  /** The analyses of sentences CoreNLP has annotated, with the sentiment towards each mention. */
  private List<SentenceAnalysis> analysed(List<CoreMap> sentences) {
    List<SentenceAnalysis> analyses = new ArrayList<>(sentences.size());
    List<String> texts = new ArrayList<>(sentences.size());
    for (CoreMap s : sentences) {
      analyses.add(converter.analyse(s));
      texts.add(s.get(CoreAnnotations.TextAnnotation.class));
    }
    return converter.withTargetSentiment(analyses, texts);
  }

  private static List<CoreMap> sentencesOf(Annotation doc) {
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    return sentences == null ? List.of() : sentences;
  }

  private static Duration since(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }
}
