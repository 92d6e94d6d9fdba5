package dev.newsframes.nlp;

import dev.newsframes.common.Hashes;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * The JVM's CoreNLP pipelines: one per {@link NlpConfig#pipelineKey()}, built on first use and
 * shared by all threads.
 *
 * <p>A pipeline holds 1-3 GB of models and takes tens of seconds to load, so a Spark executor
 * builds it once, lazily, from the config its tasks carry; the pipeline itself is never serialized.
 * {@code StanfordCoreNLP.annotate} is safe to call from several threads at once.
 */
public final class NlpPipelines {
  private static final ConcurrentMap<String, Lazy<StanfordCoreNLP>> PIPELINES =
      new ConcurrentHashMap<>();
  private static final ConcurrentMap<String, Lazy<Split>> SPLITS = new ConcurrentHashMap<>();
  private static Path mappingDir; // guarded by NlpPipelines.class

  private NlpPipelines() {}

  /** The shared pipeline for {@code config}, built by the first caller while others wait. */
  public static StanfordCoreNLP get(NlpConfig config) {
    return PIPELINES
        .computeIfAbsent(config.pipelineKey(), k -> new Lazy<>(() -> build(config)))
        .get();
  }

  /**
   * A sentence-local pipeline in two halves that share the models of {@link #get}'s: {@code
   * splitter} tokenizes and splits a document, {@code analyser} runs the other annotators over the
   * sentences it is given (see {@link NlpConfig#sentenceLocal()}).
   */
  record Split(StanfordCoreNLP splitter, StanfordCoreNLP analyser) {}

  /** The shared split pipeline for {@code config}, built on first use. */
  static Split split(NlpConfig config) {
    return SPLITS
        .computeIfAbsent(config.pipelineKey(), k -> new Lazy<>(() -> buildSplit(config)))
        .get();
  }

  private static Split buildSplit(NlpConfig config) {
    List<String> annotators = config.annotators();
    Properties first = properties(config);
    first.setProperty("annotators", String.join(",", annotators.subList(0, 2)));
    Properties rest = properties(config);
    rest.setProperty("annotators", String.join(",", annotators.subList(2, annotators.size())));
    // CoreNLP's annotator pool hands both halves the models a full pipeline already loaded; the
    // second half's inputs (tokens, sentences) come from the first, so requirements are not checked
    return new Split(new StanfordCoreNLP(first), new StanfordCoreNLP(rest, false));
  }

  /**
   * A new pipeline that is not shared, for benchmarks that compare settings; drop it and call
   * {@link #releaseModels()} to free its memory.
   */
  public static StanfordCoreNLP build(NlpConfig config) {
    return new StanfordCoreNLP(properties(config));
  }

  private static Properties properties(NlpConfig config) {
    Properties props = config.coreNlpProperties();
    if (!config.gazetteer().isEmpty()) {
      props.setProperty("ner.additional.regexner.mapping", writeMapping(config).toString());
      props.setProperty("ner.additional.regexner.mapping.header", RegexNerMapping.HEADER);
    }
    return props;
  }

  /** Forgets shared pipelines and CoreNLP's own model cache, so unused models can be collected. */
  public static void releaseModels() {
    PIPELINES.clear();
    SPLITS.clear();
    SentenceCache.clearAll();
    StanfordCoreNLP.clearAnnotatorPool();
  }

  /**
   * Writes the RegexNER mapping to a file named by its content in a per-JVM folder: CoreNLP reads
   * it from a path, executors have no {@code jobs/} folder, and a stable path keeps the NER
   * annotator's signature stable, so CoreNLP's annotator pool shares the NER models between
   * pipelines that differ elsewhere (e.g. the evaluation pipelines).
   */
  private static synchronized Path writeMapping(NlpConfig config) {
    String mapping = RegexNerMapping.of(config.gazetteer());
    try {
      if (mappingDir == null) {
        mappingDir = Files.createTempDirectory("newsframes-nlp-");
        mappingDir.toFile().deleteOnExit();
      }
      Path file =
          mappingDir.resolve("gazetteer-" + Hashes.sha256Hex(mapping).substring(0, 16) + ".tsv");
      if (!Files.exists(file)) {
        Files.writeString(file, mapping, StandardCharsets.UTF_8);
        file.toFile().deleteOnExit();
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the gazetteer mapping: " + e.getMessage(), e);
    }
  }

  /** Builds its value once, on first {@link #get()}; double-checked on a volatile field. */
  private static final class Lazy<T> {
    private final Supplier<T> build;
    private volatile T value;

    Lazy(Supplier<T> build) {
      this.build = build;
    }

    T get() {
      T v = value;
      if (v == null) {
        synchronized (this) {
          v = value;
          if (v == null) {
            v = build.get();
            value = v;
          }
        }
      }
      return v;
    }
  }
}
