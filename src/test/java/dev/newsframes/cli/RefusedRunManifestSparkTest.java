package dev.newsframes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run refused for its input records the exit code the process returns, not a generic 1. */
class RefusedRunManifestSparkTest {
  @TempDir Path dir;

  @Test
  void anEmptyInputExitsTwoAndTheRunManifestSaysTwo() throws IOException {
    Path input = Files.createDirectories(dir.resolve("empty"));
    Path warehouse = dir.resolve("warehouse");

    int code = Main.execute("ingest", "--warehouse", warehouse.toString(), "-i", input.toString());

    assertThat(code).isEqualTo(ExitCode.USAGE);
    List<Path> manifests;
    try (Stream<Path> runs = Files.list(warehouse.resolve("_runs"))) {
      manifests = runs.filter(p -> p.toString().endsWith(".json")).toList();
    }
    assertThat(manifests).hasSize(1);
    JsonNode doc = new ObjectMapper().readTree(manifests.get(0).toFile());
    assertThat(doc.get("exit_code").asInt()).isEqualTo(ExitCode.USAGE);
    assertThat(doc.get("status").asText()).isEqualTo("refused");
    assertThat(doc.get("error").asText()).contains("No input files under");
  }
}
