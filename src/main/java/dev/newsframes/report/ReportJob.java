package dev.newsframes.report;

import dev.newsframes.common.Period;
import dev.newsframes.io.Tables;
import dev.newsframes.io.Warehouse;
import dev.newsframes.report.ReportData.BalanceFrames;
import dev.newsframes.report.ReportData.CsvFile;
import dev.newsframes.report.ReportData.EntitySummary;
import dev.newsframes.report.ReportData.FrameInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The report stage: reads the warehouse, writes {@code index.html}, {@code charts/*.svg} and {@code
 * csv/*.csv} into a local directory, and returns what it wrote.
 *
 * <p>Only bounded aggregates reach the driver (periods are capped by {@code maxPeriods}, lists by
 * explicit limits); the CSV exports stream through the driver a partition at a time and stop at
 * {@code csvMaxRows}. Missing or empty tables never fail the job: the report says what is missing
 * and which stage writes it.
 */
public final class ReportJob {
  private ReportJob() {}

  /**
   * @param output local directory of the report; index.html, charts/ and csv/ in it are replaced
   * @param period granularity to show; empty for month, else week, else day, whichever exists
   * @param frameGroup frame group charted and quoted, e.g. {@code ai_policy}
   * @param topEntities entities in the entity chart and table
   * @param evidencePerFrame evidence sentences quoted per frame
   * @param maxPeriods latest periods shown in charts and tables
   * @param maxSpikes most recent spikes listed
   * @param csvMaxRows rows per CSV export at most
   */
  public record Options(
      Path output,
      Optional<Period> period,
      String frameGroup,
      int topEntities,
      int evidencePerFrame,
      int maxPeriods,
      int maxSpikes,
      long csvMaxRows) {
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
      return new Options(output, Optional.empty(), "ai_policy", 12, 5, 120, 30, 1_000_000);
    }

    public Options withPeriod(Period p) {
      return new Options(
          output,
          Optional.of(p),
          frameGroup,
          topEntities,
          evidencePerFrame,
          maxPeriods,
          maxSpikes,
          csvMaxRows);
    }

    public Options withTopEntities(int n) {
      return new Options(
          output, period, frameGroup, n, evidencePerFrame, maxPeriods, maxSpikes, csvMaxRows);
    }

    public Options withCsvMaxRows(long n) {
      return new Options(
          output, period, frameGroup, topEntities, evidencePerFrame, maxPeriods, maxSpikes, n);
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
      Duration duration) {

    /** The one-line summary the command prints. */
    public String summary() {
      return String.format(
          Locale.ROOT,
          "report: %d %s periods, %d charts, %d CSV files, %d notes in %.1fs -> %s",
          periods,
          granularity.orElse("(no)"),
          charts,
          csvFiles.size(),
          notes.size(),
          duration.toMillis() / 1000.0,
          index);
    }
  }

  public static Result run(SparkSession spark, Warehouse warehouse, Options options)
      throws IOException {
    long start = System.nanoTime();
    ReportCollector in = new ReportCollector(spark, warehouse);
    ReportData data = collect(in, warehouse, options);
    ReportFiles files = ReportFiles.prepare(options.output());
    List<CsvFile> csv = CsvExportCollector.write(in, files, options.csvMaxRows());
    data = data.withExports(csv, in.notes());
    List<Chart> charts = ReportCharts.all(data);
    for (Chart c : charts) {
      files.write(c.file(), c.svg());
    }
    Path index = files.write("index.html", ReportPage.render(data, charts));
    return new Result(
        index,
        data.granularity(),
        (int)
            Stream.concat(
                    data.balance().stream().map(ReportData.BalancePoint::period),
                    data.shares().stream().map(ReportData.SharePoint::period))
                .distinct()
                .count(),
        charts.size(),
        csv,
        data.notes(),
        Duration.ofNanos(System.nanoTime() - start));
  }

  /** Reads and aggregates everything the page shows. */
  static ReportData collect(ReportCollector in, Warehouse warehouse, Options options) {
    Optional<Dataset<Row>> articles = in.table(Tables.ARTICLES);
    Optional<Dataset<Row>> sentences = in.table(Tables.SENTENCES);
    Optional<Dataset<Row>> mentions = in.table(Tables.MENTIONS);
    Optional<Dataset<Row>> frameTrends = in.table(Tables.FRAME_TRENDS);
    Optional<Dataset<Row>> frameBalance = in.table(Tables.FRAME_BALANCE);
    Optional<Dataset<Row>> entityTrends = in.table(Tables.ENTITY_TRENDS);
    Optional<Dataset<Row>> spikes = in.table(Tables.SPIKES);
    Optional<Dataset<Row>> evidence = in.table(Tables.EVIDENCE);
    List<FrameInfo> all = in.frames(in.table(Tables.FRAMES), frameTrends);
    List<FrameInfo> shown = shownFrames(in, all, options.frameGroup());
    List<String> ids = shown.stream().map(FrameInfo::id).toList();
    BalanceFrames balanceFrames = in.balanceFrames(frameBalance, all);
    Optional<String> granularity =
        in.granularity(frameTrends.or(() -> frameBalance), options.period().map(Period::code));
    Builder b = new Builder();
    granularity.ifPresent(
        g -> {
          LocalDate from =
              firstPeriod(in, frameTrends.or(() -> frameBalance).get(), g, options.maxPeriods());
          in.describe("series");
          int periods = options.maxPeriods();
          frameTrends.ifPresent(t -> b.shares = TrendCollector.shares(t, g, from, ids, periods));
          frameBalance.ifPresent(t -> b.balance = TrendCollector.balance(t, g, from, periods));
          entityTrends.ifPresent(
              t -> {
                b.entities = TrendCollector.topEntities(t, g, from, options.topEntities());
                List<String> names = b.entities.stream().map(EntitySummary::entity).toList();
                b.entityPoints = TrendCollector.entityPoints(t, g, from, names, periods);
              });
          in.describe("spikes");
          spikes.ifPresent(
              t -> {
                b.spikes = TrendCollector.spikes(t, g, options.maxSpikes());
                b.totalSpikes = TrendCollector.spikeCount(t, g);
              });
          b.spikeEvidence =
              TrendCollector.spikeEvidence(
                  in, g, b.spikes, evidence, mentions, sentences, articles);
          in.describe("evidence");
          evidence.ifPresent(
              t ->
                  b.frameEvidence =
                      TrendCollector.frameEvidence(t, g, from, ids, options.evidencePerFrame()));
        });
    ReportData.DataQuality quality = QualityCollector.collect(in, articles, sentences);
    return new ReportData(
        warehouse.root(),
        Instant.now(),
        granularity,
        options.frameGroup(),
        shown,
        balanceFrames,
        b.shares,
        b.balance,
        b.entities,
        b.entityPoints,
        b.spikes,
        b.totalSpikes,
        b.spikeEvidence,
        b.frameEvidence,
        quality,
        in.notes(),
        List.of());
  }

  /** The frames of the group; all frames (with a note) when the group has none. */
  private static List<FrameInfo> shownFrames(
      ReportCollector in, List<FrameInfo> all, String group) {
    List<FrameInfo> inGroup = all.stream().filter(f -> f.group().equals(group)).toList();
    if (!inGroup.isEmpty() || all.isEmpty()) {
      return inGroup;
    }
    in.note(
        "No frame is in the group '"
            + group
            + "'; showing the first frames of the lexicon instead.");
    return all.subList(0, Math.min(10, all.size()));
  }

  private static LocalDate firstPeriod(
      ReportCollector in, Dataset<Row> trendTable, String granularity, int max) {
    in.describe("periods");
    List<LocalDate> periods =
        ReportTransforms.latestPeriods(trendTable, granularity, max).collectAsList().stream()
            .map(r -> ReportRows.date(r, "period_start").orElseThrow())
            .toList();
    if (periods.size() == max) {
      in.note(
          "Showing the latest "
              + max
              + " "
              + granularity
              + "s only (--max-periods); the CSV files have them all.");
    }
    return periods.stream().min(LocalDate::compareTo).orElse(LocalDate.MIN);
  }

  /** Mutable holder while collecting; empty lists when a table is missing. */
  private static final class Builder {
    List<ReportData.SharePoint> shares = List.of();
    List<ReportData.BalancePoint> balance = List.of();
    List<EntitySummary> entities = List.of();
    List<ReportData.EntityPoint> entityPoints = List.of();
    List<ReportData.SpikeItem> spikes = List.of();
    long totalSpikes;
    Map<Integer, List<ReportData.EvidenceItem>> spikeEvidence = Map.of();
    List<ReportData.EvidenceItem> frameEvidence = List.of();
  }
}
