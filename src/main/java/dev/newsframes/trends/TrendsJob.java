package dev.newsframes.trends;

import static org.apache.spark.sql.functions.col;

import dev.newsframes.io.Table;
import dev.newsframes.io.Tables;
import dev.newsframes.io.Warehouse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trends stage: matches frames on the stored lemmas (CoreNLP never runs here) and writes the
 * frame, balance, entity, spike and evidence tables, replacing earlier ones.
 *
 * <p>Sentence and article frames are computed once and cached, since every other table is built on
 * them.
 */
public final class TrendsJob {
  private static final Logger LOG = LoggerFactory.getLogger(TrendsJob.class);

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
    public Map<String, Object> counts() {
      return Map.of(
          "sentences_framed", sentencesFramed,
          "articles_framed", articlesFramed,
          "periods", periods,
          "spikes", spikes,
          "lexicon_fingerprint", lexiconFingerprint);
    }

    /** The one-line summary the command prints. */
    public String summary() {
      return String.format(
          Locale.ROOT,
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
    // every table reads the sentences (and most the mentions) again; as thousands of small files
    // per-day partitions they cost more to list and open than to compute with, so read them once
    Dataset<Row> sentences =
        warehouse.read(Tables.SENTENCES).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> mentions = warehouse.read(Tables.MENTIONS).persist(StorageLevel.MEMORY_AND_DISK());
    TrendsTransforms t =
        TrendsTransforms.compute(
            warehouse.read(Tables.ARTICLES),
            sentences,
            mentions,
            options.lexicon(),
            options.trends());
    Dataset<Row> sentenceFrames = t.sentenceFrames().persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> articleFrames = t.articleFrames().persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> coverage = t.coverage().persist(StorageLevel.MEMORY_AND_DISK());
    // small, and read again by the spikes: computed once
    Dataset<Row> frameTrends = t.frameTrends().persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> entityTrends = t.entityTrends().persist(StorageLevel.MEMORY_AND_DISK());
    writeSmall(spark, warehouse, Tables.FRAMES, t.frames());
    writeSorted(
        spark,
        warehouse,
        Tables.SENTENCE_FRAMES,
        sentenceFrames,
        "published_date",
        "article_id",
        "sentence_index",
        "frame");
    writeSorted(
        spark,
        warehouse,
        Tables.ARTICLE_FRAMES,
        articleFrames,
        "published_date",
        "article_id",
        "frame");
    writeSmall(spark, warehouse, Tables.FRAME_TRENDS, frameTrends);
    writeSmall(spark, warehouse, Tables.FRAME_BALANCE, t.frameBalance());
    writeSmall(spark, warehouse, Tables.ENTITY_TRENDS, entityTrends);
    writeSmall(spark, warehouse, Tables.ENTITY_FRAMES, t.entityFrames());
    writeSmall(spark, warehouse, Tables.SPIKES, t.spikes());
    writeSmall(spark, warehouse, Tables.EVIDENCE, t.evidence());
    long counting = System.nanoTime();
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
    LOG.debug("trends: counted the result in {}s", seconds(counting));
    for (Dataset<Row> cached :
        List.of(
            sentenceFrames,
            articleFrames,
            coverage,
            frameTrends,
            entityTrends,
            sentences,
            mentions)) {
      cached.unpersist();
    }
    return r;
  }

  /**
   * Writes a table of aggregates as one file, easy to read by hand and by other engines; {@code
   * repartition(1)} rather than {@code coalesce(1)}, which would pull the last computing stage into
   * a single task too.
   */
  private static void writeSmall(
      SparkSession spark, Warehouse warehouse, Table table, Dataset<Row> rows) {
    write(spark, warehouse, table, rows.repartition(1));
  }

  /**
   * Writes a per-sentence or per-article table sorted globally, so each file holds a date range and
   * readers skip row groups by their published_date statistics; Hive partitions by day wrote
   * thousands of files of a few rows each (1,200 days of the ai-tech pages: 2,096 files).
   */
  private static void writeSorted(
      SparkSession spark, Warehouse warehouse, Table table, Dataset<Row> rows, String... by) {
    write(
        spark,
        warehouse,
        table,
        rows.orderBy(Arrays.stream(by).map(c -> col(c)).toArray(Column[]::new)));
  }

  private static void write(
      SparkSession spark, Warehouse warehouse, Table table, Dataset<Row> rows) {
    long start = System.nanoTime();
    spark.sparkContext().setJobDescription("trends: write " + table.name());
    warehouse.replace(table, rows);
    LOG.debug("trends: wrote {} in {}s", table.name(), seconds(start));
  }

  private static String seconds(long startNanos) {
    return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - startNanos) / 1e9);
  }
}
