package dev.newsframes.cli.tooling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.cli.ExitCode;
import dev.newsframes.testing.CommandRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage errors of {@code train-frames}: all refused before Spark starts, with exit code 2. */
class TrainFramesCommandTest {
  @TempDir Path dir;

  private CommandRun run(String... more) throws IOException {
    Path labels =
        Files.writeString(
            dir.resolve("labels.jsonl"),
            "{\"file\": \"pages/p1.jsonl\", \"is_article\": true, \"regulation\": true}\n",
            StandardCharsets.UTF_8);
    Path frames =
        Files.writeString(
            dir.resolve("frames.yaml"),
            """
            frames:
              - {id: regulation, label: Regulation, group: ai_policy, lemmas: [ban]}
              - {id: competitiveness, label: Competitiveness, group: ai_policy, lemmas: [race]}
            """,
            StandardCharsets.UTF_8);
    List<String> args =
        new ArrayList<>(
            List.of(
                "--labels",
                labels.toString(),
                "--frames",
                frames.toString(),
                "--warehouse",
                dir.resolve("wh").toString()));
    args.addAll(List.of(more));
    return CommandRun.of(new TrainFramesCommand(), args.toArray(String[]::new));
  }

  @Test
  void theOutputIsRequired() throws IOException {
    CommandRun r = run();
    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("--output");
  }

  @Test
  void outputsThatCannotBeWrittenAreRefusedBeforeAnyWork() throws IOException {
    Path missing = dir.resolve("no/such/folder/p.tsv");
    CommandRun r = run("-o", dir.resolve("m.json").toString(), "--predictions", missing.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err())
        .contains(
            "Cannot write --predictions " + missing + ": no such folder " + missing.getParent());

    CommandRun folder = run("-o", dir.toString());
    assertThat(folder.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(folder.err()).contains("Cannot write --output " + dir + ": it is a folder");
    assertThat(dir.resolve("wh")).as("no warehouse was made: nothing ran").doesNotExist();
  }

  @Test
  void aNamedTopicFileMustExist() throws IOException {
    CommandRun r =
        run("-o", dir.resolve("m.json").toString(), "--topic", dir.resolve("no.yaml").toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("Topic file not found");
  }

  @Test
  void badFitOptionsAreRefusedBeforeAnyWork() throws IOException {
    Path topic =
        Files.writeString(
            dir.resolve("topic.yaml"), "topic: {id: ai, label: AI, lemmas: [robot]}\n");
    String[] base = {"-o", dir.resolve("m.json").toString(), "--topic", topic.toString()};
    assertThat(run(concat(base, "--inputs", "regulation=words")).err())
        .contains(
            "inputs of 'regulation' must be counts[+frames][+with][+terms][+sentences][/LAMBDA]");
    assertThat(run(concat(base, "--inputs", "regulation=counts/x")).err())
        .contains("lambda must be a number >= 0");
    assertThat(run(concat(base, "--inputs", "economic=counts")).err())
        .contains("--inputs names 'economic', which no question fits");
    assertThat(
            run(concat(base, "--inputs", "regulation=counts+sentences", "--quotes", "no.jsonl"))
                .err())
        .contains("--quotes: cannot read no.jsonl");
    assertThat(run(concat(base, "--threshold", "best")).err())
        .contains("--threshold takes match-share or max-f1");
    assertThat(run(concat(base, "--folds", "1")).err()).contains("--folds must be at least 2");
    assertThat(run(concat(base, "--fallback", "2")).err()).contains("--fallback takes S,T");
    assertThat(run(concat(base, "--questions", "about_ai=ai,regulation")).err())
        .contains("The first two questions must name lexicon frames");
    assertThat(run(concat(base, "--folds", "1")).exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(dir.resolve("m.json")).doesNotExist();
  }

  private static String[] concat(String[] a, String... b) {
    List<String> out = new ArrayList<>(List.of(a));
    out.addAll(List.of(b));
    return out.toArray(String[]::new);
  }
}
