package dev.newsframes.trends;

import static dev.newsframes.trends.FrameTransforms.seq;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.try_element_at;
import static org.apache.spark.sql.functions.when;

import dev.newsframes.io.TrendSchemas;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Who is talked about, and in which frame: {@code entity_trends} and {@code entity_frames}.
 *
 * <p>An entity is the mention's {@code canonical_entity} (its text when annotate gave none).
 * Mentions of {@link TrendsJob.Options#ignoredNerTypes} (dates, numbers, titles...) are left out.
 * Sentiment towards an entity is the mean of its mentions' own scores ({@code
 * mentions.sentiment_score}, from annotate's {@code nlp.entity-sentiment}), with the shares of
 * negative and positive mentions; the mean over the distinct sentences naming it ({@code
 * sentence_sentiment_score}, each sentence once) stays beside it as {@code
 * sentence_mean_sentiment}. Counts follow {@link FrameTrendTransforms#coverage}.
 */
public final class EntityTransforms {
  private EntityTransforms() {}

  /** {@link #entityTrends(Dataset, Dataset, Dataset, TrendsJob.Options)} from the mentions. */
  public static Dataset<Row> entityTrends(
      Dataset<Row> coverage, Dataset<Row> mentions, TrendsJob.Options options) {
    return entityTrends(
        entitySentences(coverage, mentions, options),
        coverage,
        entityTypes(mentions, options),
        options);
  }

  /**
   * One row per granularity, period and entity with at least one mention; see {@link
   * TrendSchemas#ENTITY_TRENDS}. ner_type is the entity's most frequent type over all periods.
   *
   * @param entitySentences rows of {@link #entitySentences} over the coverage and mentions
   * @param coverage the counted articles per period ({@link FrameTrendTransforms#coverage})
   * @param entityTypes {@link #entityTypes} of the same mentions
   */
  public static Dataset<Row> entityTrends(
      Dataset<Row> entitySentences,
      Dataset<Row> coverage,
      Dataset<Row> entityTypes,
      TrendsJob.Options options) {
    Dataset<Row> periods = FrameTrendTransforms.periods(coverage);
    Dataset<Row> agg =
        StatsTransforms.aggWithMentionSentiment(
            entitySentences.groupBy(col("granularity"), col("period_start"), col("entity")),
            sum("mentions").as("mentions"),
            count(lit(1)).as("sentences"),
            countDistinct(col("article_id")).as("articles"));
    List<Column> out = new ArrayList<>(List.of(FrameTrendTransforms.PERIOD_KEY));
    out.addAll(List.of(col("entity"), col("ner_type"), col("mentions"), col("sentences")));
    out.addAll(List.of(col("articles"), col("period_articles")));
    out.add(StatsTransforms.share(col("articles"), col("period_articles")).as("article_share"));
    out.addAll(List.of(StatsTransforms.mentionSentimentColumns(options.confidenceLevel())));
    return agg.join(periods, seq("granularity", "period_start"))
        .join(entityTypes, "entity")
        .select(out.toArray(Column[]::new));
  }

  /**
   * One row per granularity, period, entity and frame that share at least one sentence; see {@link
   * TrendSchemas#ENTITY_FRAMES}. entity_sentence_share: of the entity's sentences in the period,
   * the share in the frame; frame_sentence_share: of the frame's sentences, the share naming the
   * entity.
   *
   * @param entitySentences rows of {@link #entitySentences} over the coverage and mentions
   * @param frameSentences granularity, period_start, frame and frame_sentences (the frame's
   *     sentences in the period; {@link TrendsTransforms} takes them from frame_trends)
   * @param entityTypes {@link #entityTypes} of the same mentions
   */
  public static Dataset<Row> entityFrames(
      Dataset<Row> entitySentences,
      Dataset<Row> frameSentences,
      Dataset<Row> entityTypes,
      Dataset<Row> sentenceFrames,
      TrendsJob.Options options) {
    Dataset<Row> agg =
        StatsTransforms.aggWithMentionSentiment(
            entitySentences
                .join(
                    sentenceFrames.select(
                        "article_id", "sentence_index", "frame", "frame_group", "hits"),
                    seq("article_id", "sentence_index"))
                .groupBy(
                    col("granularity"),
                    col("period_start"),
                    col("entity"),
                    col("frame"),
                    col("frame_group")),
            count(lit(1)).as("sentences"),
            countDistinct(col("article_id")).as("articles"),
            sum("hits").cast("long").as("hits"));
    Dataset<Row> perEntity =
        entitySentences
            .groupBy("granularity", "period_start", "entity")
            .agg(count(lit(1)).as("entity_sentences"));
    List<Column> out = new ArrayList<>(List.of(FrameTrendTransforms.PERIOD_KEY));
    for (String c :
        List.of("entity", "ner_type", "frame", "frame_group", "sentences", "articles")) {
      out.add(col(c));
    }
    out.addAll(List.of(col("hits"), col("entity_sentences"), col("frame_sentences")));
    out.add(
        StatsTransforms.share(col("sentences"), col("entity_sentences"))
            .as("entity_sentence_share"));
    out.add(
        StatsTransforms.share(col("sentences"), col("frame_sentences")).as("frame_sentence_share"));
    out.addAll(List.of(StatsTransforms.mentionSentimentColumns(options.confidenceLevel())));
    return agg.join(perEntity, seq("granularity", "period_start", "entity"))
        .join(frameSentences, seq("granularity", "period_start", "frame"))
        .join(entityTypes, "entity")
        .select(out.toArray(Column[]::new));
  }

  /**
   * Counted mentions, one row per granularity, period, entity and sentence naming it, with the sums
   * over its mentions that {@link StatsTransforms#aggWithMentionSentiment} reads. A mention of the
   * article's own publisher ("... told VentureBeat" in a VentureBeat article) is attribution, not a
   * topic, and is left out. Read by both entity tables: a job should persist it.
   */
  public static Dataset<Row> entitySentences(
      Dataset<Row> coverage, Dataset<Row> mentions, TrendsJob.Options options) {
    return actorMentions(mentions, options)
        .join(coverage.select("granularity", "period_start", "article_id", "source"), "article_id")
        .filter(not(ownPublisher(col("entity"), col("source"))))
        .groupBy("granularity", "period_start", "entity", "article_id", "sentence_index")
        .agg(
            count(lit(1)).as("mentions"),
            count(col("sentiment_score")).as("scored_mentions"),
            StatsTransforms.exactSum(col("sentiment_score")).as("score_sum"),
            StatsTransforms.exactSumOfSquares(col("sentiment_score")).as("score_squares"),
            count(when(col("sentiment_label").equalTo("negative"), lit(1))).as("negative_mentions"),
            count(when(col("sentiment_label").equalTo("positive"), lit(1))).as("positive_mentions"),
            first("sentence_sentiment_score", true).as("sentence_sentiment_score"));
  }

  /**
   * Whether an entity names the publisher: equal ignoring case, spacing and a leading "The" on
   * either side ("The Verge" and "Verge"). Null-safe: no source, no match.
   */
  static Column ownPublisher(Column entity, Column source) {
    return coalesce(publisherKey(entity).equalTo(publisherKey(source)), lit(false));
  }

  private static Column publisherKey(Column name) {
    return regexp_replace(lower(trim(regexp_replace(name, "\\s+", " "))), "^the ", "");
  }

  /**
   * Mentions of actors, named as {@link EntityNames#of} does with Spark expressions: demonyms as
   * their country, topic words ("AI") left out.
   */
  private static Dataset<Row> actorMentions(Dataset<Row> mentions, TrendsJob.Options options) {
    Column name = coalesce(col("canonical_entity"), col("text"));
    Column key = lower(trim(name));
    List<Column> demonyms = new ArrayList<>();
    EntityNames.DEMONYMS.forEach((k, v) -> demonyms.addAll(List.of(lit(k), lit(v))));
    return mentions
        .filter(
            col("ner_type")
                .isNull()
                .or(not(col("ner_type").isin(options.ignoredNerTypes().toArray()))))
        .filter(not(key.isin(EntityNames.TOPIC_WORDS.toArray())))
        .select(
            col("article_id"),
            col("sentence_index"),
            coalesce(try_element_at(map(demonyms.toArray(Column[]::new)), key), name).as("entity"),
            col("ner_type"),
            col("sentiment_label"),
            col("sentiment_score"),
            col("sentence_sentiment_score"));
  }

  /**
   * Each entity's most frequent NER type, ties to the alphabetically first: entity, ner_type. Read
   * by both entity tables.
   */
  public static Dataset<Row> entityTypes(Dataset<Row> mentions, TrendsJob.Options options) {
    return actorMentions(mentions, options)
        .groupBy("entity", "ner_type")
        .agg(count(lit(1)).as("n"))
        .withColumn(
            "rank",
            row_number()
                .over(
                    Window.partitionBy("entity")
                        .orderBy(col("n").desc(), col("ner_type").asc_nulls_last())))
        .filter(col("rank").equalTo(1))
        .select("entity", "ner_type");
  }
}
