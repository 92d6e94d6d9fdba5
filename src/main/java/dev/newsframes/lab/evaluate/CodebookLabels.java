package dev.newsframes.lab.evaluate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads codebook label files: JSON Lines, one page per line (see {@code frames-codebook.md}).
 *
 * <p>Every key with a boolean or null value other than {@code is_article} is a yes/no question, so
 * labels for frames of a user's own lexicon read the same way; {@code dominant} is a string or
 * null; other keys (quotes) are ignored. A malformed line fails the read with its line number.
 */
public final class CodebookLabels {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CodebookLabels() {}

  /** The labels of a file, in file order; blank lines are skipped. */
  public static List<CodebookLabel> read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<CodebookLabel> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        out.add(parse(lines.get(i), file + " line " + (i + 1)));
      }
    }
    return out;
  }

  /** One line; {@code where} names it in error messages. */
  public static CodebookLabel parse(String line, String where) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "Cannot read label at " + where + ": " + e.getOriginalMessage(), e);
    }
    if (node == null || !node.path("file").isTextual()) {
      throw new IllegalArgumentException("Cannot read label at " + where + ": no 'file'");
    }
    Map<String, Optional<Boolean>> answers = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = e.getKey();
      boolean question = e.getValue().isBoolean() || e.getValue().isNull();
      if (question
          && !key.equals("is_article")
          && !key.equals("dominant")
          && !key.endsWith("_quote")) {
        answers.put(
            key,
            e.getValue().isNull() ? Optional.empty() : Optional.of(e.getValue().booleanValue()));
      }
    }
    JsonNode dominant = node.path("dominant");
    return new CodebookLabel(
        node.get("file").asText(),
        node.path("is_article").asBoolean(true),
        answers,
        dominant.isTextual() ? Optional.of(dominant.asText()) : Optional.empty());
  }
}
