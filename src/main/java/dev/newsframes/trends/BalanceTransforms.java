package dev.newsframes.trends;

import static dev.newsframes.trends.FrameTransforms.seq;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.unix_date;
import static org.apache.spark.sql.functions.when;

import dev.newsframes.io.TrendSchemas;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.collection.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The {@code frame_balance} table: regulation vs competitiveness (or any two frames) per period.
 */
public final class BalanceTransforms {
  private BalanceTransforms() {}

  private static final StructType BOUNDS =
      new StructType().add("low", DataTypes.DoubleType).add("high", DataTypes.DoubleType);

  /**
   * One row per granularity and period (see {@link FrameTrendTransforms#periods}): the balance
   * index of the positive vs the negative frame ({@link BalanceIndex}), its seeded percentile
   * bootstrap interval over articles ({@link BootstrapInterval}), the presence index and the counts
   * behind them; see {@link TrendSchemas#FRAME_BALANCE}. Periods without coverage between the first
   * and the last are rows with zero counts. balance is null when no article has either frame; its
   * interval is null with fewer than {@link BalanceRule#minArticles} such articles.
   *
   * <p>Collects each period's per-article balances (one double per framed article) to resample
   * them; values are sorted by article id first, so the interval does not depend on partitioning.
   */
  public static Dataset<Row> frameBalance(
      Dataset<Row> coverage, Dataset<Row> articleFrames, TrendsJob.Options options) {
    Column p = coalesce(col("p"), lit(0));
    Column n = coalesce(col("n"), lit(0));
    Dataset<Row> perArticle =
        coverage
            .select("granularity", "period_start", "article_id")
            .join(
                frameSentences(articleFrames, options.balance().positiveFrame(), "p"),
                seq("article_id"),
                "left")
            .join(
                frameSentences(articleFrames, options.balance().negativeFrame(), "n"),
                seq("article_id"),
                "left")
            .select(
                col("granularity"),
                col("period_start"),
                col("article_id"),
                p.as("p"),
                n.as("n"),
                when(p.plus(n).gt(0), p.minus(n).cast("double").divide(p.plus(n))).as("b"));
    Dataset<Row> framed =
        perArticle
            .groupBy(FrameTrendTransforms.PERIOD_KEY)
            .agg(
                count(lit(1)).as("articles"),
                countIf(col("p").gt(0)).as("positive_articles"),
                countIf(col("n").gt(0)).as("negative_articles"),
                countIf(col("p").gt(0).and(col("n").gt(0))).as("both_articles"),
                countIf(col("b").isNotNull()).as("scored_articles"),
                sum("p").cast("long").as("positive_sentences"),
                sum("n").cast("long").as("negative_sentences"),
                StatsTransforms.exactMean(col("b")).as("balance"),
                array_sort(collect_list(when(col("b").isNotNull(), struct("article_id", "b"))))
                    .as("balances"));
    // periods without coverage stay in the series, with zero counts and no balance; from periods,
    // not the bare calendar under it: measured in turn on the ai-tech warehouse, the calendar
    // was 3-4 s slower (b99c18b), though the reason was not found
    Dataset<Row> periods =
        FrameTrendTransforms.periods(coverage)
            .select("granularity", "period_start")
            .join(framed, seq("granularity", "period_start"), "left");
    Column ci =
        intervalUdf(options)
            .apply(
                transform(col("balances"), x -> x.getField("b")), unix_date(col("period_start")));
    return periods
        .withColumn("ci", ci)
        .select(
            col("granularity"),
            col("period_start"),
            lit(options.balance().positiveFrame()).as("positive_frame"),
            lit(options.balance().negativeFrame()).as("negative_frame"),
            zeroIfNull("articles"),
            zeroIfNull("positive_articles"),
            zeroIfNull("negative_articles"),
            zeroIfNull("both_articles"),
            zeroIfNull("scored_articles"),
            zeroIfNull("positive_sentences"),
            zeroIfNull("negative_sentences"),
            col("balance"),
            col("ci.low").as("balance_ci_low"),
            col("ci.high").as("balance_ci_high"),
            when(
                    col("positive_articles").plus(col("negative_articles")).gt(0),
                    col("positive_articles")
                        .minus(col("negative_articles"))
                        .cast("double")
                        .divide(col("positive_articles").plus(col("negative_articles"))))
                .as("presence_index"));
  }

  private static Dataset<Row> frameSentences(Dataset<Row> articleFrames, String frame, String as) {
    return articleFrames
        .filter(col("frame").equalTo(frame))
        .select(col("article_id"), col("sentences").as(as));
  }

  private static Column zeroIfNull(String column) {
    return coalesce(col(column), lit(0L)).as(column);
  }

  private static Column countIf(Column condition) {
    return sum(when(condition, 1L).otherwise(0L));
  }

  /** (article balances sorted by article id, period start as epoch day) -> struct(low, high). */
  private static UserDefinedFunction intervalUdf(TrendsJob.Options options) {
    int resamples = options.balance().resamples();
    int minArticles = options.balance().minArticles();
    long seed = options.balance().seed();
    double level = options.confidenceLevel();
    UDF2<Seq<Double>, Integer, Row> f =
        (values, epochDay) -> {
          double[] b = toArray(values);
          return b.length < minArticles
              ? null
              : BootstrapInterval.ofMean(
                      b, resamples, BootstrapInterval.seedFor(seed, epochDay), level)
                  .map(i -> RowFactory.create(i.low(), i.high()))
                  .orElse(null);
        };
    return udf(f, BOUNDS);
  }

  private static double[] toArray(Seq<Double> values) {
    List<Double> list = values == null ? List.of() : CollectionConverters.asJava(values);
    return list.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
