package dev.newsframes.trends;

import dev.newsframes.io.TrendSchemas;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Every table of the trends stage, as lazy Datasets; see {@link TrendSchemas} for their columns.
 *
 * <p>{@code sentenceFrames}, {@code articleFrames} and {@code coverage} feed several tables: a job
 * should persist them (or write and read them back) before writing the others, or the matching UDF
 * runs once per table.
 */
public record TrendsTransforms(
    Dataset<Row> frames,
    Dataset<Row> sentenceFrames,
    Dataset<Row> articleFrames,
    Dataset<Row> coverage,
    Dataset<Row> frameTrends,
    Dataset<Row> frameBalance,
    Dataset<Row> entityTrends,
    Dataset<Row> entityFrames,
    Dataset<Row> spikes,
    Dataset<Row> evidence) {

  /** All trend tables from the {@code articles}, {@code sentences} and {@code mentions} tables. */
  public static TrendsTransforms compute(
      Dataset<Row> articles,
      Dataset<Row> sentences,
      Dataset<Row> mentions,
      TrendsJob.Options options) {
    FrameLexicon lexicon = options.lexicon();
    Dataset<Row> frames = FrameTransforms.frameCatalog(sentences.sparkSession(), lexicon);
    Dataset<Row> sentenceFrames = FrameTransforms.sentenceFrames(sentences, mentions, lexicon);
    Dataset<Row> articleFrames = FrameTransforms.articleFrames(sentenceFrames, sentences, lexicon);
    Dataset<Row> coverage = FrameTrendTransforms.coverage(articles, sentences, options);
    Dataset<Row> frameTrends =
        FrameTrendTransforms.frameTrends(
            coverage, sentenceFrames, articleFrames, sentences, frames, options);
    Dataset<Row> entityTrends = EntityTransforms.entityTrends(coverage, mentions, options);
    Dataset<Row> spikes =
        SpikeTransforms.spikes(
            SpikeTransforms.frameSeries(frameTrends)
                .unionByName(
                    SpikeTransforms.entitySeries(entityTrends, coverage, options.topEntities())),
            options.spikeRule());
    return new TrendsTransforms(
        frames,
        sentenceFrames,
        articleFrames,
        coverage,
        frameTrends,
        BalanceTransforms.frameBalance(coverage, articleFrames, options),
        entityTrends,
        EntityTransforms.entityFrames(coverage, mentions, sentenceFrames, options),
        spikes,
        FrameTrendTransforms.evidence(coverage, sentenceFrames, sentences, options));
  }
}
