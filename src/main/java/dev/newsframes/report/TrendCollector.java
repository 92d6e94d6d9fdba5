package dev.newsframes.report;

import static org.apache.spark.sql.functions.col;

import dev.newsframes.report.ReportData.BalancePoint;
import dev.newsframes.report.ReportData.EntityPoint;
import dev.newsframes.report.ReportData.EntitySummary;
import dev.newsframes.report.ReportData.EvidenceItem;
import dev.newsframes.report.ReportData.SharePoint;
import dev.newsframes.report.ReportData.SpikeItem;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Collects the series, spikes and evidence of one granularity. Every collect has an explicit row
 * limit, derived from the periods, frames and entities shown.
 */
final class TrendCollector {
  static final int EVIDENCE_PER_SPIKE = 3;

  private TrendCollector() {}

  /** At most {@code n} rows: what the driver may collect. */
  static List<Row> collect(Dataset<Row> rows, long n) {
    return rows.limit((int) Math.min(Integer.MAX_VALUE, n)).collectAsList();
  }

  static List<SharePoint> shares(
      Dataset<Row> frameTrends,
      String granularity,
      LocalDate from,
      List<String> frames,
      int maxPeriods) {
    return collect(
            ReportTransforms.frameShares(frameTrends, granularity, from, frames),
            (long) maxPeriods * frames.size())
        .stream()
        .map(
            r ->
                new SharePoint(
                    ReportRows.text(r, "frame"),
                    ReportRows.date(r, "period_start").orElseThrow(),
                    ReportRows.number(r, "share").orElse(0.0),
                    ReportRows.count(r, "articles"),
                    ReportRows.count(r, "period_articles")))
        .toList();
  }

  static List<BalancePoint> balance(
      Dataset<Row> frameBalance, String granularity, LocalDate from, int maxPeriods) {
    return collect(ReportTransforms.balance(frameBalance, granularity, from), maxPeriods).stream()
        .map(
            r ->
                new BalancePoint(
                    ReportRows.date(r, "period_start").orElseThrow(),
                    ReportRows.number(r, "balance"),
                    ReportRows.number(r, "balance_ci_low"),
                    ReportRows.number(r, "balance_ci_high"),
                    ReportRows.count(r, "articles"),
                    ReportRows.count(r, "positive_articles"),
                    ReportRows.count(r, "negative_articles"),
                    ReportRows.count(r, "scored_articles")))
        .toList();
  }

  static List<EntitySummary> topEntities(
      Dataset<Row> entityTrends, String granularity, LocalDate from, int n) {
    return collect(ReportTransforms.topEntities(entityTrends, granularity, from, n), n).stream()
        .map(
            r ->
                new EntitySummary(
                    ReportRows.text(r, "entity"),
                    ReportRows.text(r, "ner_type"),
                    ReportRows.count(r, "articles"),
                    ReportRows.count(r, "mentions"),
                    ReportRows.number(r, "mean_sentiment")))
        .toList();
  }

  static List<EntityPoint> entityPoints(
      Dataset<Row> entityTrends,
      String granularity,
      LocalDate from,
      List<String> entities,
      int maxPeriods) {
    if (entities.isEmpty()) {
      return List.of();
    }
    return collect(
            ReportTransforms.entityPoints(entityTrends, granularity, from, entities),
            (long) maxPeriods * entities.size())
        .stream()
        .map(
            r ->
                new EntityPoint(
                    ReportRows.text(r, "entity"),
                    ReportRows.date(r, "period_start").orElseThrow(),
                    ReportRows.count(r, "articles"),
                    ReportRows.count(r, "mentions"),
                    ReportRows.number(r, "mean_sentiment")))
        .toList();
  }

  static List<SpikeItem> spikes(Dataset<Row> spikes, String granularity, int n) {
    List<Row> rows = collect(ReportTransforms.recentSpikes(spikes, granularity, n), n);
    List<SpikeItem> items = new ArrayList<>();
    for (Row r : rows) {
      items.add(
          new SpikeItem(
              items.size() + 1,
              ReportRows.text(r, "series_type"),
              ReportRows.text(r, "series"),
              ReportRows.date(r, "period_start").orElseThrow(),
              ReportRows.number(r, "value").orElse(0.0),
              ReportRows.count(r, "count"),
              ReportRows.number(r, "window_mean").orElse(0.0),
              ReportRows.number(r, "z"),
              ReportRows.text(r, "rule")));
    }
    return items;
  }

