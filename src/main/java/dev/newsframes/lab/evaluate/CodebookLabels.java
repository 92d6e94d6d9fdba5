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

  /** The codebook's yes/no questions. */
  public static final List<String> CODEBOOK_QUESTIONS =
      List.of("regulation", "competitiveness", "about_ai");

  /** The codebook's pair of frames, the answers of {@code dominant} besides both and neither. */
  public static final List<String> CODEBOOK_PAIR = List.of("regulation", "competitiveness");

  /** The labels of a file with the codebook's questions, in file order. */
  public static List<CodebookLabel> read(Path file) throws IOException {
    return read(file, CODEBOOK_QUESTIONS, CODEBOOK_PAIR);
  }

  /**
   * The labels of a file, in file order; blank lines are skipped. A line whose answer to one of
   * {@code questions} (or {@code is_article}) is not true, false or null, or whose {@code dominant}
   * is not null, one of the {@code pair}'s frames, {@code both} or {@code neither}, fails the read.
   */
  public static List<CodebookLabel> read(Path file, List<String> questions, List<String> pair)
      throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<CodebookLabel> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        out.add(parse(lines.get(i), file + " line " + (i + 1), questions, pair));
      }
    }
    return out;
  }

  /** One line with the codebook's questions; {@code where} names it in error messages. */
  public static CodebookLabel parse(String line, String where) {
    return parse(line, where, CODEBOOK_QUESTIONS, CODEBOOK_PAIR);
  }

  /** One line, checked as {@link #read(Path, List, List)} does. */
  public static CodebookLabel parse(
      String line, String where, List<String> questions, List<String> pair) {
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
    List<String> yesNo = new ArrayList<>(questions);
    yesNo.add("is_article");
    for (String key : yesNo) {
      JsonNode v = node.get(key);
      if (v != null && !v.isBoolean() && !v.isNull()) {
        throw new IllegalArgumentException(
            "Cannot read label at "
                + where
                + ": '"
                + key
                + "' must be true, false or null, not "
                + v);
      }
    }
    JsonNode dominant = node.path("dominant");
    if (!dominant.isMissingNode() && !dominant.isNull()) {
      List<String> allowed = new ArrayList<>(pair);
      allowed.addAll(List.of("both", "neither"));
      if (!dominant.isTextual() || !allowed.contains(dominant.asText())) {
        throw new IllegalArgumentException(
            "Cannot read label at "
                + where
                + ": 'dominant' must be null or one of "
                + String.join(", ", allowed)
                + ", not "
                + dominant);
      }
    }
    return new CodebookLabel(
        node.get("file").asText(),
        node.path("is_article").asBoolean(true),
        answers,
        dominant.isTextual() ? Optional.of(dominant.asText()) : Optional.empty());
  }
}
