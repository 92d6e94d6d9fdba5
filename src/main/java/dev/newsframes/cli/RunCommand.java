package dev.newsframes.cli;

import dev.newsframes.runtime.Recompute;
import dev.newsframes.runtime.Stage;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newsframes run}: every stage in order, in one Spark session. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Runs all stages in order: ingest, annotate, trends, report.",
      "Takes the options of each stage; with no --input it runs on the bundled sample."
    })
public final class RunCommand extends StageCommand {
  @Mixin IngestOptions ingest = new IngestOptions();
  @Mixin AnnotateOptions annotate = new AnnotateOptions();
  @Mixin TrendsOptions trends = new TrendsOptions();
  @Mixin ReportOptions report = new ReportOptions();

  @Override
  List<Stage> stages() {
    // every stage is built, so every option checked, before Spark starts
    return Stream.of(ingest, annotate, trends, report)
        .map(o -> (Stage) o.toStage(spark.warehouse))
        .toList();
  }

  /** annotate's --full-refresh recomputes every stage of the run. */
  @Override
  Recompute recompute() {
    return annotate.recompute();
  }
}
