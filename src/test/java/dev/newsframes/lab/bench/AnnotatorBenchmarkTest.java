package dev.newsframes.lab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotatorBenchmarkTest {
  @TempDir Path dir;

  @Test
  void samplesFilesInNumericOrderSkippingTheMenuAndShortPages() throws Exception {
    String menu = "Menu ".repeat(20); // 100 chars of chrome
    Files.writeString(dir.resolve("10.txt"), menu + "ten ".repeat(100), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("9.txt"), menu + "nine ".repeat(100), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("2.txt"), menu + "short", StandardCharsets.UTF_8);
    List<String> docs = AnnotatorBenchmark.sampleDocuments(dir, 5, 100, 50);
    assertThat(docs).as("9 before 10; 2.txt too short").hasSize(2);
    assertThat(docs.get(0)).as("first document").startsWith("nine").doesNotContain("Menu");
    assertThat(docs.get(1).length()).as("cut to doc chars").isLessThanOrEqualTo(50);
  }
}
