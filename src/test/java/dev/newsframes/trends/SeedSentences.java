package dev.newsframes.trends;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Seed-page sentences with their CoreNLP tokens and lemmas, from a test fixture. */
record SeedSentences(String text, List<String> tokens, List<String> lemmas) {

  static List<SeedSentences> load() {
    try (InputStream in = SeedSentences.class.getResourceAsStream("/frames/seed-sentences.json")) {
      JsonNode root = new ObjectMapper().readTree(in);
      List<SeedSentences> out = new ArrayList<>();
      for (JsonNode s : root.get("sentences")) {
        out.add(
            new SeedSentences(
                s.get("text").asText(), strings(s.get("tokens")), strings(s.get("lemmas"))));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
