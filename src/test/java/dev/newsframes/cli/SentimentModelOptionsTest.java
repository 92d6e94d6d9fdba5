package dev.newsframes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.cli.tooling.EvaluateSentimentCommand;
import dev.newsframes.cli.tooling.TrainSentimentCommand;
import dev.newsframes.testing.CommandRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Misconfigured sentiment models stop commands before any work, with exit code 2. */
class SentimentModelOptionsTest {
  @TempDir Path dir;

  private static CommandRun run(Object command, String... args) {
    return CommandRun.of(command, args);
  }

  @Test
  void annotateWithClassifierButNoModelFileIsAUsageError() {
    CommandRun r =
        run(
            new AnnotateCommand(),
            "--warehouse",
            dir.resolve("wh").toString(),
            "--set",
            "nlp.sentiment-model=classifier");
    assertThat(r.exitCode()).as("exit code; stderr " + r.err()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).as("message").contains("nlp.sentiment-model-path", "train-sentiment");
    assertThat(dir.resolve("wh")).as("nothing written").doesNotExist();
  }

  @Test
  void annotateWithAMissingModelFileNamesIt() {
    CommandRun r =
        run(
            new AnnotateCommand(),
            "--warehouse",
            dir.resolve("wh").toString(),
            "--set",
            "nlp.sentiment-model=classifier",
            "--set",
            "nlp.sentiment-model-path=" + dir.resolve("news.ser.gz"));
    assertThat(r.exitCode()).as("exit code; stderr " + r.err()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).as("message").contains("no such file " + dir.resolve("news.ser.gz"));
  }

  @Test
  void evaluateWithAMissingModelIsAUsageError() {
    CommandRun r =
        run(
            new EvaluateSentimentCommand(),
            "--input",
            "src/test/resources/sentiment/test.txt",
            "--format",
            "fpb",
            "--model",
            dir.resolve("absent.ser.gz").toString());
    assertThat(r.exitCode()).as("exit code; stderr " + r.err()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).as("message").contains("--model: no such file");
  }

  @Test
  void trainSentimentRefusesOneFold() {
    CommandRun r =
        run(
            new TrainSentimentCommand(),
            "--input",
            "src/test/resources/sentiment/train.csv",
            "--format",
            "csv",
            "--model",
            dir.resolve("m.ser.gz").toString(),
            "--folds",
            "1");
    assertThat(r.exitCode()).as("exit code; stderr " + r.err()).isEqualTo(ExitCode.USAGE);
    assertThat(dir.resolve("m.ser.gz")).as("no model written").doesNotExist();
  }
}
