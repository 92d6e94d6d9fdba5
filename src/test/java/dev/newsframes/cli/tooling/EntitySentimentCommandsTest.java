package dev.newsframes.cli.tooling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.cli.ExitCode;
import dev.newsframes.testing.CommandRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate entity-sentiment} and {@code train-entity-sentiment}: usage errors before any
 * work, and a tiny head trained on hand-written fixtures, then scored, end to end.
 */
class EntitySentimentCommandsTest {
  private static final String FIXTURES =
      "src/test/resources/dev/newsframes/sentiment/target/fixtures.jsonl";

  @TempDir Path dir;

  @Test
  void evaluateWithEntitySentimentOffIsAUsageError() {
    CommandRun r =
        CommandRun.of(
            new EvaluateEntitySentimentCommand(),
            "--input",
            FIXTURES,
            "--set",
            "nlp.entity-sentiment=none");
    assertThat(r.exitCode()).as("exit code; stderr " + r.err()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).as("message").contains("nlp.entity-sentiment=none");
  }

  @Test
  void evaluateNamesAMissingInputOrHead() {
    CommandRun noInput =
        CommandRun.of(
            new EvaluateEntitySentimentCommand(), "--input", dir.resolve("dev.jsonl").toString());
    assertThat(noInput.exitCode()).as("stderr " + noInput.err()).isEqualTo(ExitCode.USAGE);
    assertThat(noInput.err()).contains("Cannot read --input", "dev.jsonl");

    CommandRun noHead =
        CommandRun.of(
            new EvaluateEntitySentimentCommand(),
            "--input",
            FIXTURES,
            "--model",
            dir.resolve("head.bin").toString());
    assertThat(noHead.exitCode()).as("stderr " + noHead.err()).isEqualTo(ExitCode.USAGE);
    assertThat(noHead.err()).contains("--model", "head.bin");
  }

  @Test
  void evaluateRefusesAMalformedFileNamingItsLine() throws Exception {
    Path bad =
        Files.writeString(
            dir.resolve("bad.jsonl"),
            "{\"sentence_normalized\": \"Smith won.\", \"targets\": [{\"from\": 0, \"to\": 5,"
                + " \"polarity\": 3.0}]}\n",
            StandardCharsets.UTF_8);
    CommandRun r = CommandRun.of(new EvaluateEntitySentimentCommand(), "--input", bad.toString());
    assertThat(r.exitCode()).as("stderr " + r.err()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("bad.jsonl line 1", "polarity");
  }

  @Test
  void trainRefusesBadOptionsAndWritesNothing() {
    Path head = dir.resolve("head.bin");
    CommandRun oneFold =
        CommandRun.of(
            new TrainEntitySentimentCommand(),
            "--input",
            FIXTURES,
            "--output",
            head.toString(),
            "--folds",
            "1");
    assertThat(oneFold.exitCode()).as("stderr " + oneFold.err()).isEqualTo(ExitCode.USAGE);
    assertThat(oneFold.err()).contains("--folds");
    CommandRun badSources =
        CommandRun.of(
            new TrainEntitySentimentCommand(),
            "--input",
            FIXTURES,
            "--output",
            head.toString(),
            "--sources",
            "gpt-9:plain:target:m1");
    assertThat(badSources.exitCode()).as("stderr " + badSources.err()).isEqualTo(ExitCode.USAGE);
    assertThat(badSources.err()).contains("--sources", "gpt-9");
    assertThat(head).as("no head written").doesNotExist();
  }

  @Test
  void aHeadTrainedOnFixturesIsScoredAndWritesOneLinePerTarget() throws Exception {
    Path head = dir.resolve("head.bin");
    CommandRun train =
        CommandRun.of(
            new TrainEntitySentimentCommand(),
            "--input",
            FIXTURES,
            "--output",
            head.toString(),
            "--folds",
            "0",
            "--epochs",
            "60");
    assertThat(train.exitCode()).as("train; stderr " + train.err()).isEqualTo(ExitCode.OK);
    assertThat(train.last()).startsWith("head " + head);

    Path predictions = dir.resolve("predictions.jsonl");
    CommandRun eval =
        CommandRun.of(
            new EvaluateEntitySentimentCommand(),
            "--input",
            FIXTURES,
            "--model",
            head.toString(),
            "--output",
            predictions.toString());
    assertThat(eval.exitCode()).as("evaluate; stderr " + eval.err()).isEqualTo(ExitCode.OK);
    assertThat(eval.out()).contains("model trained", "baseline (every target neutral)");
    assertThat(eval.last()).startsWith("accuracy ");
    double accuracy = Double.parseDouble(eval.last().split(" ")[1]);
    assertThat(accuracy).as("a head scored on its own training fixtures").isGreaterThan(0.8);

    List<String> lines = Files.readAllLines(predictions, StandardCharsets.UTF_8);
    long targets =
        Files.readAllLines(Path.of(FIXTURES), StandardCharsets.UTF_8).stream()
            .mapToLong(l -> l.split("\"Input.gid\"").length - 1)
            .sum();
    assertThat(lines).as("one line per target").hasSize((int) targets);
    assertThat(lines.get(0))
        .as("first target's ids and prediction")
        .contains("\"Input.gid\":\"fixture_0_Smith\"", "\"from\":16", "\"predicted\":\"");
  }
}
