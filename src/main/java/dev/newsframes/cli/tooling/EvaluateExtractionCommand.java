package dev.newsframes.cli.tooling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsframes.ingest.html.HtmlArticleExtractor;
import dev.newsframes.ingest.html.ShingleF1;
import dev.newsframes.ingest.html.ShingleF1.PageMatch;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Scores main-text extraction with the article-extraction benchmark's metric ({@link ShingleF1}).
 *
 * <p>Either extracts every {@code .html}/{@code .html.gz} page of {@code --html} (writing the
 * predictions with {@code --output}), or scores an existing predictions file ({@code
 * --predictions}), such as a peer extractor's. Exit code 2 when an input is missing or a truth page
 * has no prediction, as the benchmark refuses mismatched keys.
 */
@Command(
    name = "extraction",
    mixinStandardHelpOptions = true,
    description =
        "Score main-text extraction against a ground truth with the article-extraction"
            + " benchmark's 4-word-shingle precision, recall and F1.")
public final class EvaluateExtractionCommand implements Callable<Integer> {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Spec CommandSpec spec;

  @Option(names = "--html", paramLabel = "DIR", description = "Pages to extract (.html, .html.gz).")
  Path html;

  @Option(
      names = "--truth",
      required = true,
      paramLabel = "FILE",
      description = "ground-truth.json: {id: {articleBody, url}}.")
  Path truth;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write predictions as {id: {\"articleBody\": text}}.")
  Path output;

  @Option(
      names = "--predictions",
      paramLabel = "FILE",
      description = "Score this predictions file instead of extracting --html.")
  Path predictions;

  @Option(
      names = "--name",
      description = "Label of the printed score line.",
      defaultValue = "newsframes")
  String name;

  @Option(names = "--verbose", description = "Also list the ten worst pages.")
  boolean verbose;

  /** Runs the command alone, outside {@code newsframes evaluate}, as the benchmark scripts do. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new EvaluateExtractionCommand()).execute(args));
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if ((html == null) == (predictions == null)) {
      throw new ParameterException(
          spec.commandLine(), "Give exactly one of --html DIR or --predictions FILE.");
    }
    if (!Files.isRegularFile(truth)) {
      throw new ParameterException(
          spec.commandLine(), "Cannot read ground truth " + truth + ": no such file.");
    }
    JsonNode truthJson = JSON.readTree(truth.toFile());
    Map<String, String> predicted;
    if (predictions != null) {
      predicted = readPredictions(predictions);
    } else if (!Files.isDirectory(html)) {
      throw new ParameterException(
          spec.commandLine(), "Cannot read pages in " + html + ": not a directory.");
    } else {
      long start = System.nanoTime();
      predicted = extractAll(html, truthJson);
      double seconds = (System.nanoTime() - start) / 1e9;
      err.printf(Locale.ROOT, "extracted %d pages in %.1f s%n", predicted.size(), seconds);
      truthJson = onlyPages(truthJson, predicted);
    }
    if (output != null) {
      writePredictions(output, predicted);
    }
    return score(truthJson, predicted, out, err);
  }

  private static Map<String, String> extractAll(Path dir, JsonNode truthJson) throws IOException {
    Map<String, String> predicted = new LinkedHashMap<>();
    for (Path file : HtmlFiles.list(dir)) {
      String id = HtmlFiles.id(file);
      Optional<String> url = Optional.ofNullable(truthJson.path(id).path("url").textValue());
      predicted.put(id, HtmlArticleExtractor.extract(HtmlFiles.read(file), url).body());
    }
    return predicted;
  }

  // Pages without an HTML file are out of this run; the benchmark scores the files it has.
  private static JsonNode onlyPages(JsonNode truthJson, Map<String, String> predicted) {
    ObjectNode kept = JSON.createObjectNode();
    truthJson
        .fields()
        .forEachRemaining(
            e -> {
              if (predicted.containsKey(e.getKey())) {
                kept.set(e.getKey(), e.getValue());
              }
            });
    return kept;
  }

  private int score(
      JsonNode truthJson, Map<String, String> predicted, PrintWriter out, PrintWriter err) {
    List<String> missing = new ArrayList<>();
    Map<String, PageMatch> pages = new LinkedHashMap<>();
    truthJson
        .fields()
        .forEachRemaining(
            e -> {
              String prediction = predicted.get(e.getKey());
              if (prediction == null) {
                missing.add(e.getKey());
              } else {
                pages.put(
                    e.getKey(),
                    ShingleF1.match(e.getValue().path("articleBody").asText(""), prediction));
              }
            });
    if (!missing.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          "Predictions do not match the ground truth: "
              + missing.size()
              + " pages have no prediction, e.g. "
              + missing.get(0));
    }
    ShingleF1.Summary s = ShingleF1.summarize(pages.values());
    out.printf(
        Locale.ROOT,
        "%-12s pages=%d  precision=%.3f  recall=%.3f  F1=%.3f  accuracy=%.3f%n",
        name,
        s.pages(),
        s.precision(),
        s.recall(),
        s.f1(),
        s.accuracy());
    if (verbose) {
      pages.entrySet().stream()
          .sorted(Comparator.comparingDouble(e -> e.getValue().f1()))
          .limit(10)
          .forEach(
              e ->
                  out.printf(
                      Locale.ROOT,
                      "  worst %s  P=%.3f R=%.3f  %s%n",
                      e.getKey(),
                      e.getValue().precision(),
                      e.getValue().recall(),
                      truthJson.path(e.getKey()).path("url").asText("")));
    }
    out.flush();
    return 0;
  }

  private static Map<String, String> readPredictions(Path file) throws IOException {
    Map<String, String> predicted = new LinkedHashMap<>();
    JSON.readTree(file.toFile())
        .fields()
        .forEachRemaining(
            e -> predicted.put(e.getKey(), e.getValue().path("articleBody").asText("")));
    return predicted;
  }

  private static void writePredictions(Path file, Map<String, String> predicted)
      throws IOException {
    ObjectNode root = JSON.createObjectNode();
    predicted.forEach((id, body) -> root.putObject(id).put("articleBody", body));
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    JSON.writeValue(file.toFile(), root);
  }
}
