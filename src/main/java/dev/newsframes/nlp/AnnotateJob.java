package dev.newsframes.nlp;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;

import dev.newsframes.io.Table;
import dev.newsframes.io.Tables;
import dev.newsframes.io.Warehouse;
import dev.newsframes.runtime.Progress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

/**
 * The annotate stage: runs CoreNLP once over each English article and writes {@code sentences},
 * {@code mentions}, {@code annotation_errors} and {@code annotated_articles}.
 *
 * <p>Incremental: articles already annotated with the same content hash and pipeline fingerprint
 * are skipped, and only the {@code published_date} partitions of the articles annotated now are
 * rewritten. A full refresh annotates everything and replaces the tables.
 */
public final class AnnotateJob {
  private AnnotateJob() {}

  /** Which articles, with which pipeline, and whether to start over. */
  public enum Refresh {
    INCREMENTAL,
    FULL
  }

  /** Options of a run. */
  public record Options(NlpConfig config, AnnotateTransforms.Scope scope, Refresh refresh) {}

  /** What a run did. */
  public record Result(
      long candidates,
      long annotated,
      long skipped,
      long sentences,
      long mentions,
      long errors,
      String fingerprint,
      Duration duration) {

    public Map<String, Object> counts() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("candidates", candidates);
      m.put("annotated", annotated);
      m.put("skipped_unchanged", skipped);
      m.put("sentences", sentences);
      m.put("mentions", mentions);
      m.put("errors", errors);
      m.put("pipeline_fingerprint", fingerprint);
      return m;
    }

    public String summary() {
      double secs = duration.toMillis() / 1000.0;
      return String.format(
          Locale.ROOT,
          "annotate: %d English articles, %d annotated now (%d unchanged, skipped): %d sentences "
              + "(%.1f/s), %d mentions, %d errors in %.1fs (pipeline %s)",
          candidates,
          annotated,
          skipped,
          sentences,
          secs > 0 ? sentences / secs : 0,
          mentions,
          errors,
          secs,
          fingerprint.substring(0, 12));
    }
  }

  public static Result run(SparkSession spark, Warehouse warehouse, Options options) {
    long start = System.nanoTime();
    String fingerprint = options.config().fingerprint();
    Dataset<Row> documents =
        AnnotateTransforms.documents(warehouse.read(Tables.ARTICLES), options.scope())
            .persist(StorageLevel.MEMORY_AND_DISK());
    long candidates = documents.count();
    boolean incremental =
        options.refresh() == Refresh.INCREMENTAL && warehouse.exists(Tables.ANNOTATED_ARTICLES);
    Dataset<Row> todo =
        incremental
            ? AnnotateTransforms.notYetAnnotated(
                documents, warehouse.read(Tables.ANNOTATED_ARTICLES), fingerprint)
            : documents;
    todo = spread(spark, todo).persist(StorageLevel.MEMORY_AND_DISK());
    long count = todo.count();
    Broadcast<NlpConfig> config =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(options.config());
    LongAccumulator done = spark.sparkContext().longAccumulator("annotate.documents");
    spark.sparkContext().setJobDescription("annotate: CoreNLP over " + count + " articles");
    Dataset<Row> annotated =
        AnnotateTransforms.annotate(todo, config, done).persist(StorageLevel.MEMORY_AND_DISK());
    try (Progress p = Progress.start("annotate", "articles", done, count)) {
      annotated.count();
    }
    spark.sparkContext().setJobDescription("annotate: write tables");
    if (incremental) {
      // an article whose date changed since its last annotation leaves rows in its old partition
      Dataset<Row> previous =
          warehouse.read(Tables.ANNOTATED_ARTICLES).join(todo.select("article_id"), "article_id");
      List<String> dates =
          affectedDates(todo.select("published_date").union(previous.select("published_date")));
      Dataset<Row> redone = todo.select("article_id");
      for (Table t : Tables.ANNOTATE_OUTPUTS) {
        Dataset<Row> fresh = AnnotateTransforms.part(annotated, recordType(t));
        Dataset<Row> kept =
            t.partitionColumns().isEmpty()
                ? warehouse.read(t)
                : warehouse.read(t).filter(inDates(dates));
        warehouse.rewrite(
            t,
            dates,
            kept.join(redone, kept.col("article_id").equalTo(redone.col("article_id")), "left_anti")
                .unionByName(fresh));
      }
    } else {
      for (Table t : Tables.ANNOTATE_OUTPUTS) {
        warehouse.replace(t, AnnotateTransforms.part(annotated, recordType(t)));
      }
    }
    Row totals =
        AnnotateTransforms.part(annotated, AnnotateRows.ARTICLE)
            .agg(sum("sentences"), sum("mentions"), sum(col("status").notEqual("ok").cast("long")))
            .first();
    Result r =
        new Result(
            candidates,
            count,
            candidates - count,
            totals.isNullAt(0) ? 0 : totals.getLong(0),
            totals.isNullAt(1) ? 0 : totals.getLong(1),
            totals.isNullAt(2) ? 0 : totals.getLong(2),
            fingerprint,
            Duration.ofNanos(System.nanoTime() - start));
    annotated.unpersist();
    todo.unpersist();
    documents.unpersist();
    return r;
  }

  /**
   * Spreads documents over many small partitions so that no core waits on one long tail: CoreNLP
   * time grows with document length, and the last partition decides when the stage ends.
   */
  private static Dataset<Row> spread(SparkSession spark, Dataset<Row> docs) {
    int partitions = Math.max(1, spark.sparkContext().defaultParallelism() * 8);
    return docs.repartition(partitions, col("article_id"));
  }

  private static List<String> affectedDates(Dataset<Row> todo) {
    List<String> dates = new ArrayList<>();
    for (Row r : todo.distinct().collectAsList()) {
      dates.add(r.isNullAt(0) ? Warehouse.NULL_PARTITION : r.get(0).toString());
    }
    return dates;
  }

  private static Column inDates(List<String> dates) {
    Column c = col(Tables.PUBLISHED_DATE).cast("string").isin(dates.toArray());
    return dates.contains(Warehouse.NULL_PARTITION) ? c.or(col(Tables.PUBLISHED_DATE).isNull()) : c;
  }

  private static String recordType(Table t) {
    if (t == Tables.SENTENCES) {
      return AnnotateRows.SENTENCE;
    } else if (t == Tables.MENTIONS) {
      return AnnotateRows.MENTION;
    } else if (t == Tables.ANNOTATION_ERRORS) {
      return AnnotateRows.ERROR;
    }
    return AnnotateRows.ARTICLE;
  }
}
