package dev.newsframes.cli.tooling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.testing.CommandRun;
import org.junit.jupiter.api.Test;

/** The evaluate commands end to end on tiny fixtures, with the real models. */
class EvaluateCommandsIT {
  private static final String NUMBER = "\\d+\\.\\d{4}";

  private static CommandRun run(Object command, String... args) {
    return CommandRun.of(command, args);
  }

  @Test
  void nerPrintsPerTypeScoresAndTheOverallLineLast() {
    CommandRun r = run(new EvaluateNerCommand(), "--conll", "src/test/resources/nlp/mini.conll");
    assertThat(r.exitCode()).as("exit code; output " + r.lines()).isZero();
    assertThat(r.lines())
        .as("mapping stated")
        .anyMatch(l -> l.startsWith("type mapping: PERSON->PER"));
    assertThat(r.lines())
        .as("per-type line")
        .anyMatch(l -> l.matches("LOC\\s+precision " + NUMBER + ".*"));
    assertThat(r.last())
        .as("last line")
        .matches("overall precision " + NUMBER + " recall " + NUMBER + " f1 " + NUMBER);
    double f1 = Double.parseDouble(r.last().replaceAll(".* f1 ", ""));
    assertThat(f1).as("F1 on easy newswire sentences").isGreaterThan(0.7);
  }

  @Test
  void sentimentOnFpbPrintsAccuracyAndMacroF1Last() {
    CommandRun r =
        run(
            new EvaluateSentimentCommand(),
            "--input",
            "src/test/resources/nlp/mini-fpb.txt",
            "--format",
            "fpb",
            "--parser",
            "sr");
    assertThat(r.exitCode()).as("exit code; output " + r.lines()).isZero();
    assertThat(r.lines()).as("items").anyMatch(l -> l.contains("6 of 6 items"));
    assertThat(r.last()).as("last line").matches("accuracy " + NUMBER + " macro-f1 " + NUMBER);
  }

  @Test
  void sentimentOnSemevalAddsCorrelations() {
    CommandRun r =
        run(
            new EvaluateSentimentCommand(),
            "--input",
            "src/test/resources/nlp/mini-semeval.json",
            "--format",
            "SEMEVAL",
            "--limit",
            "3");
    assertThat(r.exitCode()).as("exit code; output " + r.lines()).isZero();
    assertThat(r.lines()).as("subsample").anyMatch(l -> l.contains("3 of 4 items"));
    assertThat(r.lines())
        .as("accuracy line")
        .anyMatch(l -> l.matches("accuracy " + NUMBER + " macro-f1 " + NUMBER));
    assertThat(r.last())
        .as("last line")
        .matches("pearson -?" + NUMBER + " spearman -?" + NUMBER + " sign-accuracy " + NUMBER);
  }

  @Test
  void badOptionsExitWithUsageCode2() {
    CommandRun r =
        run(new EvaluateSentimentCommand(), "--input", "no-such-file.txt", "--format", "fpb");
    assertThat(r.exitCode()).as("missing input").isEqualTo(2);
    assertThat(String.join("\n", r.lines())).as("message").contains("no-such-file.txt");
    CommandRun bad = run(new EvaluateSentimentCommand(), "--input", "pom.xml", "--format", "xml");
    assertThat(bad.exitCode()).as("unknown format").isEqualTo(2);
  }
}
