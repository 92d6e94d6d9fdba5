package dev.newsframes.trends;

import static dev.newsframes.trends.FrameTransforms.seq;
import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.make_interval;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.when;

import dev.newsframes.common.Period;
import dev.newsframes.io.TrendSchemas;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.StructType;

/**
 * Frame trend tables over periods: {@code coverage}, {@code frame_trends} and {@code evidence}
 * ({@code frame_balance} is in {@link BalanceTransforms}). Every count is of canonical articles
 * ({@code duplicate_of} null) of the counted kinds, with a date precise enough for the period; see
 * {@link #coverage}.
 */
public final class FrameTrendTransforms {
  private FrameTrendTransforms() {}

  static final Column[] PERIOD_KEY = {col("granularity"), col("period_start")};

  /**
   * The articles counted in each period, one row per granularity and article: granularity,
   * period_start, article_id, title, url, source, published_date, sentences.
   *
   * <p>Keeps articles with {@code duplicate_of} null (a syndicated cluster counts once), a kind in
   * {@link TrendsJob.Options#kinds}, a published_date whose {@code date_precision} suits the period
   * ({@link Period#accepts}), and at least one annotated sentence: non-English and unannotated
   * articles are not coverage the frames could have been found in.
   */
  public static Dataset<Row> coverage(
      Dataset<Row> articles, Dataset<Row> sentences, TrendsJob.Options options) {
    Dataset<Row> counted =
        articles
            .filter(col("duplicate_of").isNull())
            .filter(col("kind").isin(options.kinds().toArray()))
            .filter(col("published_date").isNotNull())
            .select("article_id", "title", "url", "source", "published_date", "date_precision")
            .join(sentences.groupBy("article_id").agg(count(lit(1)).as("sentences")), "article_id");
    Dataset<Row> out = null;
    for (Period p : options.periods()) {
      Dataset<Row> one =
          counted
              .filter(
                  col("date_precision")
                      .isNull()
                      .or(col("date_precision").isin(p.acceptedPrecisions().toArray())))
              .select(
                  lit(p.code()).as("granularity"),
                  periodStart(col("published_date"), p).as("period_start"),
                  col("article_id"),
                  col("title"),
                  col("url"),
                  col("source"),
                  col("published_date"),
                  col("sentences"));
      out = out == null ? one : out.unionByName(one);
    }
    return out;
  }

  /** The first day of the period containing {@code date}, as {@link Period#start}. */
  static Column periodStart(Column date, Period period) {
    return switch (period) {
      case DAY -> date;
      case WEEK -> trunc(date, "week");
      case MONTH -> trunc(date, "month");
    };
  }

  /**
   * Per granularity, every period from the first to the last with coverage, with its
   * period_articles and period_sentences: 0 for a period without coverage, so a series never skips
   * a period silently (a chart would otherwise draw a line across the gap).
   */
  static Dataset<Row> periods(Dataset<Row> coverage) {
    Dataset<Row> counted =
        coverage
            .groupBy(PERIOD_KEY)
            .agg(count(lit(1)).as("period_articles"), sum("sentences").as("period_sentences"));
    return calendar(coverage)
        .join(counted, seq("granularity", "period_start"), "left")
        .select(
            col("granularity"),
            col("period_start"),
            coalesce(col("period_articles"), lit(0L)).as("period_articles"),
            coalesce(col("period_sentences"), lit(0L)).as("period_sentences"));
  }

  /**
   * granularity, period_start of every period from the first to the last period with coverage of
   * each granularity (a small table: one row per period).
   */
  static Dataset<Row> calendar(Dataset<Row> coverage) {
    Dataset<Row> bounds =
        coverage
            .groupBy("granularity")
            .agg(min("period_start").as("first"), max("period_start").as("last"));
    Column step = null;
    for (Period p : Period.values()) {
      Column one =
          make_interval(
              lit(0), lit(p.stepMonths()), lit(0), lit(p.stepDays()), lit(0), lit(0), lit(0));
      step =
          step == null
              ? when(col("granularity").equalTo(p.code()), one)
              : step.when(col("granularity").equalTo(p.code()), one);
    }
    return bounds.select(
        col("granularity"), explode(sequence(col("first"), col("last"), step)).as("period_start"));
  }

