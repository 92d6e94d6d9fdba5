package dev.newsframes.nlp;

import dev.newsframes.common.Hashes;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The JVM's CoreNLP pipelines: one per {@link NlpConfig#pipelineKey()}, built on first use and
 * shared by all threads.
 *
 * <p>A pipeline holds 1-3 GB of models and takes tens of seconds to load, so a Spark executor
 * builds it once, lazily, from the config its tasks carry; the pipeline itself is never serialized.
 * {@code StanfordCoreNLP.annotate} is safe to call from several threads at once.
 */
public final class NlpPipelines {
  private static final ConcurrentMap<String, LazyPipeline> PIPELINES = new ConcurrentHashMap<>();
  private static Path mappingDir; // guarded by NlpPipelines.class

  private NlpPipelines() {}

  /** The shared pipeline for {@code config}, built by the first caller while others wait. */
  public static StanfordCoreNLP get(NlpConfig config) {
    return PIPELINES.computeIfAbsent(config.pipelineKey(), k -> new LazyPipeline(config)).get();
  }

  /**
   * A new pipeline that is not shared, for benchmarks that compare settings; drop it and call
   * {@link #releaseModels()} to free its memory.
   */
  public static StanfordCoreNLP build(NlpConfig config) {
    Properties props = config.coreNlpProperties();
    if (!config.gazetteer().isEmpty()) {
      props.setProperty("ner.additional.regexner.mapping", writeMapping(config).toString());
      props.setProperty("ner.additional.regexner.mapping.header", RegexNerMapping.HEADER);
    }
    return new StanfordCoreNLP(props);
  }

  /** Forgets shared pipelines and CoreNLP's own model cache, so unused models can be collected. */
  public static void releaseModels() {
    PIPELINES.clear();
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

  /** Builds its pipeline once, on first {@link #get()}; double-checked on a volatile field. */
  private static final class LazyPipeline {
    private final NlpConfig config;
    private volatile StanfordCoreNLP pipeline;

    LazyPipeline(NlpConfig config) {
      this.config = config;
    }

    StanfordCoreNLP get() {
      StanfordCoreNLP p = pipeline;
      if (p == null) {
        synchronized (this) {
          p = pipeline;
          if (p == null) {
            p = build(config);
            pipeline = p;
          }
        }
      }
      return p;
    }
  }
}
