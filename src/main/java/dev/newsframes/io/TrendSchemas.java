package dev.newsframes.io;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The columns of every table the trends stage writes, declared once. A test checks that each
 * transform produces exactly these names and types.
 */
public final class TrendSchemas {
  private TrendSchemas() {}

  private static final DataType STRING = DataTypes.StringType;
  private static final DataType INT = DataTypes.IntegerType;
  private static final DataType LONG = DataTypes.LongType;
  private static final DataType DOUBLE = DataTypes.DoubleType;
  private static final DataType DATE = DataTypes.DateType;
  private static final DataType STRINGS = DataTypes.createArrayType(STRING, false);

  /** {@code frames}: the lexicon the tables were computed with. */
  public static final StructType FRAME_CATALOG =
      new StructType()
          .add("frame", STRING, false)
          .add("frame_group", STRING, false)
          .add("label", STRING, false)
          .add("description", STRING, false)
          .add("weight", DOUBLE, false)
          .add("frame_order", INT, false);

  /** {@code sentence_frames}: one row per sentence and frame it hits. */
  public static final StructType SENTENCE_FRAMES =
      new StructType()
          .add("article_id", STRING)
          .add("sentence_index", INT)
          .add("frame", STRING)
          .add("frame_group", STRING)
          .add("hits", INT)
          .add("matched_terms", STRINGS)
          .add("published_date", DATE);

  /** {@code article_frames}: one row per article and frame it hits. */
  public static final StructType ARTICLE_FRAMES =
      new StructType()
          .add("article_id", STRING)
          .add("frame", STRING)
          .add("frame_group", STRING)
          .add("hits", INT)
          .add("sentences", INT)
          .add("sentence_share", DOUBLE)
          .add("is_dominant", DataTypes.BooleanType)
          .add("present", DataTypes.BooleanType)
          .add("score", DOUBLE)
          .add("published_date", DATE);

  /** {@code article_topics}: one row per article with a frame hit, and the study's topic. */
  public static final StructType ARTICLE_TOPICS =
      new StructType()
          .add("article_id", STRING)
          .add("topic", STRING)
          .add("present", DataTypes.BooleanType)
          .add("score", DOUBLE)
          .add("sentences", INT)
          .add("published_date", DATE);

  /** Internal: the articles counted in each period (canonical, of the counted kinds, dated). */
  public static final StructType COVERAGE =
      new StructType()
          .add("granularity", STRING)
          .add("period_start", DATE)
          .add("article_id", STRING)
          .add("title", STRING)
          .add("url", STRING)
          .add("source", STRING)
          .add("published_date", DATE)
          .add("sentences", LONG);

  /** {@code frame_trends}: one row per granularity, period and frame (zeros included). */
  public static final StructType FRAME_TRENDS =
      periodKey()
          .add("frame", STRING)
          .add("frame_group", STRING)
          .add("articles", LONG)
          .add("dominant_articles", LONG)
          .add("sentences", LONG)
          .add("hits", LONG)
          .add("period_articles", LONG)
          .add("period_sentences", LONG)
          .add("article_share", DOUBLE)
          .add("sentence_share", DOUBLE)
          .add("mean_sentiment", DOUBLE)
          .add("sentiment_ci_low", DOUBLE)
          .add("sentiment_ci_high", DOUBLE);

  /** {@code frame_balance}: one row per granularity and period. */
  public static final StructType FRAME_BALANCE =
      periodKey()
          .add("positive_frame", STRING)
          .add("negative_frame", STRING)
          .add("articles", LONG)
          .add("positive_articles", LONG)
          .add("negative_articles", LONG)
          .add("both_articles", LONG)
          .add("scored_articles", LONG)
          .add("positive_sentences", LONG)
          .add("negative_sentences", LONG)
          .add("balance", DOUBLE)
          .add("balance_ci_low", DOUBLE)
          .add("balance_ci_high", DOUBLE)
          .add("presence_index", DOUBLE);

  /**
   * {@code entity_trends}: one row per granularity, period and entity mentioned in it; sentiment
   * towards the entity from its mentions, the sentence-based mean beside it.
   */
  public static final StructType ENTITY_TRENDS =
      periodKey()
          .add("entity", STRING)
          .add("ner_type", STRING)
          .add("mentions", LONG)
          .add("sentences", LONG)
          .add("articles", LONG)
          .add("period_articles", LONG)
          .add("article_share", DOUBLE)
          .add("scored_mentions", LONG)
          .add("mean_sentiment", DOUBLE)
          .add("sentiment_ci_low", DOUBLE)
          .add("sentiment_ci_high", DOUBLE)
          .add("negative_share", DOUBLE)
          .add("positive_share", DOUBLE)
          .add("sentence_mean_sentiment", DOUBLE);

  /** {@code entity_frames}: one row per granularity, period, entity and frame in one sentence. */
  public static final StructType ENTITY_FRAMES =
      periodKey()
          .add("entity", STRING)
          .add("ner_type", STRING)
          .add("frame", STRING)
          .add("frame_group", STRING)
          .add("sentences", LONG)
          .add("articles", LONG)
          .add("hits", LONG)
          .add("entity_sentences", LONG)
          .add("frame_sentences", LONG)
          .add("entity_sentence_share", DOUBLE)
          .add("frame_sentence_share", DOUBLE)
          .add("scored_mentions", LONG)
          .add("mean_sentiment", DOUBLE)
          .add("sentiment_ci_low", DOUBLE)
          .add("sentiment_ci_high", DOUBLE)
          .add("negative_share", DOUBLE)
          .add("positive_share", DOUBLE)
          .add("sentence_mean_sentiment", DOUBLE);

  /** {@code spikes}: one row per spike of a frame or top-entity series. */
  public static final StructType SPIKES =
      new StructType()
          .add("granularity", STRING)
          .add("series_type", STRING)
          .add("series", STRING)
          .add("period_start", DATE)
          .add("value", DOUBLE)
          .add("count", LONG)
          .add("period_count", LONG)
          .add("window_size", LONG)
          .add("window_mean", DOUBLE)
          .add("window_sd", DOUBLE)
          .add("sampling_sd", DOUBLE)
          .add("z", DOUBLE)
          .add("rule", STRING);

  /** {@code evidence}: the top sentences per granularity, period and frame. */
  public static final StructType EVIDENCE =
      periodKey()
          .add("frame", STRING)
          .add("frame_group", STRING)
          .add("rank", INT)
          .add("article_id", STRING)
          .add("sentence_index", INT)
          .add("text", STRING)
          .add("hits", INT)
          .add("matched_terms", STRINGS)
          .add("sentiment_score", DOUBLE)
          .add("sentiment_label", STRING)
          .add("title", STRING)
          .add("url", STRING)
          .add("source", STRING)
          .add("published_date", DATE);

  private static StructType periodKey() {
    return new StructType().add("granularity", STRING).add("period_start", DATE);
  }
}
