package dev.newsframes.cli.tooling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.cli.ExitCode;
import dev.newsframes.testing.CommandRun;
import dev.newsframes.trends.presence.FramePresenceModel;
import dev.newsframes.trends.presence.PresenceModelFile;
import dev.newsframes.trends.presence.SentenceClassifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage errors of {@code evaluate frames}: all refused before Spark starts, with exit code 2. */
class EvaluateFramesCommandTest {
  @TempDir Path dir;

  private Path labels() throws IOException {
    return Files.writeString(
        dir.resolve("labels.jsonl"),
        "{\"file\": \"pages/p1.jsonl\", \"is_article\": true, \"regulation\": true}\n",
        StandardCharsets.UTF_8);
  }

  private static CommandRun run(String... args) {
    return CommandRun.of(new EvaluateFramesCommand(), args);
  }

  /** The labels over a (not yet made) warehouse, then {@code more}. */
  private CommandRun onWarehouse(String... more) throws IOException {
    List<String> args =
        new ArrayList<>(
            List.of("--labels", labels().toString(), "--warehouse", dir.resolve("wh").toString()));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  @Test
  void labelFilesThatAreNotTextOrNotCsvAreUsageErrorsInWords() throws IOException {
    Path binary =
        Files.write(dir.resolve("labels.bin"), new byte[] {(byte) 0xff, 0x00, (byte) 0xc3});
    Path unterminated =
        Files.writeString(
            dir.resolve("cut.csv"),
            "news_title,Q3 Theme1\n\"Cut short,3\n",
            StandardCharsets.UTF_8);

    for (String format : List.of("codebook", "gvfc", "climate")) {
      CommandRun r = run("--labels", binary.toString(), "--format", format);
      assertThat(r.exitCode()).as(format).isEqualTo(ExitCode.USAGE);
      assertThat(r.err()).as(format).contains(binary + ": not UTF-8 text");
    }
    CommandRun cut = run("--labels", unterminated.toString(), "--format", "gvfc");
    assertThat(cut.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(cut.err())
        .contains("Cannot read GVFC labels " + unterminated + ": (startline 2) EOF reached");
  }

  @Test
  void labelsAreRequiredAndMustBeReadable() {
    assertThat(run().exitCode()).isEqualTo(ExitCode.USAGE);
    CommandRun missing = run("--labels", dir.resolve("nope.jsonl").toString());
    assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(missing.err()).contains("Cannot read labels").contains("nope.jsonl");
  }

  @Test
  void withoutAWarehouseThePagesAreNeeded() throws IOException {
    CommandRun r = run("--labels", labels().toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("--pages");
  }

  @Test
  void anOutputThatCannotBeWrittenIsRefused() throws IOException {
    Path missing = dir.resolve("gone/p.tsv");
    CommandRun r = onWarehouse("--output", missing.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("Cannot write --output " + missing + ": no such folder");
  }

  @Test
  void predictionsNeedFolds() throws IOException {
    CommandRun r = onWarehouse("--predictions", dir.resolve("p.tsv").toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("--predictions writes the out-of-fold answers of --folds");
  }

  @Test
  void thePublicSetsRefuseTheCodebookOnlyOptions() throws IOException {
    CommandRun r =
        run(
            "--format",
            "gvfc",
            "--labels",
            labels().toString(),
            "--output",
            dir.resolve("p.tsv").toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("--format gvfc prints its cross-validated figures only");
  }

  @Test
  void runTrendsNeedsAWarehouse() throws IOException {
    CommandRun r = run("--labels", labels().toString(), "--run-trends");
    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("--run-trends needs --warehouse");
  }

  @Test
  void badPresenceOptionsAndQuestionsAreRefused() throws IOException {
    String w = dir.resolve("wh").toString();
    String l = labels().toString();
    assertThat(run("--labels", l, "--warehouse", w, "--run-trends", "--presence-rule", "x").err())
        .contains("--presence-rule takes any-hit or S,T");
    assertThat(
            run(
                    "--labels",
                    l,
                    "--warehouse",
                    w,
                    "--run-trends",
                    "--presence-model",
                    dir.resolve("m.json").toString())
                .err())
        .contains("Presence model not found");
    assertThat(run("--labels", l, "--warehouse", w, "--questions", "regulation").err())
        .contains("--questions takes at least two questions");
  }

  @Test
  void aModelWhoseSentenceClassifierCannotReadTheShippedStatesIsRefusedBeforeSpark()
      throws IOException {
    String shipped = PresenceModelFile.toJson(FramePresenceModel.loadDefault(), Map.of());
    String source = "\"" + SentenceClassifier.DEFAULT_SOURCE + "\"";
    Path wide = dir.resolve("wide.json");
    Files.writeString(wide, shipped.replace(source, "\"bge-small-q:plain:mean:2,3\""));
    Path unknown = dir.resolve("unknown.json");
    Files.writeString(unknown, shipped.replace(source, "\"gpt-9:plain:mean:5\""));
    for (Path model : List.of(wide, unknown)) {
      CommandRun r = onWarehouse("--run-trends", "--presence-model", model.toString());
      assertThat(r.exitCode()).as(model.toString()).isEqualTo(ExitCode.USAGE);
      assertThat(r.err())
          .contains("frame '")
          .contains(
              model.equals(wide)
                  ? "gives 768 values, the classifier has 384"
                  : "state source 'gpt-9:plain:mean:5'");
    }
  }

  private Path gvfc() throws IOException {
    return Files.writeString(
        dir.resolve("gvfc.csv"),
        "news_title,Q3 Theme1\nNRA sues Florida,1\nSenate passes gun bill,3\n",
        StandardCharsets.UTF_8);
  }

  @Test
  void gvfcOptionsAreCheckedBeforeSparkStarts() throws IOException {
    String l = gvfc().toString();
    assertThat(run("--labels", l, "--format", "xml").err())
        .contains("--format takes codebook, gvfc or climate, got 'xml'");
    CommandRun both =
        run("--labels", l, "--format", "gvfc", "--train", l, "--warehouse", dir.toString());
    assertThat(both.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(both.err()).contains("--train ingests both files in a scratch warehouse");
    assertThat(run("--labels", l, "--format", "gvfc", "--folds", "3").err())
        .contains("--folds must be between 2 and the 2 headlines, got 3");
    Path lexicon =
        Files.writeString(
            dir.resolve("other.yaml"),
            "version: 1\nframes:\n  - id: weather\n    label: Weather\n    group: other\n    lemmas: [rain]\n",
            StandardCharsets.UTF_8);
    CommandRun unmapped =
        run("--labels", l, "--format", "gvfc", "--folds", "2", "--frames", lexicon.toString());
    assertThat(unmapped.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(unmapped.err()).contains("No frame of").contains("answers a GVFC frame");
    Path bad = Files.writeString(dir.resolve("bad.csv"), "title\nx\n", StandardCharsets.UTF_8);
    assertThat(run("--labels", bad.toString(), "--format", "gvfc").err())
        .contains("has no column 'news_title'");
  }

  @Test
  void climateOptionsAreCheckedBeforeSparkStarts() throws IOException {
    Path tsv =
        Files.writeString(
            dir.resolve("climate.tsv"),
            "ID\tsource\tmbfc\tdate\ttext\tRE\tHI\tCO\tMO\tEC\n"
                + "1\tbbc\tx\t2018-01-05\tA text\tTrue\tFalse\tFalse\tFalse\tFalse\n"
                + "2\tnpr\tx\t2018-01-06\tAnother\tFalse\tFalse\tTrue\tFalse\tFalse\n",
            StandardCharsets.UTF_8);
    String l = tsv.toString();
    assertThat(run("--labels", l, "--format", "climate", "--train", l, "--folds", "2").err())
        .contains(
            "--train ingests both files in a scratch warehouse: drop --warehouse and --folds");
    assertThat(run("--labels", l, "--format", "climate", "--train", "missing.tsv").err())
        .contains("Cannot read --train missing.tsv: no such file");
    assertThat(run("--labels", l, "--format", "climate").err())
        .contains("--folds must be between 2 and the 2 articles, got 10");
    Path lexicon =
        Files.writeString(
            dir.resolve("weather.yaml"),
            "version: 1\nframes:\n  - id: weather\n    label: Weather\n    group: other\n    lemmas: [rain]\n",
            StandardCharsets.UTF_8);
    CommandRun unmapped =
        run("--labels", l, "--format", "climate", "--folds", "2", "--frames", lexicon.toString());
    assertThat(unmapped.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(unmapped.err())
        .contains(
            "lacks the frames the climate mapping needs: [policy_prescription_and_evaluation,");
    Path bad =
        Files.writeString(dir.resolve("bad.tsv"), "ID\tdate\ttext\n", StandardCharsets.UTF_8);
    assertThat(run("--labels", bad.toString(), "--format", "climate").err())
        .contains("Cannot read climate labels:")
        .contains("has no frame column RE");
  }
}
