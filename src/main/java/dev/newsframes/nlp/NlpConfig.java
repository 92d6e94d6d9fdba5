package dev.newsframes.nlp;

import dev.newsframes.common.Hashes;
import dev.newsframes.runtime.BuildInfo;
import dev.newsframes.sentiment.SentimentModelFile;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The annotate stage's settings: CoreNLP properties, passed through as they are, plus our own
 * {@code nlp.*} keys. Load with {@link NlpConfigLoader}.
 *
 * <p>Serializable so a Spark job can ship it to executors, which build their pipeline from it; the
 * gazetteer and aliases travel as content, not paths, so executors need no access to {@code jobs/}.
 *
 * @param corenlp effective CoreNLP properties (defaults merged with the file), sorted by key
 * @param documentTimeout wall-clock limit per document ({@code nlp.document-timeout-seconds})
 * @param maxChars documents longer than this are annotated up to here ({@code nlp.max-chars})
 * @param sentimentModel which {@link SentenceSentimentModel} scores sentences ({@code
 *     nlp.sentiment-model})
 * @param mentionTypes NER types kept as mentions ({@code nlp.mention-types}); numeric and temporal
 *     types are left out by default
 * @param gazetteer entries added to NER ({@code nlp.gazetteer})
 * @param aliases manual entity merges ({@code nlp.entity-aliases}) plus gazetteer canonicals
 * @param sentimentModelFile the {@code classifier}'s model file ({@code nlp.sentiment-model-path})
 * @param entitySentiment which model scores the sentiment towards each mention ({@code
 *     nlp.entity-sentiment}: {@code default}, {@code trained} or {@code none}); see {@link
 *     EntitySentimentModels}
 * @param entitySentimentHead the head file of that model (the shipped one for {@code default});
 *     empty for {@code none}
 */
