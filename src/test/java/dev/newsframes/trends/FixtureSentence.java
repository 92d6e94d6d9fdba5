package dev.newsframes.trends;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A sentence with the tokens and lemmas CoreNLP gives it, from a fixture in {@code
 * src/test/resources/frames/}; {@code FrameFixturesIT} checks them against the annotate pipeline.
 */
record FixtureSentence(String text, List<String> tokens, List<String> lemmas) {
  /** Sentences of the seed page. */
  static final String SEED = "seed-sentences.json";

  /** Sentences written to pin the lexicon fixes found on the ai-tech pages. */
  static final String LEXICON = "lexicon-sentences.json";

  static List<FixtureSentence> load(String fixture) {
    try (InputStream in = FixtureSentence.class.getResourceAsStream("/frames/" + fixture)) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture src/test/resources/frames/" + fixture);
      }
      JsonNode root = new ObjectMapper().readTree(in);
      List<FixtureSentence> out = new ArrayList<>();
      for (JsonNode s : root.get("sentences")) {
        out.add(
            new FixtureSentence(
                s.get("text").asText(), strings(s.get("tokens")), strings(s.get("lemmas"))));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read fixture " + fixture, e);
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