  /**
   * One row per granularity, period ({@link #periods}, empty ones included) and frame of the
   * catalog, zeros included; see {@link TrendSchemas#FRAME_TRENDS}.
   *
   * <p>articles: counted articles with at least one sentence in the frame; dominant_articles: of
   * those, where it is the dominant frame of its group; sentences and hits likewise; shares are
   * over the period's counted articles and their sentences; mean_sentiment is over the frame's
   * sentences, with a Student-t interval ({@link MeanInterval}).
   */
  public static Dataset<Row> frameTrends(
      Dataset<Row> coverage,
      Dataset<Row> sentenceFrames,
      Dataset<Row> articleFrames,
      Dataset<Row> sentences,
      Dataset<Row> frameCatalog,
      TrendsJob.Options options) {
    Dataset<Row> periods = periods(coverage);
    Dataset<Row> periodArticles = coverage.select("granularity", "period_start", "article_id");
    Dataset<Row> byArticle =
        articleFrames
            .join(periodArticles, "article_id")
            .groupBy(col("granularity"), col("period_start"), col("frame"))
            .agg(
                count(lit(1)).as("articles"),
                sum(when(col("is_dominant"), 1).otherwise(0)).cast("long").as("dominant_articles"));
    Dataset<Row> bySentence =
        StatsTransforms.aggWithSentiment(
            sentenceFrames
                .select("article_id", "sentence_index", "frame", "hits")
                .join(periodArticles, "article_id")
                .join(
                    sentences.select("article_id", "sentence_index", "sentiment_score"),
                    seq("article_id", "sentence_index"))
                .groupBy(col("granularity"), col("period_start"), col("frame")),
            col("sentiment_score"),
            count(lit(1)).as("sentences"),
            sum("hits").cast("long").as("hits"));
    Dataset<Row> grid = periods.crossJoin(broadcast(frameCatalog.select("frame", "frame_group")));
    List<Column> out = new ArrayList<>(List.of(PERIOD_KEY));
    out.addAll(List.of(col("frame"), col("frame_group")));
    for (String c : List.of("articles", "dominant_articles", "sentences", "hits")) {
      out.add(coalesce(col(c), lit(0L)).as(c));
    }
    out.addAll(List.of(col("period_articles"), col("period_sentences")));
    out.add(
        StatsTransforms.share(coalesce(col("articles"), lit(0L)), col("period_articles"))
            .as("article_share"));
    out.add(
        StatsTransforms.share(coalesce(col("sentences"), lit(0L)), col("period_sentences"))
            .as("sentence_share"));
    out.addAll(List.of(StatsTransforms.sentimentColumns(options.confidenceLevel())));
    return grid.join(byArticle, seq("granularity", "period_start", "frame"), "left")
        .join(bySentence, seq("granularity", "period_start", "frame"), "left")
        .select(out.toArray(Column[]::new));
  }

  /**
   * The top {@link TrendsJob.Options#evidencePerFrame} sentences per granularity, period and frame:
   * most distinct frame terms first (one term repeated four times in a legal notice says less than
   * two different ones), then most hits, then the strongest |sentiment|, then article id and
   * sentence index so ties resolve the same way on every run; see {@link TrendSchemas#EVIDENCE}. A
   * sentence that is the article's own title is never evidence (the title is shown with every
   * quote).
   */
  public static Dataset<Row> evidence(
      Dataset<Row> coverage,
      Dataset<Row> sentenceFrames,
      Dataset<Row> sentences,
      TrendsJob.Options options) {
    WindowSpec strongest =
        Window.partitionBy(col("granularity"), col("period_start"), col("frame"))
            .orderBy(
                size(col("matched_terms")).desc(),
                col("hits").desc(),
                abs(col("sentiment_score")).desc_nulls_last(),
                col("article_id"),
                col("sentence_index"));
    return sentenceFrames
        .drop("published_date")
        .join(coverage.drop("sentences"), "article_id")
        .join(
            sentences.select(
                "article_id", "sentence_index", "text", "sentiment_score", "sentiment_label"),
            seq("article_id", "sentence_index"))
        // the headline is shown beside every quote; quoting it as its own evidence says nothing
        .filter(not(lower(trim(col("text"))).equalTo(lower(trim(coalesce(col("title"), lit("")))))))
        .withColumn("rank", row_number().over(strongest))
        .filter(col("rank").leq(options.evidencePerFrame()))
        .select(columns(TrendSchemas.EVIDENCE));
  }

  /** The columns of {@code schema}, in its order. */
  static Column[] columns(StructType schema) {
    return Arrays.stream(schema.fieldNames()).map(c -> col(c)).toArray(Column[]::new);
  }
}
