package dev.newsframes.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newsframes report}: the static HTML report, its charts and CSV exports. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a static report folder readable offline: index.html, charts and CSV files.",
      "index.html opens in any browser, charts/*.svg are the charts, csv/*.csv the trend tables"
          + " for spreadsheets. Missing tables are noted, not fatal."
    })
public final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SparkOptions spark = new SparkOptions();
  @Mixin FullRefreshOption refresh = new FullRefreshOption();
  @Mixin ReportOptions report = new ReportOptions();

  @Override
  public Integer call() throws Exception {
    return Runs.execute(spark, spec, List.of(report.toStage(spark.warehouse)), refresh.recompute());
  }
}
