package dev.newsframes.cli;

import dev.newsframes.runtime.Recompute;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newsframes ingest}: raw inputs to the articles, rejects and duplicates tables. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads raw inputs into the articles, rejects and duplicates tables.",
      "Inputs: page dumps, HTML, WARC/CC-NEWS, JSON, JSON Lines, CSV and Parquet, gzip or not.",
      "Re-running on the same inputs (or --date window) replaces, never duplicates."
    })
public final class IngestCommand extends StageCommand.Single {
  @Mixin FullRefreshOption refresh = new FullRefreshOption();

  public IngestCommand() {
    super(new IngestOptions());
  }

  @Override
  Recompute recompute() {
    return refresh.recompute();
  }
}
