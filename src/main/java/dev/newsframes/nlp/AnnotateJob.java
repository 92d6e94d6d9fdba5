package dev.newsframes.nlp;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;

import dev.newsframes.common.Plural;
import dev.newsframes.io.Table;
import dev.newsframes.io.Tables;
import dev.newsframes.io.Warehouse;
import dev.newsframes.runtime.Caches;
import dev.newsframes.runtime.JobDescription;
import dev.newsframes.runtime.Progress;
import dev.newsframes.runtime.Stage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;

/**
 * The annotate stage: runs CoreNLP once over each English article and writes {@code sentences},
 * {@code mentions}, {@code annotation_errors} and {@code annotated_articles}.
 *
 * <p>Incremental: articles already annotated with the same content hash and pipeline fingerprint
 * are skipped, and only the {@code published_date} partitions of the articles annotated now are
 * rewritten. A full refresh annotates everything and replaces the tables.
 */
public final class AnnotateJob implements Stage {
  /** Which articles, with which pipeline, and whether to start over. */
  public enum Refresh {
    INCREMENTAL,
    FULL
  }

  /**
   * @param config the pipeline settings (CoreNLP properties and ours), from {@code --config}
   * @param scope which articles are annotated
   * @param refresh only new or changed articles, or all of them
   * @param annotators what annotates a document: {@link AnnotatorFactory#CORENLP} in the product
   */
  public record Options(
      NlpConfig config,
      AnnotateTransforms.Scope scope,
      Refresh refresh,
      AnnotatorFactory annotators) {
    /** CoreNLP over canonical English articles, incrementally. */
    public static Options of(NlpConfig config) {
      return new Options(
          config,
          AnnotateTransforms.Scope.ENGLISH_CANONICAL,
          Refresh.INCREMENTAL,
          AnnotatorFactory.CORENLP);
    }

    /** The same options with another annotator (tests count or fake them). */
    public Options withAnnotators(AnnotatorFactory factory) {
      return new Options(config, scope, refresh, factory);
    }
  }

  /** What a run did. */
  public record Result(
      long candidates,
      long annotated,
      long skipped,
      long sentences,
      long analysedSentences,
      long mentions,
      long errors,
      String fingerprint,
      Duration duration)
      implements Stage.Result {

    @Override
    public Map<String, Object> counts() {
      return Stage.counts(
          "candidates", candidates,
          "annotated", annotated,
          "skipped_unchanged", skipped,
          "sentences", sentences,
          "sentences_analysed", analysedSentences,
          "mentions", mentions,
          "errors", errors,
          "pipeline_fingerprint", fingerprint);
    }

    @Override
    public String summary() {
      double secs = duration.toMillis() / 1000.0;
      if (annotated == 0) {
        return String.format(
            Locale.ROOT,
            "annotate: %d English articles, none new or changed: nothing to annotate, no model"
                + " loaded, tables left as they were, in %.1fs (pipeline %s)",
            candidates,
            secs,
            fingerprint.substring(0, 12));
      }
      return String.format(
          Locale.ROOT,
          "annotate: %d English articles, %d annotated now (%d unchanged, skipped): %d sentences "
              + "(%.1f/s; %d through CoreNLP, %d repeats reused), %d mentions, %s%s in"
              + " %.1fs (pipeline %s)",
          candidates,
          annotated,
          skipped,
          sentences,
          secs > 0 ? sentences / secs : 0,
          analysedSentences,
          Math.max(0, sentences - analysedSentences),
          mentions,
          Plural.count(errors, "error", "errors"),
          errors > 0 ? " (in annotation_errors)" : "",
          secs,
          fingerprint.substring(0, 12));
    }
  }

  private final Options options;

  public AnnotateJob(Options options) {
    this.options = options;
  }

  @Override
  public String name() {
    return "annotate";
  }

  @Override
  public Map<String, Object> settings() {
    return Map.of("pipeline_fingerprint", options.config().fingerprint());
  }

