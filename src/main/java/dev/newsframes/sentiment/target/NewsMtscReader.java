package dev.newsframes.sentiment.target;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads NewsMTSC-format JSON lines: one sentence per line ({@code sentence_normalized}) with its
 * {@code targets} ({@code Input.gid}, {@code from}, {@code to}, {@code polarity} 2/4/6).
 *
 * <p>Targets keep file order. A malformed line fails the read with its file and line number.
 */
public final class NewsMtscReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private NewsMtscReader() {}

  /** Every target of the file, in order. */
  public static List<LabelledTarget> read(Path file) throws IOException {
    List<LabelledTarget> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        try {
          parseLine(line, out);
        } catch (IOException | RuntimeException e) {
          throw new IOException(
              "Cannot read NewsMTSC line in " + file + " line " + lineNo + ": " + e.getMessage(),
              e);
        }
      }
    }
    return out;
  }

  private static void parseLine(String line, List<LabelledTarget> out) throws IOException {
    JsonNode node = JSON.readTree(line);
    String sentence = node.path("sentence_normalized").asText(null);
    if (sentence == null) {
      throw new IOException("no sentence_normalized");
    }
    for (JsonNode t : node.path("targets")) {
      String id = t.path("Input.gid").asText(node.path("primary_gid").asText(""));
      TargetInput input = new TargetInput(sentence, t.path("from").asInt(), t.path("to").asInt());
      out.add(new LabelledTarget(id, input, TargetLabel.ofNewsMtsc(t.path("polarity").asDouble())));
    }
  }
}
