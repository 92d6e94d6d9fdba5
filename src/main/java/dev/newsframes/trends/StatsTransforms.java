package dev.newsframes.trends;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.RelationalGroupedDataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;

/** Column expressions shared by the trend transforms, defined by the pure trend math. */
final class StatsTransforms {
  private StatsTransforms() {}

  /** {@code part / whole}, null when whole is 0 (as {@link Shares#share}). */
  static Column share(Column part, Column whole) {
    return when(whole.gt(0), part.cast("double").divide(whole));
  }

  /** The t interval half width of {@link MeanInterval#halfWidth}; null where undefined. */
  static UserDefinedFunction tHalfWidth(double level) {
    UDF2<Long, Double, Double> f =
        (n, sd) -> {
          double h = n == null || sd == null ? Double.NaN : MeanInterval.halfWidth(n, sd, level);
          return Double.isNaN(h) ? null : h;
        };
    return udf(f, DataTypes.DoubleType);
  }

  /**
   * {@code [mean_sentiment, sentiment_ci_low, sentiment_ci_high]} from the columns {@code
   * sentiment_mean}, {@code sentiment_sd} and {@code sentiment_n} of an aggregate.
   */
  static Column[] sentimentColumns(double level) {
    Column half = tHalfWidth(level).apply(col("sentiment_n"), col("sentiment_sd"));
    return new Column[] {
      col("sentiment_mean").as("mean_sentiment"),
      col("sentiment_mean").minus(half).as("sentiment_ci_low"),
      col("sentiment_mean").plus(half).as("sentiment_ci_high")
    };
  }

  /**
   * Scores in [-1, 1] (sentiment, balance) as decimals with 20 places, finer than a double's last
   * bit for such values (a single score comes back as the same double). Sums of decimals are exact,
   * so an aggregate does not depend on the order its rows arrive in: the trend tables are the same
   * bit for bit however Spark splits the work (double sums differed in the last bits between plans
   * and parallelism). A square keeps 29 places after Spark's rounding; sums hold 10^9 rows.
   */
  static final DecimalType EXACT = DataTypes.createDecimalType(24, 20);

  /** {@code x} as an {@link #EXACT} decimal. */
  static Column exact(Column x) {
    return x.cast(EXACT);
  }

  /** The exact sum of scores, as a decimal ({@link #EXACT}). */
  static Column exactSum(Column x) {
    return sum(exact(x));
  }

  /** The exact sum of squared scores, as a decimal. */
  static Column exactSumOfSquares(Column x) {
    return sum(exact(x).multiply(exact(x)));
  }

  /** The mean of scores from their exact sum, as a double; null where there are none. */
  static Column exactMean(Column x) {
    return exactSum(x).cast("double").divide(count(x));
  }

  /**
   * {@code grouped.agg(others..., sentiment_mean, sentiment_sd, sentiment_n)} over a column of
   * sentiment scores: the aggregates {@link #sentimentColumns} reads, from exact sums.
   */
  static Dataset<Row> aggWithSentiment(
      RelationalGroupedDataset grouped, Column score, Column... others) {
    List<Column> aggs = new ArrayList<>(List.of(others));
    aggs.add(count(score).as("sentiment_n"));
    aggs.add(exactSum(score).as("score_sum"));
    aggs.add(exactSumOfSquares(score).as("score_squares"));
    return withMeanAndSd(
            grouped.agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(Column[]::new)))
        .drop("score_sum", "score_squares");
  }

  /**
   * {@code grouped.agg(others..., sentiment_mean, sentiment_sd, sentiment_n, ...)} over rows that
   * each carry sums over some mentions ({@code scored_mentions}, {@code score_sum} and {@code
   * score_squares} as exact decimals, {@code negative_mentions}, {@code positive_mentions}) and a
   * {@code sentence_sentiment_score}: what {@link #mentionSentimentColumns} reads.
   */
  static Dataset<Row> aggWithMentionSentiment(RelationalGroupedDataset grouped, Column... others) {
    List<Column> aggs = new ArrayList<>(List.of(others));
    aggs.add(sum("scored_mentions").as("sentiment_n"));
    aggs.add(sum("score_sum").as("score_sum"));
    aggs.add(sum("score_squares").as("score_squares"));
    aggs.add(sum("negative_mentions").as("negative_mentions"));
    aggs.add(sum("positive_mentions").as("positive_mentions"));
    aggs.add(exactMean(col("sentence_sentiment_score")).as("sentence_mean_sentiment"));
    return withMeanAndSd(
        grouped.agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(Column[]::new)));
  }

  /**
   * Adds sentiment_mean and sentiment_sd from the exact sums {@code score_sum}, {@code
   * score_squares} and the count {@code sentiment_n}: the standard deviation is {@code sqrt((Σx² -
   * (Σx)²/n) / (n - 1))}, in doubles from exact sums. The subtraction cancels where the scores are
   * nearly all equal (an absolute error about 1e-16 x Σx² / (n - 1) on the variance); for spread
   * sentiment scores it agrees with a two-pass computation to about 1e-12
   * (StatsTransformsSparkTest).
   */
  private static Dataset<Row> withMeanAndSd(Dataset<Row> agg) {
    Column n = col("sentiment_n");
    Column sum = col("score_sum").cast("double");
    Column variance =
        col("score_squares").cast("double").minus(sum.multiply(sum).divide(n)).divide(n.minus(1));
    return agg.withColumn("sentiment_mean", when(n.gt(0), sum.divide(n)))
        .withColumn("sentiment_sd", when(n.gt(1), sqrt(greatest(lit(0.0), variance))));
  }

  /**
   * {@code [scored_mentions, mean_sentiment, sentiment_ci_low, sentiment_ci_high, negative_share,
   * positive_share, sentence_mean_sentiment]} from {@link #aggWithMentionSentiment}'s aggregate.
   */
  static Column[] mentionSentimentColumns(double level) {
    List<Column> out = new ArrayList<>();
    out.add(col("sentiment_n").as("scored_mentions"));
    out.addAll(List.of(sentimentColumns(level)));
    out.add(share(col("negative_mentions"), col("sentiment_n")).as("negative_share"));
    out.add(share(col("positive_mentions"), col("sentiment_n")).as("positive_share"));
    out.add(col("sentence_mean_sentiment"));
    return out.toArray(Column[]::new);
  }
}
