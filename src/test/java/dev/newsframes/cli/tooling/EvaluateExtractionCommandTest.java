package dev.newsframes.cli.tooling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvaluateExtractionCommandTest {
  private static final String TEXT =
      "The first paragraph of the story is long enough to be the article text, with commas.";

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cmd = new CommandLine(new EvaluateExtractionCommand());
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    return cmd.execute(args);
  }

  private Path setUp() throws IOException {
    Path html = Files.createDirectories(dir.resolve("html"));
    Files.writeString(html.resolve("a.html"), "<html><body><p>" + TEXT + "</p></body></html>");
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(html.resolve("b.html.gz")))) {
      gz.write(
          ("<html><body><article><p>" + TEXT + "</p></article></body></html>")
              .getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(html.resolve("notes.txt"), "not a page");
    Path truth = dir.resolve("ground-truth.json");
    Files.writeString(
        truth,
        "{\"a\": {\"articleBody\": \""
            + TEXT
            + "\", \"url\": \"https://x.example/a\"},"
            + " \"b\": {\"articleBody\": \""
            + TEXT
            + " And a second paragraph that was missed entirely.\", \"url\": \"https://x.example/b\"}}");
    return truth;
  }

  @Test
  void extractsScoresAndWritesPredictionsById() throws IOException {
    Path truth = setUp();
    Path predictions = dir.resolve("out/pred.json");
    int code =
        run(
            "--html",
            dir.resolve("html").toString(),
            "--truth",
            truth.toString(),
            "--output",
            predictions.toString());

    assertThat(code).as("exit code, stderr: %s", err).isZero();
    assertThat(out.toString()).as("score line").contains("pages=2", "precision=1.000", "F1=");
    JsonNode written = new ObjectMapper().readTree(predictions.toFile());
    assertThat(written.fieldNames())
        .as("ids without .html / .html.gz")
        .toIterable()
        .containsExactly("a", "b");
    assertThat(written.path("b").path("articleBody").asText())
        .as("prediction of b")
        .isEqualTo(TEXT);
  }

  @Test
  void scoresAnExistingPredictionsFile() throws IOException {
    Path truth = setUp();
    Path predictions = dir.resolve("peer.json");
    Files.writeString(
        predictions,
        "{\"a\": {\"articleBody\": \"\"}, \"b\": {\"articleBody\": \"" + TEXT + "\"}}");

    int code =
        run("--predictions", predictions.toString(), "--truth", truth.toString(), "--name", "peer");

    assertThat(code).as("exit code").isZero();
    // a: empty prediction, recall 0 and no precision; b: precise, recall 13/21 shingles
    assertThat(out.toString())
        .as("score line")
        .startsWith("peer")
        .contains("precision=1.000", "recall=0.310");
  }

  @Test
  void refusesPredictionsThatMissTruthPages() throws IOException {
    Path truth = setUp();
    Path predictions = dir.resolve("partial.json");
    Files.writeString(predictions, "{\"a\": {\"articleBody\": \"x\"}}");

    assertThat(run("--predictions", predictions.toString(), "--truth", truth.toString()))
        .as("exit code")
        .isEqualTo(2);
    assertThat(err.toString()).as("error").contains("1 pages have no prediction", "b");
  }

  @Test
  void needsExactlyOneSource() throws IOException {
    Path truth = setUp();
    assertThat(run("--truth", truth.toString()))
        .as("exit code without --html or --predictions")
        .isEqualTo(2);
    assertThat(run("--html", dir.resolve("missing").toString(), "--truth", truth.toString()))
        .as("exit code for a missing directory")
        .isEqualTo(2);
  }
}
