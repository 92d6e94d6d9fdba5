package dev.newsframes.nlp;

import dev.newsframes.sentiment.SentimentModelFile;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads {@link NlpConfig} from a properties file over built-in defaults.
 *
 * <p>Keys starting with {@code nlp.} are ours and are checked (an unknown one is an error, so typos
 * do not pass silently); every other key is a CoreNLP property and passes through unchanged. Paths
 * in {@code nlp.gazetteer}, {@code nlp.entity-aliases}, {@code nlp.sentiment-model-path} and {@code
 * nlp.entity-sentiment-model-path} are relative to the properties file.
 *
 * <p>The {@code parse} and {@code sentiment} annotators only feed the {@code rntn} sentiment model:
 * with any other model they are dropped from {@code annotators}, so the parser never runs for
 * nothing.
 */
public final class NlpConfigLoader {
  /** Where the command line looks for the settings by default. */
  public static final String DEFAULT_FILE = "jobs/annotate.properties";

  public static final String DOCUMENT_TIMEOUT = "nlp.document-timeout-seconds";
  public static final String MAX_CHARS = "nlp.max-chars";
  public static final String SENTIMENT_MODEL = "nlp.sentiment-model";
  public static final String MENTION_TYPES = "nlp.mention-types";
  public static final String GAZETTEER = "nlp.gazetteer";
  public static final String ENTITY_ALIASES = "nlp.entity-aliases";
  public static final String SENTIMENT_MODEL_PATH = "nlp.sentiment-model-path";
  public static final String ENTITY_SENTIMENT = "nlp.entity-sentiment";
  public static final String ENTITY_SENTIMENT_MODEL_PATH = "nlp.entity-sentiment-model-path";

  private static final Set<String> OUR_KEYS =
      Set.of(
          DOCUMENT_TIMEOUT,
          MAX_CHARS,
          SENTIMENT_MODEL,
          SENTIMENT_MODEL_PATH,
          MENTION_TYPES,
          GAZETTEER,
          ENTITY_ALIASES,
          ENTITY_SENTIMENT,
          ENTITY_SENTIMENT_MODEL_PATH);

  /** Built-in CoreNLP settings; the measurements behind them are in the README. */
  static final Map<String, String> DEFAULT_CORENLP =
      Map.of(
          "annotators", "tokenize,ssplit,pos,lemma,ner,parse,sentiment",
          "parse.model", ParserModel.SR.path(),
          "parse.maxlen", "80",
          "ssplit.newlineIsSentenceBreak", "two",
          "ner.applyFineGrained", "false",
          "ner.useSUTime", "false",
          "ner.buildEntityMentions", "true");

  static final Map<String, String> DEFAULT_NLP =
      Map.of(
          DOCUMENT_TIMEOUT,
          "120",
          MAX_CHARS,
          "100000",
          SENTIMENT_MODEL,
          SentimentModels.RNTN,
          ENTITY_SENTIMENT,
          EntitySentimentModels.DEFAULT,
          MENTION_TYPES,
          "PERSON,ORGANIZATION,LOCATION,MISC,COUNTRY,CITY,STATE_OR_PROVINCE,NATIONALITY,"
              + "RELIGION,IDEOLOGY,PRODUCT");

  private NlpConfigLoader() {}

  /** Settings from {@code file} over the defaults. */
  public static NlpConfig load(Path file) {
    return load(Optional.of(file), Map.of());
  }

