package dev.newsframes.cli;

import dev.newsframes.ingest.IngestJob;
import dev.newsframes.nlp.AnnotateJob;
import dev.newsframes.report.ReportJob;
import dev.newsframes.trends.TrendsJob;
import java.nio.file.Path;
import java.util.Map;
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

  @picocli.CommandLine.Option(
      names = "--report-output",
      paramLabel = "DIR",
      defaultValue = "notebooks-data/report",
      description = "Where the report is written (default: ${DEFAULT-VALUE}).")
  Path reportOutput;

  @Override
  public Integer call() throws Exception {
    // every option is checked before Spark starts
    IngestJob.Options ingestOptions = ingest.toJobOptions();
    AnnotateJob.Options annotateOptions = annotate.toJobOptions();
    TrendsJob.Options trendsOptions = trends.toJobOptions();
    return Runs.execute(
        spark,
        "run",
        spec.commandLine().getParseResult().originalArgs(),
        (session, warehouse, manifest) -> {
          manifest.put("inputs", ingestOptions.inputs());
          IngestJob.Result in = IngestJob.run(session, warehouse, ingestOptions);
          manifest.stage("ingest", in.duration(), in.counts());
          int code = Stages.report(in.summary(), in.rejectRate(), ingest.maxRejectRate);
          AnnotateJob.Result an = AnnotateJob.run(session, warehouse, annotateOptions);
          manifest.stage("annotate", an.duration(), an.counts());
          Stages.report(an.summary(), 0, 1);
          TrendsJob.Result tr = TrendsJob.run(session, warehouse, trendsOptions);
          manifest.stage("trends", tr.duration(), tr.counts());
          Stages.report(tr.summary(), 0, 1);
          ReportJob.Result rp =
              ReportJob.run(session, warehouse, ReportJob.Options.defaults(reportOutput));
          manifest.stage("report", rp.duration(), Map.of("index", rp.index().toString()));
          Stages.report(rp.summary(), 0, 1);
          return code;
        });
  }
}
