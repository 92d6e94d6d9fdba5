package dev.newsframes.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.newsframes.common.Period;
import dev.newsframes.io.StageState;
import dev.newsframes.io.Tables;
import dev.newsframes.io.Warehouse;
import dev.newsframes.report.ReportData.BalanceFrames;
import dev.newsframes.report.ReportData.EntitySummary;
import dev.newsframes.report.ReportData.FrameInfo;
import dev.newsframes.report.ReportData.Validation;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Collects everything the report page shows from the warehouse, bounded: periods are capped by
 * {@code maxPeriods}, lists by explicit limits.
 */
final class ReportDataCollector {
  private ReportDataCollector() {}

  /** Reads and aggregates everything the page shows. */
  static ReportData collect(
      ReportTablesCollector in, Warehouse warehouse, ReportJob.Options options) {
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
    Collected b = new Collected();
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
        validation(warehouse),
        topic(warehouse),
        in.notes(),
        List.of());
  }

  /**
   * The topic's coverage from {@code article_topics} (one small row per topic), and whether the
   * last trends run counted only its articles, from that run's recorded state; none without the
   * table.
   */
  private static Optional<ReportData.TopicCoverage> topic(Warehouse warehouse) {
    if (!warehouse.exists(Tables.ARTICLE_TOPICS)) {
      return Optional.empty();
    }
    List<Row> rows =
        warehouse
            .read(Tables.ARTICLE_TOPICS)
            .groupBy("topic")
            .agg(
                count(lit(1)).as("articles"),
                sum(when(col("present"), 1).otherwise(0)).as("on_topic"))
            .orderBy("topic")
            .collectAsList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Row r = rows.get(0);
    // the one fact the report reads outside the tables (ARCHITECTURE.md): TrendsJob.Result's count
    Optional<Boolean> only =
        StageState.inWarehouse(warehouse.hadoopConf(), warehouse.root(), "trends")
            .lastRun()
            .flatMap(m -> Optional.ofNullable(m.get("topic_only")))
            .map(Boolean::parseBoolean);
    return Optional.of(
        new ReportData.TopicCoverage(
            r.getString(0), r.getLong(r.fieldIndex("on_topic")), r.getLong(1), only));
  }

  /**
   * The latest {@code evaluate frames} figures, when the warehouse keeps them; not a stage's table,
   * so its absence is no note.
   */
  private static List<Validation> validation(Warehouse warehouse) {
    if (!warehouse.exists(Tables.FRAME_VALIDATION)) {
      return List.of();
    }
    return warehouse
        .read(Tables.FRAME_VALIDATION)
        .orderBy("method", "question")
        .collectAsList()
        .stream()
        .map(
            r ->
                new Validation(
                    r.<Timestamp>getAs("evaluated_at").toInstant(),
                    r.getAs("labels"),
                    r.getAs("presence"),
                    r.getAs("method"),
                    r.getAs("question"),
                    r.getAs("frame"),
                    r.<Integer>getAs("n"),
                    r.<Double>getAs("precision"),
                    r.<Double>getAs("recall"),
                    r.<Double>getAs("f1"),
                    Optional.ofNullable(r.<Double>getAs("f1_low")),
                    Optional.ofNullable(r.<Double>getAs("f1_high")),
                    r.<Double>getAs("product_share"),
                    r.<Double>getAs("coders_share")))
        .toList();
  }

  /** The frames of the group; all frames (with a note) when the group has none. */
  private static List<FrameInfo> shownFrames(
      ReportTablesCollector in, List<FrameInfo> all, String group) {
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
      ReportTablesCollector in, Dataset<Row> trendTable, String granularity, int max) {
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
  private static final class Collected {
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
