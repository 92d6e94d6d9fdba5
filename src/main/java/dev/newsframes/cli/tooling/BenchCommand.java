package dev.newsframes.cli.tooling;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsframes bench}: throughput benchmarks that print medians of several runs. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Throughput benchmarks on real inputs: ingest and annotate print medians of --runs runs, nlp one timed pass per variant and thread count.",
    subcommands = {
      BenchIngestCommand.class,
      BenchAnnotateCommand.class,
      BenchNlpCommand.class,
      BenchScaleCommand.class
    })
public final class BenchCommand implements Runnable {
  @picocli.CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
  }
}
