package dev.newsframes.io;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Every table of the warehouse, with its schema; columns are declared here, or for the trend tables
 * in {@link TrendSchemas}, and nowhere else.
 */
public final class Tables {
  private Tables() {}

  /** Partition column of the article-derived tables. */
  public static final String PUBLISHED_DATE = "published_date";

  /**
   * Partition column of rejects and duplicates: {@code all} for a full ingest, the window's label
   * ({@code 2024-03-05_2024-03-06}) for a scheduled run, so re-running a window replaces its own.
   */
  public static final String INGEST_BATCH = "ingest_batch";

  /** The {@link #INGEST_BATCH} of a full (unwindowed) ingest. */
  public static final String ALL_BATCH = "all";

  static final StructType QA_PAIR =
      new StructType().add("question", StringType, false).add("answer", StringType, false);

  /** One row per article or teaser; copies of the same story stay, pointing at their canonical. */
  public static final Table ARTICLES =
      new Table(
          "articles",
          new StructType()
              .add("article_id", StringType, false)
              .add("kind", StringType, false)
              .add("url", StringType)
              .add("source", StringType)
              .add("title", StringType, false)
              .add("summary", StringType, false)
              .add("editor_note", StringType, false)
              .add("body", StringType, false)
              .add("qa", createArrayType(QA_PAIR, false), false)
              .add("authors", createArrayType(StringType, false), false)
              .add("published_at", TimestampType)
              .add("date_precision", StringType)
              .add("date_source", StringType)
              .add("updated_at", TimestampType)
              .add("crawl_time", TimestampType)
              .add("language", StringType)
              .add("word_count", IntegerType, false)
              .add("content_hash", StringType, false)
              .add("duplicate_of", StringType)
              .add("parent_id", StringType)
              .add("input_file", StringType, false)
              .add("position", LongType, false)
              .add("parser", StringType, false)
              .add(PUBLISHED_DATE, DateType),
          List.of(PUBLISHED_DATE));

  /** Inputs, or records inside them, that did not become articles, with the reason. */
  public static final Table REJECTS =
      new Table(
          "rejects",
          new StructType()
              .add("input_file", StringType, false)
              .add("position", LongType, false)
              .add("reason", StringType, false)
              .add("message", StringType, false)
              .add("sample", StringType, false)
              .add(INGEST_BATCH, StringType),
          List.of(INGEST_BATCH));

  /** Each copy of a story linked to its cluster's canonical article. */
  public static final Table DUPLICATES =
      new Table(
          "duplicates",
          new StructType()
              .add("article_id", StringType, false)
              .add("duplicate_of", StringType, false)
              .add("method", StringType, false)
              .add("similarity", DoubleType, false)
              .add(INGEST_BATCH, StringType),
          List.of(INGEST_BATCH));

  /** One row per sentence of an annotated article, with its words, lemmas and sentiment. */
  public static final Table SENTENCES =
      new Table(
          "sentences",
          new StructType()
              .add("article_id", StringType, false)
              .add("sentence_index", IntegerType, false)
              .add("begin", IntegerType, false)
              .add("end", IntegerType, false)
              .add("text", StringType, false)
              .add("tokens", createArrayType(StringType, false), false)
              .add("lemmas", createArrayType(StringType, false), false)
              .add("sentiment_label", StringType)
              .add("sentiment_probs", createArrayType(DoubleType, false))
              .add("sentiment_score", DoubleType)
              .add("sentiment_model", StringType)
              .add(PUBLISHED_DATE, DateType),
          List.of(PUBLISHED_DATE));

  /** One row per named-entity mention, with its canonical entity and its sentence's sentiment. */
  public static final Table MENTIONS =
      new Table(
          "mentions",
          new StructType()
              .add("article_id", StringType, false)
              .add("sentence_index", IntegerType, false)
              .add("begin", IntegerType, false)
              .add("end", IntegerType, false)
              .add("text", StringType, false)
              .add("ner_type", StringType, false)
              .add("canonical_entity", StringType, false)
              .add("sentiment_label", StringType)
              .add("sentiment_score", DoubleType)
              .add("sentiment_probs", createArrayType(DoubleType, false))
              .add("sentence_sentiment_score", DoubleType)
              .add(PUBLISHED_DATE, DateType),
          List.of(PUBLISHED_DATE));

  /** Documents annotate could not process (timeouts, failures); the job carries on without them. */
  public static final Table ANNOTATION_ERRORS =
      new Table(
          "annotation_errors",
          new StructType()
              .add("article_id", StringType, false)
              .add("kind", StringType, false)
              .add("message", StringType, false)
              .add("elapsed_ms", LongType, false),
          List.of());

  /**
   * One row per article annotate has processed: with the content hash and pipeline fingerprint that
   * make re-runs incremental, its status, and the document-level sentiment.
   */
  public static final Table ANNOTATED_ARTICLES =
      new Table(
          "annotated_articles",
          new StructType()
              .add("article_id", StringType, false)
              .add("content_hash", StringType, false)
              .add("pipeline_fingerprint", StringType, false)
              .add("status", StringType, false)
              .add("sentences", IntegerType, false)
              .add("mentions", IntegerType, false)
              .add("truncated", DataTypes.BooleanType, false)
              .add("sentiment_label", StringType)
              .add("sentiment_score", DoubleType)
              .add("sentiment_model", StringType)
              .add("elapsed_ms", LongType, false)
              // nullable: tables written before it read as null, taken as 1
              .add("attempts", IntegerType)
              .add(PUBLISHED_DATE, DateType),
          List.of(PUBLISHED_DATE));

