package dev.newsframes.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newsframes ingest}: raw inputs to the articles, rejects and duplicates tables. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads raw inputs into the articles, rejects and duplicates tables.",
      "Inputs: page dumps, HTML, WARC/CC-NEWS, JSON, JSON Lines, CSV and Parquet, gzip or not.",
      "Re-running on the same inputs (or --date window) replaces, never duplicates."
    })
public final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SparkOptions spark = new SparkOptions();
  @Mixin FullRefreshOption refresh = new FullRefreshOption();
  @Mixin IngestOptions ingest = new IngestOptions();

  @Override
  public Integer call() throws Exception {
    return Runs.execute(spark, spec, List.of(ingest.toStage()), refresh.recompute());
  }
}
