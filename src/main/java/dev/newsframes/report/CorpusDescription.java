package dev.newsframes.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the corpus is, in words, for the report's title and first paragraph: a small YAML file
 * ({@code notebooks-data/corpus.yaml} for the bundled sample) with {@code topic}, {@code name} and
 * {@code description}. The report says what it was run on, so government statements are not read as
 * press coverage.
 *
 * @param topic what the frames are about, as in "How AI policy is framed over time"
 * @param name the corpus in a few words
 * @param description what it holds and how it was chosen
 */
public record CorpusDescription(String topic, String name, String description) {
  public CorpusDescription {
    if (topic.isBlank()) {
      throw new IllegalArgumentException("a corpus description needs a topic");
    }
  }

  /**
   * Reads a corpus file.
   *
   * @throws IllegalArgumentException naming the file and the problem
   */
  public static CorpusDescription load(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "Cannot read corpus description " + file + ": " + e.getMessage(), e);
    }
    if (root == null || !root.isObject() || !root.path("topic").isTextual()) {
      throw new IllegalArgumentException(
          "Corpus description " + file + " needs at least a 'topic' (also 'name', 'description')");
    }
    return new CorpusDescription(
        root.path("topic").asText().strip(),
        text(root, "name").orElse(""),
        text(root, "description").orElse(""));
  }

  private static Optional<String> text(JsonNode root, String field) {
    return root.path(field).isTextual()
        ? Optional.of(root.path(field).asText().strip().replaceAll("\\s+", " "))
        : Optional.empty();
  }
}
