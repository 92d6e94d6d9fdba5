package dev.newsframes.lab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaleCorpusTest {
  static final SentencePool POOL =
      SentencePool.of(
          IntStream.range(0, 500)
              .mapToObj(i -> "Sentence number " + i + " says something about policy.")
              .toList(),
          List.of("A title about chips", "Another title about rules"));

  @TempDir Path tmp;

  @Test
  void writesShardsWithCopiesAsCounted() throws IOException {
    ScaleCorpus.Summary s = ScaleCorpus.write(tmp.resolve("c"), 2_500, 7, POOL);
    assertThat(s.files()).isEqualTo(3);
    List<JsonNode> records = read(tmp.resolve("c"));
    assertThat(records).hasSize(2_500);
    Set<String> ids = new HashSet<>();
    Set<String> texts = new HashSet<>();
    for (JsonNode r : records) {
      ids.add(r.get("id").asText());
      texts.add(r.get("text").asText());
      assertThat(r.get("date").asText()).matches("20(19|2[0-3])-\\d\\d-\\d\\d");
    }
    assertThat(ids).as("every record its own id").hasSize(2_500);
    assertThat(records.size() - texts.size())
        .as("exact copies repeat a text")
        .isEqualTo(s.exactCopies());
    assertThat(s.exactCopies()).isBetween(200, 300);
    assertThat(s.nearCopies()).isBetween(90, 160);
  }

  @Test
  void theSameSeedWritesTheSameCorpus() throws IOException {
    ScaleCorpus.write(tmp.resolve("a"), 300, 42, POOL);
    ScaleCorpus.write(tmp.resolve("b"), 300, 42, POOL);
    assertThat(Files.readString(tmp.resolve("b/part-00000.jsonl")))
        .isEqualTo(Files.readString(tmp.resolve("a/part-00000.jsonl")));
  }

  private static List<JsonNode> read(Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> out = new ArrayList<>();
    try (var files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        for (String line : Files.readAllLines(f)) {
          out.add(json.readTree(line));
        }
      }
    }
    return out;
  }
}