  /**
   * Settings from the defaults, then {@code file} if given, then {@code overrides} (e.g. {@code
   * --set} options), each overriding the one before.
   *
   * @throws IllegalArgumentException naming the file and key when a setting is invalid
   */
  public static NlpConfig load(Optional<Path> file, Map<String, String> overrides) {
    Map<String, String> all = new TreeMap<>(DEFAULT_CORENLP);
    all.putAll(DEFAULT_NLP);
    file.ifPresent(f -> all.putAll(read(f)));
    all.putAll(overrides);
    String where = file.map(Path::toString).orElse("built-in settings");
    Path base = file.map(f -> f.toAbsolutePath().getParent()).orElse(Path.of("").toAbsolutePath());

    TreeMap<String, String> corenlp = new TreeMap<>();
    all.forEach(
        (k, v) -> {
          if (!k.startsWith("nlp.")) {
            corenlp.put(k, v);
          } else if (!OUR_KEYS.contains(k)) {
            throw new IllegalArgumentException(
                "Unknown setting " + k + " in " + where + "; known nlp.* keys: " + OUR_KEYS);
          }
        });
    List<GazetteerEntry> gazetteer =
        optionalFile(all, GAZETTEER, base)
            .map(p -> GazetteerEntry.parse(readText(p), p.toString()))
            .orElse(List.of());
    EntityAliases aliases =
        optionalFile(all, ENTITY_ALIASES, base)
            .map(p -> EntityAliases.parse(readText(p), p.toString()))
            .orElse(EntityAliases.none())
            .withGazetteer(gazetteer);
    List<String> types =
        Arrays.stream(all.get(MENTION_TYPES).split(","))
            .map(t -> t.strip().toUpperCase(Locale.ROOT))
            .filter(t -> !t.isEmpty())
            .toList();
    String sentimentModel = all.get(SENTIMENT_MODEL).strip();
    String entitySentiment = all.get(ENTITY_SENTIMENT).strip();
    List<String> annotators = List.of(corenlp.getOrDefault("annotators", "").split("\\s*,\\s*"));
    List<String> needed = SentimentModels.annotatorsFor(sentimentModel, annotators);
    if (needed.size() != annotators.size()) {
      corenlp.put("annotators", String.join(",", needed));
    }
    NlpConfig config =
        new NlpConfig(
            corenlp,
            Duration.ofMillis(Math.round(number(all, DOCUMENT_TIMEOUT, where) * 1000)),
            (int) number(all, MAX_CHARS, where),
            sentimentModel,
            types,
            gazetteer,
            aliases,
            sentimentModelFile(all, sentimentModel, base, where),
            entitySentiment,
            EntitySentimentModels.headFile(
                entitySentiment, optionalFile(all, ENTITY_SENTIMENT_MODEL_PATH, base), where));
    SentimentModels.check(config, where);
    return config;
  }

  /**
   * The trained model {@code nlp.sentiment-model=classifier} needs; empty for other models.
   *
   * @throws IllegalArgumentException when the classifier is chosen without a readable model file
   */
  private static Optional<SentimentModelFile> sentimentModelFile(
      Map<String, String> all, String model, Path base, String where) {
    if (!SentimentModels.CLASSIFIER.equals(model)) {
      return Optional.empty();
    }
    Path path =
        optionalFile(all, SENTIMENT_MODEL_PATH, base)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        SENTIMENT_MODEL
                            + "=classifier in "
                            + where
                            + " needs "
                            + SENTIMENT_MODEL_PATH
                            + ", a model file written by newsframes train-sentiment (newsframes"
                            + " ships none)"));
    if (!Files.isRegularFile(path)) {
      throw new IllegalArgumentException(
          "Cannot read "
              + SENTIMENT_MODEL_PATH
              + " in "
              + where
              + ": no such file "
              + path
              + "; train one with newsframes train-sentiment --model "
              + path);
    }
    try {
      return Optional.of(
          SentimentModelFile.of(path.getFileName().toString(), Files.readAllBytes(path)));
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "Cannot read " + SENTIMENT_MODEL_PATH + " " + path + ": " + e.getMessage(), e);
    }
  }

  private static Map<String, String> read(Path file) {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read NLP settings " + file + ": " + e.getMessage(), e);
    }
    Map<String, String> map = new LinkedHashMap<>();
    p.stringPropertyNames().forEach(k -> map.put(k.strip(), p.getProperty(k).strip()));
    return map;
  }

  private static Optional<Path> optionalFile(Map<String, String> all, String key, Path base) {
    String value = all.getOrDefault(key, "").strip();
    return value.isEmpty() ? Optional.empty() : Optional.of(base.resolve(value).normalize());
  }

  private static String readText(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + p + ": " + e.getMessage(), e);
    }
  }

  private static double number(Map<String, String> all, String key, String where) {
    String value = all.get(key);
    try {
      return Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Setting " + key + " in " + where + " is not a number: \"" + value + "\"", e);
    }
  }
}
