package dev.newsframes.trends;

import static org.apache.spark.sql.functions.col;

import dev.newsframes.io.Table;
import dev.newsframes.io.Tables;
import dev.newsframes.io.Warehouse;
import java.time.Duration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The trends stage: matches frames on the stored lemmas (CoreNLP never runs here) and writes the
 * frame, balance, entity, spike and evidence tables, replacing earlier ones.
 *
 * <p>Sentence and article frames are computed once and cached, since every other table is built on
 * them.
 */
public final class TrendsJob {
  private TrendsJob() {}

  /** The lexicon and the counting options. */
  public record Options(FrameLexicon lexicon, TrendOptions trends) {}

  /** What was written. */
  public record Result(
      long sentencesFramed,
      long articlesFramed,
      long periods,
      long spikes,
      String lexiconFingerprint,
      Duration duration) {

    /** The counts for the run manifest. */
    public java.util.Map<String, Object> counts() {
      return java.util.Map.of(
          "sentences_framed", sentencesFramed,
          "articles_framed", articlesFramed,
          "periods", periods,
          "spikes", spikes,
          "lexicon_fingerprint", lexiconFingerprint);
    }

    /** The one-line summary the command prints. */
    public String summary() {
      return String.format(
          "trends: %d sentences in %d articles hit a frame; %d periods, %d spikes in %.1fs "
              + "(lexicon %s)",
          sentencesFramed,
          articlesFramed,
          periods,
          spikes,
          duration.toMillis() / 1000.0,
          lexiconFingerprint.substring(0, 12));
    }
  }

  public static Result run(SparkSession spark, Warehouse warehouse, Options options) {
    long start = System.nanoTime();
    spark.sparkContext().setJobDescription("trends: match frames");
    TrendTables t =
        TrendTables.compute(
            warehouse.read(Tables.ARTICLES),
            warehouse.read(Tables.SENTENCES),
            warehouse.read(Tables.MENTIONS),
            options.lexicon(),
            options.trends());
    Dataset<Row> sentenceFrames = t.sentenceFrames().persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> articleFrames = t.articleFrames().persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> coverage = t.coverage().persist(StorageLevel.MEMORY_AND_DISK());
    write(spark, warehouse, Tables.FRAMES, t.frames());
    write(spark, warehouse, Tables.SENTENCE_FRAMES, sentenceFrames);
    write(spark, warehouse, Tables.ARTICLE_FRAMES, articleFrames);
    write(spark, warehouse, Tables.FRAME_TRENDS, t.frameTrends());
    write(spark, warehouse, Tables.FRAME_BALANCE, t.frameBalance());
    write(spark, warehouse, Tables.ENTITY_TRENDS, t.entityTrends());
    write(spark, warehouse, Tables.ENTITY_FRAMES, t.entityFrames());
    write(spark, warehouse, Tables.SPIKES, t.spikes());
    write(spark, warehouse, Tables.EVIDENCE, t.evidence());
    Result r =
        new Result(
            warehouse
                .read(Tables.SENTENCE_FRAMES)
                .select("article_id", "sentence_index")
                .distinct()
                .count(),
            warehouse.read(Tables.ARTICLE_FRAMES).select("article_id").distinct().count(),
            warehouse
                .read(Tables.FRAME_BALANCE)
                .select("granularity", "period_start")
                .distinct()
                .count(),
            warehouse.read(Tables.SPIKES).count(),
            options.lexicon().fingerprint(),
            Duration.ofNanos(System.nanoTime() - start));
    sentenceFrames.unpersist();
    articleFrames.unpersist();
    coverage.unpersist();
    return r;
  }

  private static void write(
      SparkSession spark, Warehouse warehouse, Table table, Dataset<Row> rows) {
    spark.sparkContext().setJobDescription("trends: write " + table.name());
    // small tables: one file each, so they stay easy to read by hand and by other engines
    Dataset<Row> out = table.partitionColumns().isEmpty() ? rows.coalesce(1) : rows;
    warehouse.replace(table, out.select(col("*")));
  }
}
