package dev.newsframes.trends;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the structure of a frame lexicon YAML file into {@link Frame}s, collecting problems.
 *
 * <p>Walks the YAML tree by hand rather than binding to classes so that every problem names its
 * frame and key, and all of them are reported at once.
 */
final class FrameLexiconYaml {
  static final Set<String> TOP_KEYS = Set.of("version", "frames");
  static final Set<String> FRAME_KEYS =
      Set.of(
          "id",
          "label",
          "description",
          "group",
          "weight",
          "lemmas",
          "phrases",
          "entities",
          "ner_types",
          "exclusions");

  private final List<String> problems = new ArrayList<>();

  private FrameLexiconYaml() {}

  /** The frames in {@code yaml}; throws with every structural problem found. */
  static List<Frame> read(String yaml, String source) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
    } catch (JsonProcessingException e) {
      String where =
          e.getLocation() == null
              ? ""
              : " at line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr();
      throw new FrameLexiconException(
          source, List.of("not valid YAML" + where + ": " + e.getOriginalMessage()), e);
    }
    FrameLexiconYaml reader = new FrameLexiconYaml();
    List<Frame> frames = reader.frames(root);
    if (!reader.problems.isEmpty()) {
      throw new FrameLexiconException(source, reader.problems);
    }
    return frames;
  }

  private List<Frame> frames(JsonNode root) {
    if (root == null || !root.isObject()) {
      problems.add("expected a mapping with a 'frames' list at the top");
      return List.of();
    }
    unknownKeys(root, TOP_KEYS, "top level");
    JsonNode version = root.get("version");
    if (version != null && !(version.isInt() && version.intValue() == 1)) {
      problems.add("unsupported version '" + version.asText() + "' (this build reads version 1)");
    }
    JsonNode list = root.get("frames");
    if (list == null || !list.isArray() || list.isEmpty()) {
      problems.add("'frames' must be a non-empty list");
      return List.of();
    }
    List<Frame> frames = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      Frame frame = frame(list.get(i), i + 1);
      if (frame != null) {
        frames.add(frame);
      }
    }
    return frames;
  }

  private Frame frame(JsonNode node, int position) {
    if (!node.isObject()) {
      problems.add("frame #" + position + ": expected a mapping with id, label, group and terms");
      return null;
    }
    JsonNode idNode = node.get("id");
    String id = idNode != null && idNode.isTextual() ? idNode.asText().strip() : "";
    String where = id.isEmpty() ? "frame #" + position : "frame '" + id + "' (#" + position + ")";
    if (id.isEmpty()) {
      problems.add(where + ": missing 'id'");
    }
    unknownKeys(node, FRAME_KEYS, where);
    return new Frame(
        id,
        text(node, "label", where),
        node.hasNonNull("description") ? node.get("description").asText().strip() : "",
        text(node, "group", where),
        weight(node, where),
        strings(node, "lemmas", where, Case.LOWER),
        strings(node, "phrases", where, Case.LOWER),
        strings(node, "entities", where, Case.KEEP),
        strings(node, "ner_types", where, Case.UPPER),
        strings(node, "exclusions", where, Case.LOWER));
  }

  private enum Case {
    LOWER,
    UPPER,
    KEEP
  }

  private String text(JsonNode node, String key, String where) {
    JsonNode value = node.get(key);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      problems.add(where + ": missing '" + key + "'");
      return "";
    }
    return value.asText().strip();
  }

  private double weight(JsonNode node, String where) {
    JsonNode value = node.get("weight");
    if (value == null || value.isNull()) {
      return 1.0;
    }
    if (!value.isNumber()) {
      problems.add(where + ": 'weight' must be a number, got '" + value.asText() + "'");
      return 1.0;
    }
    return value.doubleValue();
  }

  private List<String> strings(JsonNode node, String key, String where, Case c) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      problems.add(where + ": '" + key + "' must be a list, e.g. " + key + ": [a, b]");
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (JsonNode item : value) {
      if (!(item.isTextual() || item.isNumber())) {
        problems.add(where + ": '" + key + "' entry '" + item.asText() + "' is not text; quote it");
        continue;
      }
      String s = item.asText().strip().replaceAll("\\s+", " ");
      out.add(
          switch (c) {
            case LOWER -> s.toLowerCase(Locale.ROOT);
            case UPPER -> s.toUpperCase(Locale.ROOT);
            case KEEP -> s;
          });
    }
    return out;
  }

  private void unknownKeys(JsonNode node, Set<String> known, String where) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!known.contains(key)) {
        problems.add(
            where
                + ": unknown key '"
                + key
                + "' (known: "
                + String.join(", ", known.stream().sorted().toList())
                + ")");
      }
    }
  }
}
