package dev.newsframes.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newsframes run}: every stage in order, in one Spark session. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Runs all stages in order: ingest, annotate, trends, report.",
      "Takes the options of each stage; with no --input it runs on the bundled sample."
    })
public final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SparkOptions spark = new SparkOptions();
  @Mixin IngestOptions ingest = new IngestOptions();
  @Mixin AnnotateOptions annotate = new AnnotateOptions();
  @Mixin TrendsOptions trends = new TrendsOptions();
  @Mixin ReportOptions report = new ReportOptions();

  @Override
  public Integer call() throws Exception {
    // every stage is built, so every option checked, before Spark starts
    return Runs.execute(
        spark,
        spec,
        List.of(
            ingest.toStage(),
            annotate.toStage(),
            trends.toStage(),
            report.toStage(spark.warehouse)),
        annotate.recompute());
  }
}
