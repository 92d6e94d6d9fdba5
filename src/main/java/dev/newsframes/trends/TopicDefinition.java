package dev.newsframes.trends;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What makes an article "about" the subject of a study (e.g. AI), as terms matched like a frame's.
 *
 * <p>Read from the {@code topic:} section of a lexicon YAML file (keys {@code id, label,
 * description, lemmas, phrases, entities, exclusions}, same rules as a frame's); other sections are
 * ignored. Validation is the frame lexicon's own, so a topic term that could never match fails the
 * same way a frame term does. The topic's hits are scored like a frame's ({@code
 * FramePresenceModel} under {@link #id()}).
 */
public record TopicDefinition(Frame terms) {
  /** The group name the topic's pseudo-frame carries. */
  public static final String GROUP = "topic";

  public TopicDefinition {
    FrameLexicon.of("topic '" + terms.id() + "'", List.of(terms)); // validates, throws if invalid
  }

  /** The topic's id, under which its hits are listed. */
  public String id() {
    return terms.id();
  }

  /** A matcher that reports the topic's hits per sentence as a frame hit under {@link #id()}. */
  public FrameMatcher matcher() {
    return lexicon().matcher();
  }

  /** The topic as a one-frame lexicon, to match it wherever frames are matched. */
  public FrameLexicon lexicon() {
    return FrameLexicon.of("topic '" + id() + "'", List.of(terms));
  }

  /** Reads the {@code topic:} section of a YAML file (UTF-8), if it has one. */
  public static Optional<TopicDefinition> load(Path file) {
    try {
      return fromYaml(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot read topic file " + file + ": " + e, e);
    }
  }

  /**
   * The {@code topic:} section of lexicon YAML, if it has one; {@code source} names it in errors.
   */
  public static Optional<TopicDefinition> fromYaml(String yaml, String source) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "Invalid topic in " + source + ": not valid YAML: " + e.getOriginalMessage(), e);
    }
    JsonNode node = root == null ? null : root.get("topic");
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    String id = node.path("id").asText("");
    Frame frame =
        new Frame(
            id,
            node.path("label").asText(id),
            node.path("description").asText(""),
            GROUP,
            1.0,
            strings(node, "lemmas", true),
            strings(node, "phrases", true),
            strings(node, "entities", false),
            List.of(),
            strings(node, "exclusions", true));
    try {
      return Optional.of(new TopicDefinition(frame));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Invalid topic in " + source + ": " + e.getMessage(), e);
    }
  }

  private static List<String> strings(JsonNode node, String key, boolean lowerCase) {
    List<String> out = new ArrayList<>();
    for (JsonNode item : node.path(key)) {
      String s = item.asText().strip().replaceAll("\\s+", " ");
      out.add(lowerCase ? s.toLowerCase(Locale.ROOT) : s);
    }
    return out;
  }
}
