package dev.newsframes.cli;

import dev.newsframes.runtime.Recompute;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newsframes report}: the static HTML report, its charts and CSV exports. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a static report folder readable offline: index.html, charts and CSV files.",
      "index.html opens in any browser, charts/*.svg are the charts, csv/*.csv the trend tables"
          + " for spreadsheets. Missing tables are noted, not fatal."
    })
public final class ReportCommand extends StageCommand.Single {
  @Mixin FullRefreshOption refresh = new FullRefreshOption();

  public ReportCommand() {
    super(new ReportOptions());
  }

  @Override
  Recompute recompute() {
    return refresh.recompute();
  }
}
