package dev.newsframes.trends;

import static org.apache.spark.sql.functions.col;

import dev.newsframes.io.TrendSchemas;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;

/**
 * Every table of the trends stage, as lazy Datasets; see {@link TrendSchemas} for their columns.
 *
 * <p>Only articles where a frame is present ({@code article_frames.present}) count for it in
 * frame_trends, frame_balance, spikes, entity_frames and evidence; sentence_frames keeps every hit.
 * {@code sentenceFrames}, {@code topicSentences}, {@code sentenceStates.states}, {@code presence},
 * {@code articleFrames}, {@code coverage}, {@code entitySentences} and {@code frameTrends} feed
 * several tables: a job should persist them, in that order (a cached plan uses only the caches that
 * exist when it is persisted), before writing the others, or the matching UDFs run once per table.
 * The present sentences, the periods and the entity types are read by several tables too, but are
 * cheap to recompute from those caches: persisting them as well nested cached plans three deep, and
 * Spark then shipped 12 MB of plan with every task.
 *
 * @param topicSentences the topic's hits per sentence ({@link PresenceTransforms#topicSentences});
 *     empty without a topic
 * @param sentenceStates the states the presence model's sentence classifiers read, and where they
 *     come from (cache or encoder); empty when it reads none
 * @param presence which articles carry a frame or the topic ({@link PresenceTransforms#presence})
 * @param entitySentences counted mentions per sentence ({@link EntityTransforms#entitySentences})
 */
public record TrendsTransforms(
    Dataset<Row> frames,
    Dataset<Row> sentenceFrames,
    Optional<Dataset<Row>> topicSentences,
    Optional<SentenceStateTransforms> sentenceStates,
    Dataset<Row> presence,
    Dataset<Row> articleFrames,
    Dataset<Row> articleTopics,
    Dataset<Row> coverage,
    Dataset<Row> entitySentences,
    Dataset<Row> frameTrends,
    Dataset<Row> frameBalance,
    Dataset<Row> entityTrends,
    Dataset<Row> entityFrames,
    Dataset<Row> spikes,
    Dataset<Row> evidence) {

  /** The sentence hits presence reads: the frames' and, with a topic, the topic's. */
  private static Dataset<Row> presenceHits(
      Dataset<Row> sentenceFrames, Optional<Dataset<Row>> topicSentences) {
    return topicSentences.map(sentenceFrames::unionByName).orElse(sentenceFrames);
  }

  /** All trend tables from the {@code articles}, {@code sentences} and {@code mentions} tables. */
  public static TrendsTransforms compute(
      Dataset<Row> articles,
      Dataset<Row> sentences,
      Dataset<Row> mentions,
      TrendsJob.Options options) {
    return compute(articles, sentences, mentions, options, Optional.empty(), Optional.empty());
  }

  /**
   * The same, the presence model's sentence states looked up in {@code stateCache} (rows of {@code
   * sentence_states}) before any is encoded, counting on {@code encoded} the sentences encoded (for
   * progress lines).
   */
  public static TrendsTransforms compute(
      Dataset<Row> articles,
      Dataset<Row> sentences,
      Dataset<Row> mentions,
      TrendsJob.Options options,
      Optional<Dataset<Row>> stateCache,
      Optional<LongAccumulator> encoded) {
    FrameLexicon lexicon = options.lexicon();
    SparkSession spark = sentences.sparkSession();
    Dataset<Row> frames = FrameTransforms.frameCatalog(spark, lexicon);
    Dataset<Row> sentenceFrames = FrameTransforms.sentenceFrames(sentences, mentions, lexicon);
    Optional<Dataset<Row>> topicSentences =
        options.topic().map(t -> PresenceTransforms.topicSentences(sentences, mentions, t));
    Dataset<Row> presenceHits = presenceHits(sentenceFrames, topicSentences);
    Optional<SentenceStateTransforms> sentenceStates =
        PresenceTransforms.sentenceStates(
            presenceHits, sentences, mentions, options.presence(), stateCache, encoded);
    Dataset<Row> presence =
        PresenceTransforms.presence(
            presenceHits, articles, sentences, options.presence(), sentenceStates);
    Dataset<Row> articleFrames =
        FrameTransforms.articleFrames(sentenceFrames, sentences, lexicon, presence);
    Dataset<Row> articleTopics =
        options
            .topic()
            .map(t -> PresenceTransforms.articleTopics(presence, topicSentences.get(), articles, t))
            .orElseGet(() -> spark.createDataFrame(List.of(), TrendSchemas.ARTICLE_TOPICS));
    // only articles that carry a frame count for it; the other hits stay in sentence_frames
    Dataset<Row> presentFrames = articleFrames.filter(col("present"));
    Dataset<Row> presentSentences =
        sentenceFrames.join(
            presentFrames.select("article_id", "frame"),
            FrameTransforms.seq("article_id", "frame"),
            "left_semi");
    Dataset<Row> coverage = FrameTrendTransforms.coverage(articles, sentences, options);
    if (options.topicOnly()) {
      // the study's question is about the topic's coverage: off-topic articles count nowhere
      coverage =
          coverage.join(
              articleTopics.filter(col("present")).select("article_id"),
              FrameTransforms.seq("article_id"),
              "left_semi");
    }
    Dataset<Row> frameTrends =
        FrameTrendTransforms.frameTrends(
            coverage, presentSentences, presentFrames, sentences, frames, options);
    Dataset<Row> entitySentences = EntityTransforms.entitySentences(coverage, mentions, options);
    Dataset<Row> entityTypes = EntityTransforms.entityTypes(mentions, options);
    Dataset<Row> entityTrends =
        EntityTransforms.entityTrends(entitySentences, coverage, entityTypes, options);
    Dataset<Row> spikes =
        SpikeTransforms.spikes(
            SpikeTransforms.frameSeries(frameTrends)
                .unionByName(
                    SpikeTransforms.entitySeries(entityTrends, coverage, options.topEntities())),
            options.spikeRule());
    // frame_trends counts the same present sentences per period that entity_frames divides by
    Dataset<Row> frameSentences =
        frameTrends
            .filter(col("sentences").gt(0))
            .select(
                col("granularity"),
                col("period_start"),
                col("frame"),
                col("sentences").as("frame_sentences"));
    return new TrendsTransforms(
        frames,
        sentenceFrames,
        topicSentences,
        sentenceStates,
        presence,
        articleFrames,
        articleTopics,
        coverage,
        entitySentences,
        frameTrends,
        BalanceTransforms.frameBalance(coverage, presentFrames, options),
        entityTrends,
        EntityTransforms.entityFrames(
            entitySentences, frameSentences, entityTypes, presentSentences, options),
        spikes,
        FrameTrendTransforms.evidence(coverage, presentSentences, sentences, options));
  }
}
