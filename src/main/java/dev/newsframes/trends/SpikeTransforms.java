package dev.newsframes.trends;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.stddev_samp;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.newsframes.io.TrendSchemas;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Spikes of frame and top-entity series ({@link SpikeRule}, in built-in window functions).
 *
 * <p>A series is (granularity, series_type, series, period_start, value, count, period_count); the
 * value is the share of the period's counted articles (so growth of the corpus itself is not a
 * spike), the count the number of articles behind it and period_count the period's counted
 * articles.
 */
public final class SpikeTransforms {
  private SpikeTransforms() {}

  /**
   * The frame series of {@code frame_trends}: value = article_share, count = articles, period_count
   * = period_articles.
   */
  public static Dataset<Row> frameSeries(Dataset<Row> frameTrends) {
    return frameTrends.select(
        col("granularity"),
        lit("frame").as("series_type"),
        col("frame").as("series"),
        col("period_start"),
        coalesce(col("article_share"), lit(0.0)).as("value"),
        col("articles").as("count"),
        col("period_articles").as("period_count"));
  }

  /**
   * The series of the {@code topEntities} entities with most articles per granularity (ties by
   * name), with a zero for every period ({@link FrameTrendTransforms#periods}) that does not
   * mention them.
   */
  public static Dataset<Row> entitySeries(
      Dataset<Row> entityTrends, Dataset<Row> coverage, int topEntities) {
    Dataset<Row> top =
        entityTrends
            .groupBy("granularity", "entity")
            .agg(sum("articles").as("total"))
            .withColumn(
                "rank",
                row_number()
                    .over(
                        Window.partitionBy("granularity")
                            .orderBy(col("total").desc(), col("entity"))))
            .filter(col("rank").leq(topEntities))
            .select("granularity", "entity");
    Dataset<Row> periods = FrameTrendTransforms.periods(coverage);
    return periods
        .join(top, "granularity")
        .join(
            entityTrends.select(
                "granularity", "period_start", "entity", "article_share", "articles"),
            FrameTransforms.seq("granularity", "period_start", "entity"),
            "left")
        .select(
            col("granularity"),
            lit("entity").as("series_type"),
            col("entity").as("series"),
            col("period_start"),
            coalesce(col("article_share"), lit(0.0)).as("value"),
            coalesce(col("articles"), lit(0L)).as("count"),
            col("period_articles").as("period_count"));
  }

  /**
   * The spike rows of {@code series} under {@code rule}; see {@link TrendSchemas#SPIKES}. Periods
   * below {@link SpikeRule#minPeriodCount} are dropped before the windows are formed, as {@link
   * SpikeRule#detect} does.
   */
  public static Dataset<Row> spikes(Dataset<Row> series, SpikeRule rule) {
    WindowSpec trailing =
        Window.partitionBy("granularity", "series_type", "series")
            .orderBy("period_start")
            .rowsBetween(-rule.window(), -1);
    Column mean = col("window_mean");
    Column p = least(lit(1.0), greatest(lit(0.0), mean));
    Column sampling = sqrt(p.multiply(lit(1.0).minus(p)).divide(col("period_count")));
    Column scale = greatest(col("window_sd"), col("sampling_sd"));
    Column flat = scale.leq(greatest(lit(1.0), abs(mean)).multiply(SpikeRule.FLAT_TOLERANCE));
    Column z = when(not(flat), col("value").minus(mean).divide(scale));
    Column judged =
        col("window_size").geq(rule.minHistory()).and(col("count").geq(rule.minCount()));
    Column spike = judged.and(when(flat, col("value").gt(mean)).otherwise(z.geq(rule.threshold())));
    return series
        .filter(col("period_count").geq(rule.minPeriodCount()))
        .withColumn("window_size", count(col("value")).over(trailing))
        .withColumn("window_mean", avg(col("value")).over(trailing))
        .withColumn("window_sd", stddev_samp(col("value")).over(trailing))
        .withColumn("sampling_sd", sampling)
        .filter(spike)
        .select(
            col("granularity"),
            col("series_type"),
            col("series"),
            col("period_start"),
            col("value"),
            col("count"),
            col("period_count"),
            col("window_size"),
            mean,
            col("window_sd"),
            col("sampling_sd"),
            z.as("z"),
            when(flat, lit(Spike.Kind.RISE_OVER_FLAT_WINDOW.code()))
                .otherwise(lit(Spike.Kind.Z_SCORE.code()))
                .as("rule"));
  }
}
