package dev.newsframes.cli;

import dev.newsframes.common.Period;
import dev.newsframes.report.ReportJob;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code newsframes report}: the static HTML report, its charts and CSV exports. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a static report folder: index.html (opens in any browser, offline),",
      "charts/*.svg and csv/*.csv (the trend tables, for spreadsheets).",
      "Missing tables are noted in the report, not fatal."
    })
public final class ReportCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger("newsframes");

  @Spec CommandSpec spec;
  @Mixin SparkOptions spark = new SparkOptions();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      defaultValue = "notebooks-data/report",
      description = "Local directory of the report (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(
      names = "--period",
      paramLabel = "PERIOD",
      description = "day, week or month (default: month, else week, else day, as computed).")
  String period;

  @Option(
      names = "--frame-group",
      paramLabel = "GROUP",
      defaultValue = "ai_policy",
      description = "Frame group charted and quoted (default: ${DEFAULT-VALUE}).")
  String frameGroup;

  @Option(
      names = "--top-entities",
      paramLabel = "N",
      defaultValue = "12",
      description = "Entities shown (default: ${DEFAULT-VALUE}).")
  int topEntities;

  @Option(
      names = "--evidence-per-frame",
      paramLabel = "N",
      defaultValue = "5",
      description = "Evidence sentences quoted per frame (default: ${DEFAULT-VALUE}).")
  int evidencePerFrame;

  @Option(
      names = "--max-periods",
      paramLabel = "N",
      defaultValue = "120",
      description = "Latest periods shown (default: ${DEFAULT-VALUE}).")
  int maxPeriods;

  @Option(
      names = "--max-spikes",
      paramLabel = "N",
      defaultValue = "30",
      description = "Most recent spikes listed (default: ${DEFAULT-VALUE}).")
  int maxSpikes;

  @Option(
      names = "--csv-max-rows",
      paramLabel = "N",
      defaultValue = "1000000",
      description = "Rows per CSV export at most (default: ${DEFAULT-VALUE}).")
  long csvMaxRows;

  @Override
  public Integer call() throws Exception {
    ReportJob.Options options = options();
    SparkSession session = spark.session("report");
    ReportJob.Result r = ReportJob.run(session, spark.warehouse(session), options);
    LOG.info(r.summary());
    r.notes().forEach(n -> LOG.warn("report note: " + n));
    return ExitCode.OK;
  }

  /** The job options; bad values fail here, before Spark starts. */
  ReportJob.Options options() {
    try {
      return new ReportJob.Options(
          output,
          Optional.ofNullable(period).map(Period::parse),
          frameGroup,
          topEntities,
          evidencePerFrame,
          maxPeriods,
          maxSpikes,
          csvMaxRows);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }
}