  @Override
  public Result run(SparkSession spark, Warehouse warehouse) {
    long start = System.nanoTime();
    String fingerprint = options.config().fingerprint();
    try (Caches caches = new Caches();
        JobDescription job = JobDescription.of(spark, "annotate: find new articles")) {
      Dataset<Row> documents =
          caches.keep(
              AnnotateTransforms.documents(warehouse.read(Tables.ARTICLES), options.scope()));
      long candidates = documents.count();
      boolean incremental =
          options.refresh() == Refresh.INCREMENTAL && warehouse.exists(Tables.ANNOTATED_ARTICLES);
      Dataset<Row> todo =
          incremental
              ? AnnotateTransforms.notYetAnnotated(
                  documents, warehouse.read(Tables.ANNOTATED_ARTICLES), fingerprint)
              : documents;
      long count = todo.count();
      todo =
          caches.keep(
              AnnotateTransforms.spread(todo, count, spark.sparkContext().defaultParallelism()));
      if (incremental && count == 0) {
        // nothing new: no Spark stage, no CoreNLP model, no table rewritten (so later stages see
        // the same files and can skip too)
        return new Result(
            candidates,
            0,
            candidates,
            0,
            0,
            0,
            0,
            fingerprint,
            Duration.ofNanos(System.nanoTime() - start));
      }
      Broadcast<NlpConfig> config =
          JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(options.config());
      LongAccumulator done = spark.sparkContext().longAccumulator("annotate.documents");
      LongAccumulator analysed = spark.sparkContext().longAccumulator("annotate.sentences");
      job.update("annotate: CoreNLP over " + count + " articles");
      Dataset<Row> annotated =
          caches.keep(
              AnnotateTransforms.annotate(todo, config, options.annotators(), done, analysed));
      try (Progress p = Progress.start("annotate", "articles", done, count)) {
        annotated.count();
      }
      job.update("annotate: write tables");
      write(warehouse, todo, annotated, incremental, fingerprint);
      Row totals =
          AnnotateTransforms.part(annotated, AnnotateRows.ARTICLE)
              .agg(
                  sum("sentences"), sum("mentions"), sum(col("status").notEqual("ok").cast("long")))
              .first();
      return new Result(
          candidates,
          count,
          candidates - count,
          totals.isNullAt(0) ? 0 : totals.getLong(0),
          analysed.value(),
          totals.isNullAt(1) ? 0 : totals.getLong(1),
          totals.isNullAt(2) ? 0 : totals.getLong(2),
          fingerprint,
          Duration.ofNanos(System.nanoTime() - start));
    }
  }

  /**
   * Replaces the tables, or incrementally the rows of the articles annotated now, rewriting only
   * the days they fall on (an article whose date changed since its last annotation also leaves rows
   * in its old day).
   */
  private static void write(
      Warehouse warehouse,
      Dataset<Row> todo,
      Dataset<Row> annotated,
      boolean incremental,
      String fingerprint) {
    if (!incremental) {
      for (Table t : Tables.ANNOTATE_OUTPUTS) {
        warehouse.replace(t, AnnotateTransforms.part(annotated, recordType(t)));
      }
      return;
    }
    Dataset<Row> previous =
        warehouse.read(Tables.ANNOTATED_ARTICLES).join(todo.select("article_id"), "article_id");
    List<String> dates =
        affectedDates(todo.select("published_date").union(previous.select("published_date")));
    for (Table t : Tables.ANNOTATE_OUTPUTS) {
      Dataset<Row> rows = AnnotateTransforms.part(annotated, recordType(t));
      if (t.equals(Tables.ANNOTATED_ARTICLES)) {
        rows = AnnotateTransforms.countAttempts(rows, previous, fingerprint);
      }
      warehouse.replaceRows(t, "article_id", todo.select("article_id"), dates, rows);
    }
  }

  private static List<String> affectedDates(Dataset<Row> todo) {
    List<String> dates = new ArrayList<>();
    for (Row r : todo.distinct().collectAsList()) {
      dates.add(r.isNullAt(0) ? Warehouse.NULL_PARTITION : r.get(0).toString());
    }
    return dates;
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
