package dev.newsframes.cli;

import dev.newsframes.common.Period;
import dev.newsframes.report.CorpusDescription;
import dev.newsframes.report.ReportJob;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options of the report stage, shared by {@code report} and {@code run}. */
public final class ReportOptions implements StageCommand.StageOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = {"-o", "--output", "--report-output"},
      paramLabel = "DIR",
      description =
          "Local directory of the report (default: W-report beside a local --warehouse W,"
              + " 'report' beside one named 'warehouse'; ./report for a remote one).")
  Path output;

  @Option(
      names = "--show-period",
      paramLabel = "PERIOD",
      description =
          "Granularity the report shows: day, week or month (default: month, else week, else day,"
              + " as trends computed).")
  String period;

  @Option(
      names = "--frame-group",
      paramLabel = "GROUP",
      defaultValue = "ai_policy",
      description = "Frame group charted and quoted (default: ${DEFAULT-VALUE}).")
  String frameGroup;

  @Option(
      names = "--show-entities",
      paramLabel = "N",
      defaultValue = "12",
      description = "Entities the report shows (default: ${DEFAULT-VALUE}).")
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
      names = "--corpus",
      paramLabel = "FILE",
      description = {
        "What the corpus is (YAML: topic, name, description), for the report's title and first"
            + " paragraph.",
        "Default: corpus.yaml beside a local warehouse, if there is one (notebooks-data/corpus.yaml"
            + " describes the bundled sample); another warehouse is not labelled as the sample."
      })
  Path corpus;

  @Option(
      names = "--csv-max-rows",
      paramLabel = "N",
      defaultValue = "1000000",
      description = "Rows per CSV export at most (default: ${DEFAULT-VALUE}).")
  long csvMaxRows;

  /** The stage for a warehouse; bad values fail here, before Spark starts. */
  @Override
  public ReportJob toStage(String warehouse) {
    try {
      return new ReportJob(
          new ReportJob.Options(
              output != null ? output : besideWarehouse(warehouse),
              Optional.ofNullable(period).map(Period::parse),
              frameGroup,
              topEntities,
              evidencePerFrame,
              maxPeriods,
              maxSpikes,
              csvMaxRows,
              corpus(warehouse)));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  /**
   * The corpus description: {@code --corpus}, which must exist, else {@code corpus.yaml} beside a
   * local warehouse when present, so a warehouse of other inputs is never titled as the sample.
   */
  private Optional<CorpusDescription> corpus(String warehouse) {
    if (corpus != null) {
      if (!Files.isRegularFile(corpus)) {
        throw new ParameterException(spec.commandLine(), "Corpus description not found: " + corpus);
      }
      return Optional.of(CorpusDescription.load(corpus));
    }
    Path beside = besideWarehouse(warehouse).resolveSibling("corpus.yaml");
    boolean local = !warehouse.contains("://") || warehouse.startsWith("file:");
    return local && Files.isRegularFile(beside)
        ? Optional.of(CorpusDescription.load(beside))
        : Optional.empty();
  }

  /**
   * The report folder beside a local warehouse, named after it: {@code NAME-report}, so two
   * warehouses in one folder ({@code /tmp/a}, {@code /tmp/b}) never overwrite each other's report;
   * a warehouse folder named {@code warehouse} gives {@code report} ({@code
   * notebooks-data/warehouse} gives {@code notebooks-data/report}). {@code ./report} for a remote
   * warehouse, since the report is local.
   */
  static Path besideWarehouse(String warehouse) {
    if (warehouse.contains("://") && !warehouse.startsWith("file:")) {
      return Path.of("report");
    }
    Path local = Path.of(warehouse.replaceFirst("^file:(//)?", "")).toAbsolutePath().normalize();
    if (local.getParent() == null || local.getFileName() == null) {
      return Path.of("report");
    }
    String name = local.getFileName().toString();
    return local.getParent().resolve(name.equals("warehouse") ? "report" : name + "-report");
  }
}
