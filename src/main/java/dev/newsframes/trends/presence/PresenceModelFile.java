package dev.newsframes.trends.presence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads and writes presence model files: small JSON documents a reviewer can read.
 *
 * <p>Shape (version 1): {@code {"format": "newsframes-presence", "version": 1, "topic": "ai",
 * "fallback": {"min_sentences": 2, "min_distinct_terms": 2}, "frames": [{"frame": "regulation",
 * "other": "competitiveness", "threshold": 0.45, "intercept": -1.2, "features": [{"name":
 * "log_sentences", "weight": 1.1, "mean": 0.8, "scale": 0.9}]}], "provenance": {...}}}. Weights are
 * on standardised inputs, so their sizes compare. {@code provenance} (what it was fitted on,
 * cross-validated figures) is free-form and ignored on reading. Reading fails with every problem
 * listed, naming the source.
 */
public final class PresenceModelFile {
  static final String FORMAT = "newsframes-presence";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private PresenceModelFile() {}

  /** Reads a model file (UTF-8). */
  public static FramePresenceModel read(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot read presence model " + file + ": " + e, e);
    }
  }

  /** Reads a model from the classpath. */
  public static FramePresenceModel readResource(String resource) {
    try (InputStream in = PresenceModelFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Presence model resource " + resource + " is missing");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses model JSON; {@code source} names it in error messages. */
  public static FramePresenceModel parse(String json, String source) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "Invalid presence model " + source + ": not JSON: " + e.getOriginalMessage(), e);
    }
    List<String> problems = new ArrayList<>();
    if (root == null || !FORMAT.equals(root.path("format").asText())) {
      problems.add("'format' must be '" + FORMAT + "'");
    } else if (root.path("version").asInt() != 1) {
      problems.add("unsupported version '" + root.path("version").asText() + "' (reads 1)");
    }
    Map<String, FrameModel> models = new LinkedHashMap<>();
    FallbackRule fallback = FallbackRule.DEFAULT;
    if (problems.isEmpty()) {
      fallback = fallback(root.path("fallback"), problems);
      for (JsonNode node : root.path("frames")) {
        PresenceModelJson.frame(node, problems).ifPresent(m -> models.put(m.frame(), m));
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "Invalid presence model " + source + ": " + String.join("; ", problems));
    }
    Optional<String> topic = Optional.ofNullable(root.path("topic").textValue());
    return new FramePresenceModel(models, fallback, topic, fittedLexicon(root));
  }

  /**
   * The fingerprint of the lexicon the model was fitted with, from its provenance ({@code
   * "lexicon": "PATH FINGERPRINT"}, as train-frames writes it); empty when the file does not say.
   */
  private static Optional<String> fittedLexicon(JsonNode root) {
    String lexicon = root.path("provenance").path("lexicon").asText("");
    String last = lexicon.substring(lexicon.lastIndexOf(' ') + 1);
    return last.matches("[0-9a-f]{64}") ? Optional.of(last) : Optional.empty();
  }

  private static FallbackRule fallback(JsonNode node, List<String> problems) {
    if (node.isMissingNode()) {
      return FallbackRule.DEFAULT;
    }
    try {
      return new FallbackRule(
          node.path("min_sentences").asInt(0), node.path("min_distinct_terms").asInt(0));
    } catch (IllegalArgumentException e) {
      problems.add("fallback: " + e.getMessage());
      return FallbackRule.DEFAULT;
    }
  }

  /** The model as JSON text, with {@code provenance} (any JSON-able map) stored beside it. */
  public static String toJson(FramePresenceModel model, Map<String, ?> provenance) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("version", 1);
    model.topic().ifPresent(t -> root.put("topic", t));
    ObjectNode fallback = root.putObject("fallback");
    fallback.put("min_sentences", model.fallback().minSentences());
    fallback.put("min_distinct_terms", model.fallback().minDistinctTerms());
    ArrayNode frames = root.putArray("frames");
    // by frame id: the same model always gives the same text (it keys unchanged-run checks)
    new TreeMap<>(model.models())
        .values()
        .forEach(m -> frames.add(PresenceModelJson.node(m, JSON)));
    root.set("provenance", JSON.valueToTree(provenance));
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write presence model JSON", e);
    }
  }

  /** Writes the model to {@code file} (UTF-8). */
  public static void write(FramePresenceModel model, Map<String, ?> provenance, Path file)
      throws IOException {
    Files.writeString(file, toJson(model, provenance), StandardCharsets.UTF_8);
  }
}
