package dev.newsframes.cli.tooling;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsframes.io.Warehouse;
import dev.newsframes.lab.evaluate.PresenceCv;
import dev.newsframes.sentiment.target.SentenceStates;
import dev.newsframes.trends.presence.QuotedArticle;
import dev.newsframes.trends.presence.SentenceClassifier;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What {@code +sentences} inputs are fitted from: the state of every sentence of the labelled
 * articles (encoded on the driver), the coders' quotes found among those sentences, and the states
 * of the sentences with an entity mention (the ones a classifier scores, as trends scores them).
 *
 * @param quoted by label file, every sentence's state and the quoted sentences per frame
 * @param scored by label file, the states of its sentences with a mention
 * @param quotes quotes found among the sentences
 * @param missing non-empty quotes of held articles that match no sentence
 * @param sentences sentences encoded
 * @param seconds time spent encoding
 */
record SentenceInputs(
    Map<String, QuotedArticle> quoted,
    Map<String, List<float[]>> scored,
    int quotes,
    int missing,
    int sentences,
    double seconds) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A quote matches a sentence it contains, or lies within, once both are normalised. */
  private static final int MIN_SENTENCE_CHARS = 15;

  /**
   * Reads the held pages' sentences and encodes them.
   *
   * @param held file, article_id of the labelled pages (see {@link LabelledArticles#held})
   * @param quoteFiles codebook label files with {@code <question>_quote} fields
   * @param questionFrames question key to the frame it is about
   * @param source the state source of the classifiers
   */
  static SentenceInputs load(
      Warehouse warehouse,
      Dataset<Row> held,
      List<Path> quoteFiles,
      Map<String, String> questionFrames,
      String source)
      throws IOException {
    Map<String, List<String>> texts = LabelledArticles.sentenceTexts(warehouse, held);
    Map<String, Set<Integer>> mentioned = LabelledArticles.mentionedSentences(warehouse, held);
    List<String> all = new ArrayList<>();
    texts.values().forEach(all::addAll);
    long t0 = System.nanoTime();
    List<float[]> states =
        SentenceStates.of(source).encode(all, Runtime.getRuntime().availableProcessors());
    double seconds = (System.nanoTime() - t0) / 1e9;
    Map<String, Map<String, Set<Integer>>> quotes = new HashMap<>();
    int[] found = new int[2];
    for (Path f : quoteFiles) {
      readQuotes(f, texts, questionFrames, quotes, found);
    }
    Map<String, QuotedArticle> quoted = new LinkedHashMap<>();
    Map<String, List<float[]>> scored = new LinkedHashMap<>();
    int at = 0;
    for (Map.Entry<String, List<String>> e : texts.entrySet()) {
      float[][] s = states.subList(at, at + e.getValue().size()).toArray(float[][]::new);
      at += s.length;
      quoted.put(e.getKey(), new QuotedArticle(s, quotes.getOrDefault(e.getKey(), Map.of())));
      List<float[]> m = new ArrayList<>();
      for (int i : mentioned.getOrDefault(e.getKey(), Set.of())) {
        if (i < s.length) {
          m.add(s[i]);
        }
      }
      scored.put(e.getKey(), m);
    }
    return new SentenceInputs(quoted, scored, found[0], found[1], all.size(), seconds);
  }

  /** A setup and the articles it is fitted on, with sentence states when the setup reads them. */
  record Prepared(PresenceCv.Setup setup, LabelledArticles articles) {}

  /**
   * {@code setup} and {@code articles} ready to fit: when a fitted frame reads {@code +sentences},
   * the labelled pages' sentences are encoded, the quotes matched, and one line says so on {@code
   * err}; otherwise both are returned as they are.
   */
  static Prepared prepare(
      Warehouse warehouse,
      Dataset<Row> held,
      PresenceCv.Setup setup,
      LabelledArticles articles,
      List<Path> quoteFiles,
      PrintWriter err)
      throws IOException {
    if (!setup.readsSentences()) {
      return new Prepared(setup, articles);
    }
    String source = SentenceClassifier.DEFAULT_SOURCE;
    SentenceInputs in = load(warehouse, held, quoteFiles, setup.questions(), source);
    err.println(in.summary(source));
    return new Prepared(setup.withSentences(source, in.quoted()), articles.withStates(in.scored()));
  }

  /** One line for the user: what the classifiers are fitted on. */
  String summary(String source) {
    return String.format(
        Locale.ROOT,
        "sentence classifiers: %d sentences of %d articles encoded (%s) in %.0f s; %d quotes found"
            + " among them, %d not found",
        sentences,
        quoted.size(),
        source,
        seconds,
        quotes,
        missing);
  }

  /**
   * The JSON objects of a label file with quotes, blank lines skipped.
   *
   * @throws IllegalArgumentException naming the line that is not JSON
   */
  static List<JsonNode> quoteLines(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<JsonNode> out = new ArrayList<>();
    for (int n = 0; n < lines.size(); n++) {
      if (!lines.get(n).isBlank()) {
        try {
          out.add(JSON.readTree(lines.get(n)));
        } catch (JsonProcessingException e) {
          throw new IllegalArgumentException(
              "Cannot read quotes at " + file + " line " + (n + 1) + ": " + e.getOriginalMessage(),
              e);
        }
      }
    }
    return out;
  }

  private static void readQuotes(
      Path file,
      Map<String, List<String>> texts,
      Map<String, String> questionFrames,
      Map<String, Map<String, Set<Integer>>> out,
      int[] found)
      throws IOException {
    for (JsonNode node : quoteLines(file)) {
      List<String> sentences = texts.get(node.path("file").asText());
      if (sentences == null) {
        continue;
      }
      for (Map.Entry<String, String> q : questionFrames.entrySet()) {
        JsonNode quote = node.path(q.getKey() + "_quote");
        if (!quote.isTextual() || quote.asText().isBlank()) {
          continue;
        }
        Set<Integer> at = matching(quote.asText(), sentences);
        found[at.isEmpty() ? 1 : 0]++;
        out.computeIfAbsent(node.path("file").asText(), f -> new HashMap<>())
            .computeIfAbsent(q.getValue(), f -> new TreeSet<>())
            .addAll(at);
      }
    }
  }

  /**
   * The sentences a quote points at: those it contains or that contain it, compared in lower case
   * with punctuation and spacing folded (coders copy across sentence breaks and quote marks);
   * sentences under {@value #MIN_SENTENCE_CHARS} characters never match.
   */
  static Set<Integer> matching(String quote, List<String> sentences) {
    String q = norm(quote);
    Set<Integer> out = new TreeSet<>();
    for (int i = 0; i < sentences.size(); i++) {
      String s = norm(sentences.get(i));
      if (s.length() >= MIN_SENTENCE_CHARS && (q.contains(s) || s.contains(q))) {
        out.add(i);
      }
    }
    return out;
  }

  private static String norm(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