  /** The evidence behind each spike, by spike number. */
  static Map<Integer, List<EvidenceItem>> spikeEvidence(
      ReportTablesCollector in,
      String granularity,
      List<SpikeItem> spikes,
      Optional<Dataset<Row>> evidence,
      Optional<Dataset<Row>> mentions,
      Optional<Dataset<Row>> sentences,
      Optional<Dataset<Row>> articles) {
    Map<Integer, List<EvidenceItem>> out = new HashMap<>();
    List<SpikeItem> frameSpikes =
        spikes.stream().filter(s -> s.seriesType().equals("frame")).toList();
    List<SpikeItem> entitySpikes =
        spikes.stream().filter(s -> !s.seriesType().equals("frame")).toList();
    if (!frameSpikes.isEmpty() && evidence.isPresent()) {
      in.describe("evidence of frame spikes");
      Dataset<Row> keys = keys(in, granularity, frameSpikes);
      add(
          out,
          ReportTransforms.frameSpikeEvidence(
              evidence.get(), granularity, keys, EVIDENCE_PER_SPIKE),
          frameSpikes.size());
    }
    if (!entitySpikes.isEmpty()
        && mentions.isPresent()
        && sentences.isPresent()
        && articles.isPresent()) {
      in.describe("evidence of entity spikes");
      Dataset<Row> keys = keys(in, granularity, entitySpikes);
      add(
          out,
          ReportTransforms.entitySpikeEvidence(
              mentions.get(), sentences.get(), articles.get(), keys, EVIDENCE_PER_SPIKE),
          entitySpikes.size());
    }
    return out;
  }

  private static Dataset<Row> keys(
      ReportTablesCollector in, String granularity, List<SpikeItem> spikes) {
    StructType schema =
        new StructType()
            .add("spike", DataTypes.IntegerType)
            .add("series", DataTypes.StringType)
            .add("key_start", DataTypes.DateType)
            .add("key_end", DataTypes.DateType);
    List<Row> rows =
        spikes.stream()
            .map(
                s ->
                    RowFactory.create(
                        s.number(),
                        s.series(),
                        Date.valueOf(s.period()),
                        Date.valueOf(PeriodFormat.end(granularity, s.period()))))
            .toList();
    return in.spark().createDataFrame(rows, schema);
  }

  private static void add(Map<Integer, List<EvidenceItem>> out, Dataset<Row> rows, int spikes) {
    for (Row r : collect(rows, (long) spikes * EVIDENCE_PER_SPIKE)) {
      out.computeIfAbsent(r.getInt(r.fieldIndex("spike")), k -> new ArrayList<>()).add(evidence(r));
    }
  }

  static List<EvidenceItem> frameEvidence(
      Dataset<Row> evidence,
      String granularity,
      LocalDate from,
      List<String> frames,
      int perFrame) {
    return collect(
            ReportTransforms.frameEvidence(evidence, granularity, from, frames, perFrame),
            (long) frames.size() * perFrame)
        .stream()
        .map(TrendCollector::evidence)
        .toList();
  }

  static EvidenceItem evidence(Row r) {
    return new EvidenceItem(
        ReportRows.text(r, "frame"),
        ReportRows.date(r, "period_start").orElseThrow(),
        ReportRows.text(r, "text"),
        ReportRows.strings(r, "matched_terms"),
        ReportRows.text(r, "title"),
        ReportRows.text(r, "url"),
        ReportRows.text(r, "source"),
        ReportRows.date(r, "published_date"),
        ReportRows.number(r, "sentiment_score"),
        ReportRows.text(r, "sentiment_label"));
  }

  /** The number of spikes of a granularity. */
  static long spikeCount(Dataset<Row> spikes, String granularity) {
    return spikes.filter(col("granularity").equalTo(granularity)).count();
  }
}
