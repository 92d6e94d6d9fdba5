package dev.newsframes.io;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.util.List;
import org.apache.spark.sql.types.StructType;

/** Every table of the warehouse, with its schema; columns are declared here and only here. */
public final class Tables {
  private Tables() {}

  /** Partition column of the article-derived tables. */
  public static final String PUBLISHED_DATE = "published_date";

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
              .add("sample", StringType, false),
          List.of());

  /** Each copy of a story linked to its cluster's canonical article. */
  public static final Table DUPLICATES =
      new Table(
          "duplicates",
          new StructType()
              .add("article_id", StringType, false)
              .add("duplicate_of", StringType, false)
              .add("method", StringType, false)
              .add("similarity", DoubleType, false),
          List.of());

  /** The tables ingest writes. */
  public static final List<Table> INGEST_OUTPUTS = List.of(ARTICLES, REJECTS, DUPLICATES);

  /** Every table, in pipeline order. */
  public static final List<Table> ALL = List.of(ARTICLES, REJECTS, DUPLICATES);
}