public record NlpConfig(
    SortedMap<String, String> corenlp,
    Duration documentTimeout,
    int maxChars,
    String sentimentModel,
    List<String> mentionTypes,
    List<GazetteerEntry> gazetteer,
    EntityAliases aliases,
    Optional<SentimentModelFile> sentimentModelFile,
    String entitySentiment,
    Optional<SentimentModelFile> entitySentimentHead)
    implements Serializable {

  public NlpConfig {
    Objects.requireNonNull(sentimentModelFile, "sentimentModelFile");
    Objects.requireNonNull(entitySentiment, "entitySentiment");
    Objects.requireNonNull(entitySentimentHead, "entitySentimentHead");
    if (entitySentimentHead.isPresent() == EntitySentimentModels.NONE.equals(entitySentiment)) {
      throw new IllegalArgumentException(
          "nlp.entity-sentiment=" + entitySentiment + " with head " + entitySentimentHead);
    }
    corenlp = Collections.unmodifiableSortedMap(new TreeMap<>(corenlp));
    Objects.requireNonNull(documentTimeout, "documentTimeout");
    Objects.requireNonNull(sentimentModel, "sentimentModel");
    mentionTypes = List.copyOf(new TreeSet<>(mentionTypes));
    gazetteer = List.copyOf(gazetteer);
    Objects.requireNonNull(aliases, "aliases");
    if (documentTimeout.isNegative() || documentTimeout.isZero()) {
      throw new IllegalArgumentException("document timeout must be positive: " + documentTimeout);
    }
    if (maxChars <= 0) {
      throw new IllegalArgumentException("nlp.max-chars must be positive: " + maxChars);
    }
  }

  /**
   * The built-in settings, without gazetteer or aliases; {@code jobs/annotate.properties} spells
   * them out.
   */
  public static NlpConfig defaults() {
    return NlpConfigLoader.load(Optional.empty(), Map.of());
  }

  /** The CoreNLP version on the classpath, part of the fingerprint. */
  public static String coreNlpVersion() {
    return BuildInfo.coreNlpVersion();
  }

  /**
   * A fresh copy of the CoreNLP properties, without the gazetteer mapping (see {@link
   * NlpPipelines}).
   */
  public Properties coreNlpProperties() {
    Properties p = new Properties();
    p.putAll(corenlp);
    return p;
  }

  /** The CoreNLP annotators, in order. */
  public List<String> annotators() {
    return List.of(corenlp.getOrDefault("annotators", "").split("\\s*,\\s*"));
  }

  /** Annotators that read nothing outside the sentence they annotate (given its tokens). */
  private static final Set<String> PER_SENTENCE =
      Set.of("pos", "lemma", "ner", "regexner", "entitymentions", "parse", "sentiment");

  /**
   * Whether every annotator after {@code tokenize,ssplit} annotates one sentence at a time, so a
   * sentence's analysis is the same in any document and a repeated sentence can reuse it (see
   * {@link SentenceCache}). Not so with a document-level annotator (coref, quote, ...), with SUTime
   * (it resolves dates against the document), or with NER's acronym pass (it reads the whole
   * document's organisations); then each document is annotated whole.
   */
  public boolean sentenceLocal() {
    List<String> a = annotators();
    return a.size() > 2
        && a.get(0).equals("tokenize")
        && a.get(1).equals("ssplit")
        && PER_SENTENCE.containsAll(a.subList(2, a.size()))
        && (!a.contains("ner") || "false".equals(corenlp.get("ner.useSUTime")))
        && corenlp.entrySet().stream()
            .noneMatch(e -> e.getKey().contains("acronym") && !"false".equals(e.getValue()));
  }

  /**
   * A hash of every setting that changes what annotation produces, and of the CoreNLP version.
   *
   * <p>Articles already annotated with the same content hash and fingerprint are skipped. The
   * document timeout is left out: it decides whether a document is annotated, not what the
   * annotation holds.
   */
  public String fingerprint() {
    List<String> lines = pipelineLines();
    lines.add("nlp.max-chars=" + maxChars);
    lines.add("nlp.sentiment-model=" + sentimentModel);
    sentimentModelFile.ifPresent(
        f -> lines.add("nlp.sentiment-model-path=" + f.fileName() + " sha256=" + f.sha256()));
    lines.add("nlp.mention-types=" + String.join(",", mentionTypes));
    lines.add("nlp.entity-sentiment=" + entitySentiment);
    entitySentimentHead.ifPresent(
        f -> lines.add("nlp.entity-sentiment-head=" + f.fileName() + " sha256=" + f.sha256()));
    aliases.lines().forEach(l -> lines.add("alias\t" + l));
    return hash(lines);
  }

  /** A hash of what the CoreNLP pipeline is built from; pipelines are shared per key. */
  public String pipelineKey() {
    return hash(pipelineLines());
  }

  /** This config with other CoreNLP properties; {@code null} values remove a key. */
  public NlpConfig withCoreNlp(Map<String, String> overrides) {
    TreeMap<String, String> merged = new TreeMap<>(corenlp);
    overrides.forEach(
        (k, v) -> {
          if (v == null) {
            merged.remove(k);
          } else {
            merged.put(k, v);
          }
        });
    return new NlpConfig(
        merged,
        documentTimeout,
        maxChars,
        sentimentModel,
        mentionTypes,
        gazetteer,
        aliases,
        sentimentModelFile,
        entitySentiment,
        entitySentimentHead);
  }

  /** This config with another per-document time limit. */
  public NlpConfig withDocumentTimeout(Duration timeout) {
    return new NlpConfig(
        corenlp,
        timeout,
        maxChars,
        sentimentModel,
        mentionTypes,
        gazetteer,
        aliases,
        sentimentModelFile,
        entitySentiment,
        entitySentimentHead);
  }

  /**
   * This config without entity sentiment ({@code nlp.entity-sentiment=none}), for tools that read
   * sentences only and should not load the encoder.
   */
  public NlpConfig withoutEntitySentiment() {
    return new NlpConfig(
        corenlp,
        documentTimeout,
        maxChars,
        sentimentModel,
        mentionTypes,
        gazetteer,
        aliases,
        sentimentModelFile,
        EntitySentimentModels.NONE,
        Optional.empty());
  }

  private List<String> pipelineLines() {
    List<String> lines = new ArrayList<>();
    lines.add("corenlp.version=" + coreNlpVersion());
    corenlp.forEach((k, v) -> lines.add(k + "=" + v));
    gazetteer.forEach(e -> lines.add("gazetteer\t" + e.line()));
    return lines;
  }

  private static String hash(List<String> lines) {
    return Hashes.sha256Hex(String.join("\n", lines)).substring(0, 16);
  }

  // Optional fields of GazetteerEntry are not Serializable; ship the plain text form instead.
  private Object writeReplace() {
    return new SerialForm(
        new TreeMap<>(corenlp),
        documentTimeout.toMillis(),
        maxChars,
        sentimentModel,
        new ArrayList<>(mentionTypes),
        String.join("\n", gazetteer.stream().map(GazetteerEntry::line).toList()),
        new TreeMap<>(aliases.canonicalByKey()),
        sentimentModelFile.map(SentimentModelFile::fileName).orElse(null),
        sentimentModelFile.map(SentimentModelFile::content).orElse(null),
        entitySentiment,
        entitySentimentHead.map(SentimentModelFile::fileName).orElse(null),
        entitySentimentHead.map(SentimentModelFile::content).orElse(null));
  }

  /** The serialized form of {@link NlpConfig}: only JDK types. */
  private record SerialForm(
      TreeMap<String, String> corenlp,
      long timeoutMillis,
      int maxChars,
      String sentimentModel,
      ArrayList<String> mentionTypes,
      String gazetteer,
      TreeMap<String, String> aliases,
      String modelFileName,
      byte[] modelContent,
      String entitySentiment,
      String headFileName,
      byte[] headContent)
      implements Serializable {
    private Object readResolve() {
      return new NlpConfig(
          corenlp,
          Duration.ofMillis(timeoutMillis),
          maxChars,
          sentimentModel,
          mentionTypes,
          GazetteerEntry.parse(gazetteer, "serialized NlpConfig"),
          new EntityAliases(aliases),
          file(modelFileName, modelContent),
          entitySentiment,
          file(headFileName, headContent));
    }

    private static Optional<SentimentModelFile> file(String name, byte[] content) {
      return content == null ? Optional.empty() : Optional.of(SentimentModelFile.of(name, content));
    }
  }
}
