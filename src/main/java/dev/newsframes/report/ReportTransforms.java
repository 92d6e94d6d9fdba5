package dev.newsframes.report;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * The aggregates the report shows, as {@code Dataset -> Dataset} functions over the warehouse
 * tables. Each result is small by construction (bounded by periods, frames or an explicit limit),
 * so the job may collect it.
 */
public final class ReportTransforms {
  private ReportTransforms() {}

  /** The columns of an evidence item, in the order the job reads them. */
  static final String[] EVIDENCE_COLUMNS = {
    "frame",
    "period_start",
    "text",
    "matched_terms",
    "title",
    "url",
    "source",
    "published_date",
    "sentiment_score",
    "sentiment_label"
  };

  /** The rows of one granularity from {@code from} on. */
  static Dataset<Row> periods(Dataset<Row> table, String granularity, LocalDate from) {
    return table.filter(
        col("granularity").equalTo(granularity).and(col("period_start").geq(Date.valueOf(from))));
  }

  /** The latest {@code max} distinct period starts of a granularity, newest first. */
  public static Dataset<Row> latestPeriods(Dataset<Row> trendTable, String granularity, int max) {
    return trendTable
        .filter(col("granularity").equalTo(granularity))
        .select("period_start")
        .distinct()
        .orderBy(col("period_start").desc())
        .limit(max);
  }

  /** Share of articles per period for the given frames, oldest first. */
  public static Dataset<Row> frameShares(
      Dataset<Row> frameTrends, String granularity, LocalDate from, List<String> frames) {
    return periods(frameTrends, granularity, from)
        .filter(col("frame").isin(frames.toArray()))
        .select(
            col("frame"),
            col("period_start"),
            coalesce(col("article_share"), lit(0.0)).as("share"),
            col("articles"),
            col("period_articles"))
        .orderBy("period_start", "frame");
  }

  /** The balance index per period, oldest first. */
  public static Dataset<Row> balance(
      Dataset<Row> frameBalance, String granularity, LocalDate from) {
    return periods(frameBalance, granularity, from)
        .select(
            "period_start",
            "balance",
            "balance_ci_low",
            "balance_ci_high",
            "articles",
            "positive_articles",
            "negative_articles",
            "scored_articles")
        .orderBy("period_start");
  }

  /**
   * The {@code n} entities in most articles over the periods (then most mentions, then by name),
   * with the mean sentiment towards them over all their scored mentions (the periods' means
   * weighted by their scored mentions).
   */
  public static Dataset<Row> topEntities(
      Dataset<Row> entityTrends, String granularity, LocalDate from, int n) {
    Column scored = col("mean_sentiment").isNotNull();
    return periods(entityTrends, granularity, from)
        .groupBy("entity")
        .agg(
            max_by(col("ner_type"), col("mentions")).as("ner_type"),
            sum("articles").as("articles"),
            sum("mentions").as("mentions"),
            sum(when(scored, col("mean_sentiment").multiply(col("scored_mentions"))))
                .divide(sum(when(scored, col("scored_mentions"))))
                .as("mean_sentiment"))
        .orderBy(col("articles").desc(), col("mentions").desc(), col("entity"))
        .limit(n);
  }

  /** The given entities per period. */
  public static Dataset<Row> entityPoints(
      Dataset<Row> entityTrends, String granularity, LocalDate from, List<String> entities) {
    return periods(entityTrends, granularity, from)
        .filter(col("entity").isin(entities.toArray()))
        .select("entity", "period_start", "articles", "mentions", "mean_sentiment");
  }

  /** The {@code n} most recent spikes of a granularity (strongest first within a period). */
  public static Dataset<Row> recentSpikes(Dataset<Row> spikes, String granularity, int n) {
    return spikes
        .filter(col("granularity").equalTo(granularity))
        .orderBy(col("period_start").desc(), col("z").desc_nulls_first(), col("series"))
        .limit(n);
  }

  /**
   * The {@code perFrame} strongest evidence sentences of each frame over the periods: most distinct
   * frame terms, then most hits, then strongest sentiment, then newest.
   */
  public static Dataset<Row> frameEvidence(
      Dataset<Row> evidence,
      String granularity,
      LocalDate from,
      List<String> frames,
      int perFrame) {
    return periods(evidence, granularity, from)
        .filter(col("frame").isin(frames.toArray()))
        .withColumn(
            "pick",
            row_number()
                .over(
                    Window.partitionBy("frame")
                        .orderBy(
                            size(col("matched_terms")).desc(),
                            col("hits").desc(),
                            abs(col("sentiment_score")).desc_nulls_last(),
                            col("period_start").desc(),
                            col("article_id"),
                            col("sentence_index"))))
        .filter(col("pick").leq(perFrame))
        .orderBy(col("frame"), col("pick"))
        .select(EVIDENCE_COLUMNS[0], rest(EVIDENCE_COLUMNS));
  }

