package dev.newsframes.report;

import dev.newsframes.common.Period;
import dev.newsframes.common.Plural;
import dev.newsframes.io.StageState;
import dev.newsframes.io.Tables;
import dev.newsframes.io.Warehouse;
import dev.newsframes.report.ReportData.CsvFile;
import dev.newsframes.runtime.SettingsKey;
import dev.newsframes.runtime.Stage;
import dev.newsframes.runtime.UnchangedRun;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The report stage: reads the warehouse, writes {@code index.html}, {@code charts/*.svg} and {@code
 * csv/*.csv} into a local directory, and returns what it wrote.
 *
 * <p>Only bounded aggregates reach the driver (periods are capped by {@code maxPeriods}, lists by
 * explicit limits); the CSV exports stream through the driver a partition at a time and stop at
 * {@code csvMaxRows}. Missing or empty tables never fail the job: the report says what is missing
 * and which stage writes it.
 */
public final class ReportJob implements Stage {
  private static final Logger LOG = LoggerFactory.getLogger(ReportJob.class);

  /**
   * @param output local directory of the report; index.html, charts/ and csv/ in it are replaced
   * @param period granularity to show; empty for month, else week, else day, whichever exists
   * @param frameGroup frame group charted and quoted, e.g. {@code ai_policy}
   * @param topEntities entities in the entity chart and table
   * @param evidencePerFrame evidence sentences quoted per frame
   * @param maxPeriods latest periods shown in charts and tables
   * @param maxSpikes most recent spikes listed
   * @param csvMaxRows rows per CSV export at most
   * @param corpus what the corpus is, for the title and first paragraph, if described
   */
  public record Options(
      Path output,
      Optional<Period> period,
      String frameGroup,
      int topEntities,
      int evidencePerFrame,
      int maxPeriods,
      int maxSpikes,
      long csvMaxRows,
      Optional<CorpusDescription> corpus) {
    public Options {
      if (topEntities < 1
          || evidencePerFrame < 1
          || maxPeriods < 1
          || maxSpikes < 1
          || csvMaxRows < 1) {
        throw new IllegalArgumentException(
            "top entities, evidence per frame, max periods, max spikes and CSV rows must be >= 1");
      }
    }

    /**
     * ai_policy frames, 12 entities, 5 sentences per frame, 120 periods, 30 spikes, 1M CSV rows.
     */
    public static Options defaults(Path output) {
      return new Options(
          output, Optional.empty(), "ai_policy", 12, 5, 120, 30, 1_000_000, Optional.empty());
    }
  }

  /**
   * What one run wrote.
   *
   * @param granularity the period shown, if there were trends
   * @param periods periods shown
   * @param notes what the report says is missing or cut
   */
  public record Result(
      Path index,
      Optional<String> granularity,
      int periods,
      int charts,
      List<CsvFile> csvFiles,
      List<String> notes,
      Duration duration)
      implements Stage.Result {

    @Override
    public Map<String, Object> counts() {
      return Map.of("index", index.toString(), "periods", periods, "notes", notes.size());
    }

    @Override
    public String summary() {
      return String.format(
          Locale.ROOT,
          "report: %s, %s, %s, %s in %.1fs -> %s",
          granularity.isEmpty()
              ? "no periods"
              : Plural.count(
                  periods, granularity.get() + " period", granularity.get() + " periods"),
          Plural.count(charts, "chart", "charts"),
          Plural.count(csvFiles.size(), "CSV file", "CSV files"),
          Plural.count(notes.size(), "note", "notes"),
          duration.toMillis() / 1000.0,
          index);
    }
  }

  private final Options options;

  public ReportJob(Options options) {
    this.options = options;
  }

  /** The options this job was built with. */
  public Options options() {
    return options;
  }

  @Override
  public String name() {
    return "report";
  }

  /** The report reads the warehouse and writes a local folder. */
  @Override
  public boolean writesWarehouse() {
    return false;
  }

  @Override
  public Map<String, Object> settings() {
    return Map.of("output", options.output().toString());
  }

  /**
   * Unchanged when every warehouse table, the options and the report's own files are what they were
   * after the last run; the record sits in the report folder.
   */
  @Override
  public Optional<UnchangedRun> unchangedRun(SparkSession spark, Warehouse warehouse) {
    String folder = localUri(options.output());
    return Optional.of(
        UnchangedRun.of(
            StageState.inFolder(warehouse.hadoopConf(), folder, name()),
            // frame_validation too: a new evaluation changes the page's trust section
            warehouse.paths(
                Stream.concat(Tables.ALL.stream(), Tables.EVALUATE_OUTPUTS.stream()).toList()),
            SettingsKey.of(options),
            Stream.of("index.html", "charts", "csv")
                .map(f -> localUri(options.output().resolve(f)))
                .toList()));
  }

  /**
   * A local file's URI without the trailing slash {@link Path#toUri} adds to a directory only once
   * it exists: with it, the outputs' stamp changed between the run that created them and the next.
   */
  private static String localUri(Path p) {
    String uri = p.toAbsolutePath().toUri().toString();
    return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
  }

  @Override
  public Result run(SparkSession spark, Warehouse warehouse) throws IOException {
    long start = System.nanoTime();
    warehouse.requireSomeTable(); // missing tables are notes; no table at all is a wrong path
    ReportTablesCollector in = new ReportTablesCollector(spark, warehouse);
    ReportData data = ReportDataCollector.collect(in, warehouse, options);
    ReportFiles files = ReportFiles.prepare(options.output());
    List<CsvFile> csv = CsvExportCollector.write(in, files, options.csvMaxRows());
    data = data.withExports(csv, in.notes());
    List<Chart> charts = ReportCharts.all(data);
    for (Chart c : charts) {
      files.write(c.file(), c.svg());
    }
    Path index = files.write("index.html", ReportPage.render(data, charts, options.corpus()));
    data.notes().forEach(n -> LOG.warn("report: {}", n)); // what the page notes, on the console too
    int periods =
        (int)
            Stream.concat(
                    data.balance().stream().map(ReportData.BalancePoint::period),
                    data.shares().stream().map(ReportData.SharePoint::period))
                .distinct()
                .count();
    return new Result(
        index,
        data.granularity(),
        periods,
        charts.size(),
        csv,
        data.notes(),
        Duration.ofNanos(System.nanoTime() - start));
  }
}
