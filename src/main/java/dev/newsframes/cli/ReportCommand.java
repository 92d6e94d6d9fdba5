package dev.newsframes.cli;

import picocli.CommandLine.Command;

/** {@code newsframes report}: the static HTML report, its charts and CSV exports. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a static report folder: index.html (opens offline in any browser), charts/*.svg",
      "and csv/*.csv (the trend tables, for spreadsheets). Missing tables are noted, not fatal."
    })
public final class ReportCommand extends StageCommand.Single {
  public ReportCommand() {
    super(new ReportOptions());
  }
}