  /**
   * The evidence of frame spikes: the stored top sentences of the spiking frame in the spike's
   * period. {@code keys} has {@code spike, series, period_start}.
   */
  public static Dataset<Row> frameSpikeEvidence(
      Dataset<Row> evidence, String granularity, Dataset<Row> keys, int perSpike) {
    return evidence
        .filter(col("granularity").equalTo(granularity).and(col("rank").leq(perSpike)))
        .join(
            broadcast(keys),
            col("frame")
                .equalTo(keys.col("series"))
                .and(col("period_start").equalTo(keys.col("key_start"))))
        .orderBy("spike", "rank")
        .select("spike", EVIDENCE_COLUMNS);
  }

  /**
   * The evidence of entity spikes: sentences of canonical articles that mention the entity within
   * the spike's period, strongest sentiment first. {@code keys} has {@code spike, series,
   * key_start, key_end}.
   */
  public static Dataset<Row> entitySpikeEvidence(
      Dataset<Row> mentions,
      Dataset<Row> sentences,
      Dataset<Row> articles,
      Dataset<Row> keys,
      int perSpike) {
    Dataset<Row> canonical =
        articles
            .filter(col("duplicate_of").isNull().and(col("kind").equalTo("article")))
            .select("article_id", "title", "url", "source", "published_date");
    Dataset<Row> mentioned =
        mentions
            .select("article_id", "sentence_index", "canonical_entity", "text")
            .join(broadcast(keys), col("canonical_entity").equalTo(keys.col("series")))
            .join(canonical, "article_id")
            .filter(
                col("published_date")
                    .geq(col("key_start"))
                    .and(col("published_date").lt(col("key_end"))))
            .groupBy(
                "spike",
                "article_id",
                "sentence_index",
                "key_start",
                "title",
                "url",
                "source",
                "published_date")
            .agg(collect_set("text").as("matched_terms"));
    return mentioned
        .join(
            sentences.select(
                "article_id", "sentence_index", "text", "sentiment_score", "sentiment_label"),
            seq("article_id", "sentence_index"))
        .withColumn(
            "pick",
            row_number()
                .over(
                    Window.partitionBy("spike")
                        .orderBy(
                            abs(col("sentiment_score")).desc_nulls_last(),
                            col("article_id"),
                            col("sentence_index"))))
        .filter(col("pick").leq(perSpike))
        .withColumn("frame", lit(""))
        .withColumn("period_start", col("key_start"))
        .orderBy("spike", "pick")
        .select("spike", EVIDENCE_COLUMNS);
  }

  /** Articles, teasers, duplicate copies and undated records of the articles table, in one row. */
  public static Dataset<Row> articleCounts(Dataset<Row> articles) {
    return articles.agg(
        count_if(col("kind").equalTo("article")).as("articles"),
        count_if(col("kind").equalTo("teaser")).as("teasers"),
        count_if(col("duplicate_of").isNotNull()).as("duplicates"),
        count_if(col("published_date").isNull()).as("undated"));
  }

  /**
   * Articles per detected language and how many of them have sentences, most frequent first, at
   * most {@code limit} languages.
   */
  public static Dataset<Row> languages(Dataset<Row> articles, Dataset<Row> sentences, int limit) {
    Dataset<Row> annotated =
        sentences.select(col("article_id")).distinct().withColumn("annotated", lit(1));
    return articles
        .select(col("article_id"), coalesce(col("language"), lit("unknown")).as("language"))
        .join(annotated, seq("article_id"), "left")
        .groupBy("language")
        .agg(count(lit(1)).as("articles"), count(col("annotated")).as("annotated"))
        .orderBy(col("articles").desc(), col("language"))
        .limit(limit);
  }

  /** Rows per value of {@code column}, most frequent first, at most {@code limit} values. */
  public static Dataset<Row> countsBy(Dataset<Row> table, String column, int limit) {
    return table
        .groupBy(coalesce(col(column), lit("unknown")).as(column))
        .agg(count(lit(1)).as("rows"))
        .orderBy(col("rows").desc(), col(column))
        .limit(limit);
  }

  private static scala.collection.immutable.Seq<String> seq(String... columns) {
    return scala.jdk.javaapi.CollectionConverters.asScala(List.of(columns)).toList();
  }

  private static String[] rest(String[] columns) {
    return Arrays.copyOfRange(columns, 1, columns.length);
  }
}
