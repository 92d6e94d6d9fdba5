package dev.newsframes.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import dev.newsframes.io.DateWindow;
import java.sql.Date;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.StructType;

/** Dataset-to-dataset steps of ingest; no I/O. */
public final class IngestTransforms {
  private IngestTransforms() {}

  /** Article rows out of the intermediate dataset of {@link IngestRows}. */
  public static Dataset<Row> articles(Dataset<Row> records) {
    return records.filter(col("record_type").equalTo(IngestRows.ARTICLE)).select("article.*");
  }

  /** The schema of reject rows before their ingest batch is set. */
  public static final StructType REJECT_ROW =
      (StructType) IngestRows.SCHEMA.apply("reject").dataType();

  /** Articles published within the window; undated ones are outside every window. */
  public static Dataset<Row> inWindow(Dataset<Row> articles, DateWindow window) {
    return articles.filter(
        col("published_date")
            .geq(lit(Date.valueOf(window.since())))
            .and(col("published_date").leq(lit(Date.valueOf(window.until())))));
  }

  /** Reject rows out of the intermediate dataset of {@link IngestRows}. */
  public static Dataset<Row> rejects(Dataset<Row> records) {
    return records.filter(col("record_type").equalTo(IngestRows.REJECT)).select("reject.*");
  }

  /**
   * Marks exact copies: articles whose normalised text hashes equal form a cluster whose canonical
   * member is the earliest published (undated last, then smallest id); the others get {@code
   * duplicate_of}, {@code duplicate_method} "exact" and {@code duplicate_similarity} 1. Shuffles
   * once by content hash.
   */
  public static Dataset<Row> markExactDuplicates(Dataset<Row> articles) {
    WindowSpec cluster =
        Window.partitionBy(col("content_hash"))
            .orderBy(col("published_at").asc_nulls_last(), col("article_id").asc())
            .rowsBetween(Window.unboundedPreceding(), Window.unboundedFollowing());
    Column canonical = first(col("article_id")).over(cluster);
    return articles
        .withColumn(
            "duplicate_of",
            when(canonical.notEqual(col("article_id")), canonical)
                .otherwise(lit(null).cast("string")))
        .withColumn("duplicate_method", when(col("duplicate_of").isNotNull(), lit("exact")))
        .withColumn("duplicate_similarity", when(col("duplicate_of").isNotNull(), lit(1.0)));
  }

  /** The duplicates table: one row per non-canonical copy, from marked articles. */
  public static Dataset<Row> duplicates(Dataset<Row> markedArticles) {
    return markedArticles
        .filter(col("duplicate_of").isNotNull())
        .select(
            col("article_id"),
            col("duplicate_of"),
            col("duplicate_method").as("method"),
            col("duplicate_similarity").as("similarity"));
  }
}