  public static final Table FRAMES = new Table("frames", TrendSchemas.FRAME_CATALOG, List.of());
  // Not partitioned: trends rewrites them whole, and per-day partitions held a few rows each.
  // TrendsJob writes sentence_frames, article_frames and article_topics sorted by published_date,
  // so files and row groups cover date ranges; the aggregates below are written as one file each.
  public static final Table SENTENCE_FRAMES =
      new Table("sentence_frames", TrendSchemas.SENTENCE_FRAMES, List.of());
  public static final Table ARTICLE_FRAMES =
      new Table("article_frames", TrendSchemas.ARTICLE_FRAMES, List.of());
  public static final Table ARTICLE_TOPICS =
      new Table("article_topics", TrendSchemas.ARTICLE_TOPICS, List.of());
  public static final Table FRAME_TRENDS =
      new Table("frame_trends", TrendSchemas.FRAME_TRENDS, List.of());
  public static final Table FRAME_BALANCE =
      new Table("frame_balance", TrendSchemas.FRAME_BALANCE, List.of());
  public static final Table ENTITY_TRENDS =
      new Table("entity_trends", TrendSchemas.ENTITY_TRENDS, List.of());
  public static final Table ENTITY_FRAMES =
      new Table("entity_frames", TrendSchemas.ENTITY_FRAMES, List.of());
  public static final Table SPIKES = new Table("spikes", TrendSchemas.SPIKES, List.of());
  public static final Table EVIDENCE = new Table("evidence", TrendSchemas.EVIDENCE, List.of());

  /**
   * The latest {@code evaluate frames --warehouse} figures: one row per question and method ({@code
   * applied}: the model trends ran; {@code cv}: a model fitted on the labels, nested
   * cross-validation), with the 95% bootstrap intervals of the F1 and the dominant accuracy (null
   * in tables written before they were). Rewritten whole by each evaluation, one file.
   */
  public static final Table FRAME_VALIDATION =
      new Table(
          "frame_validation",
          new StructType()
              .add("evaluated_at", TimestampType, false)
              .add("labels", StringType, false)
              .add("labels_hash", StringType, false)
              .add("lexicon_fingerprint", StringType, false)
              .add("presence", StringType, false)
              .add("method", StringType, false)
              .add("question", StringType, false)
              .add("frame", StringType, false)
              .add("n", IntegerType, false)
              .add("tp", IntegerType, false)
              .add("fp", IntegerType, false)
              .add("fn", IntegerType, false)
              .add("tn", IntegerType, false)
              .add("precision", DoubleType, false)
              .add("recall", DoubleType, false)
              .add("f1", DoubleType, false)
              .add("product_share", DoubleType, false)
              .add("coders_share", DoubleType, false)
              .add("dominant_accuracy", DoubleType, false)
              .add("f1_low", DoubleType, true)
              .add("f1_high", DoubleType, true)
              .add("dominant_low", DoubleType, true)
              .add("dominant_high", DoubleType, true),
          List.of());

  /**
   * The sentence states the presence model's sentence classifiers read, one row per distinct
   * sentence text: a cache trends keeps so that each run encodes only sentences it has not seen.
   * Holds what the last trends run needed, for its model's state source only; deleting it costs the
   * next run the encoding, never a result.
   */
  public static final Table SENTENCE_STATES =
      new Table(
          "sentence_states",
          new StructType()
              .add("source", StringType, false)
              .add("text_hash", LongType, false)
              .add("state", DataTypes.createArrayType(DataTypes.FloatType, false), false),
          List.of());

  /** The tables ingest writes. */
  public static final List<Table> INGEST_OUTPUTS = List.of(ARTICLES, REJECTS, DUPLICATES);

  /** The tables annotate writes. */
  public static final List<Table> ANNOTATE_OUTPUTS =
      List.of(SENTENCES, MENTIONS, ANNOTATION_ERRORS, ANNOTATED_ARTICLES);

  /** The tables trends writes. */
  public static final List<Table> TRENDS_OUTPUTS =
      List.of(
          FRAMES,
          SENTENCE_FRAMES,
          ARTICLE_FRAMES,
          ARTICLE_TOPICS,
          FRAME_TRENDS,
          FRAME_BALANCE,
          ENTITY_TRENDS,
          ENTITY_FRAMES,
          SPIKES,
          EVIDENCE);

  /**
   * The tables {@code evaluate frames --warehouse} writes: not in {@link #ALL}, which the stages
   * and the DDL scripts expect in every warehouse, since most warehouses are never evaluated.
   */
  public static final List<Table> EVALUATE_OUTPUTS = List.of(FRAME_VALIDATION);

  /**
   * The caches trends keeps beside its tables: not in {@link #ALL}, since a warehouse without them
   * is complete, and not in the DDL scripts.
   */
  public static final List<Table> CACHES = List.of(SENTENCE_STATES);

  /** Every table the stages write, in pipeline order. */
  public static final List<Table> ALL =
      Stream.of(INGEST_OUTPUTS, ANNOTATE_OUTPUTS, TRENDS_OUTPUTS).flatMap(List::stream).toList();
}
