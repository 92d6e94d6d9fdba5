package dev.newsframes.trends;

import static dev.newsframes.trends.TrendCorpus.COVERAGE;
import static dev.newsframes.trends.TrendCorpus.MENTION_TABLE;
import static dev.newsframes.trends.TrendCorpus.OPTIONS;
import static dev.newsframes.trends.TrendCorpus.SENTENCE_FRAMES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dev.newsframes.io.TrendSchemas;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;

class EntityTransformsSparkTest {

  @Test
  void entityTrendsCountMentionsSentencesAndArticlesOfCountedArticles() {
    Dataset<Row> trends =
        EntityTransforms.entityTrends(COVERAGE, MENTION_TABLE, OPTIONS)
            .filter("granularity = 'month'");

    assertThat(TrendFixtures.columns(trends.schema()))
        .isEqualTo(TrendFixtures.columns(TrendSchemas.ENTITY_TRENDS));
    // OpenAI twice in one sentence; the FTC mention of duplicate a3 and the DATE mention are out.
    assertThat(trends.orderBy("period_start", "entity").collectAsList())
        .extracting(
            r -> r.getAs("period_start").toString(),
            r -> r.getAs("entity"),
            r -> r.getAs("ner_type"),
            r -> r.getAs("mentions"),
            r -> r.getAs("sentences"),
            r -> r.getAs("articles"),
            r -> r.getAs("period_articles"),
            r -> r.getAs("article_share"),
            r -> r.getAs("mean_sentiment"))
        .containsExactly(
            tuple("2024-01-01", "China", "COUNTRY", 1L, 1L, 1L, 2L, 0.5, 0.4),
            tuple(
                "2024-01-01", "Federal Trade Commission", "ORGANIZATION", 1L, 1L, 1L, 2L, 0.5, 0.1),
            tuple("2024-01-01", "OpenAI", "ORGANIZATION", 2L, 1L, 1L, 2L, 0.5, -0.5),
            tuple("2024-02-01", "China", "COUNTRY", 1L, 1L, 1L, 2L, 0.5, -0.8));
  }

  @Test
  void mentionsOfTheArticlesOwnPublisherAreAttributionNotTopics() {
    // every fixture article is published by example.com
    Dataset<Row> mentions =
        MENTION_TABLE.unionByName(
            TrendFixtures.table(
                TrendFixtures.MENTIONS,
                TrendFixtures.mention("a1", 2, "Example.com", "ORGANIZATION", "Example.com", 0.2),
                TrendFixtures.mention("a2", 1, "the  example.com", "ORGANIZATION", null, 0.3),
                TrendFixtures.mention("a2", 1, "Example", "ORGANIZATION", "Example", 0.3)));

    assertThat(
            EntityTransforms.entityTrends(COVERAGE, mentions, OPTIONS)
                .filter("granularity = 'month'")
                .select("entity")
                .distinct()
                .orderBy("entity")
                .collectAsList())
        .extracting(r -> r.getString(0))
        .containsExactly("China", "Example", "Federal Trade Commission", "OpenAI");
  }

  @Test
  void entityFramesPairEntitiesWithTheFramesOfTheirSentences() {
    Dataset<Row> pairs =
        EntityTransforms.entityFrames(
                EntityTransforms.entitySentences(COVERAGE, MENTION_TABLE, OPTIONS),
                frameSentences(),
                EntityTransforms.entityTypes(MENTION_TABLE, OPTIONS),
                SENTENCE_FRAMES,
                OPTIONS)
            .filter("granularity = 'month'");

    assertThat(TrendFixtures.columns(pairs.schema()))
        .isEqualTo(TrendFixtures.columns(TrendSchemas.ENTITY_FRAMES));
    // Jan regulation has 3 sentences (a1/0, a2/0, a2/1); Feb's frames 1 sentence each.
    assertThat(pairs.orderBy("period_start", "entity", "frame").collectAsList())
        .extracting(
            r -> r.getAs("period_start").toString(),
            r -> r.getAs("entity"),
            r -> r.getAs("frame"),
            r -> r.getAs("sentences"),
            r -> r.getAs("articles"),
            r -> r.getAs("hits"),
            r -> r.getAs("entity_sentences"),
            r -> r.getAs("frame_sentences"),
            r -> r.getAs("entity_sentence_share"),
            r -> r.getAs("frame_sentence_share"),
            r -> r.getAs("mean_sentiment"))
        .containsExactly(
            tuple("2024-01-01", "China", "competitiveness", 1L, 1L, 2L, 1L, 1L, 1.0, 1.0, 0.4),
            tuple(
                "2024-01-01",
                "Federal Trade Commission",
                "regulation",
                1L,
                1L,
                2L,
                1L,
                3L,
                1.0,
                1.0 / 3,
                0.1),
            tuple("2024-01-01", "OpenAI", "regulation", 1L, 1L, 1L, 1L, 3L, 1.0, 1.0 / 3, -0.5),
            tuple("2024-02-01", "China", "competitiveness", 1L, 1L, 1L, 1L, 1L, 1.0, 1.0, -0.8),
            tuple("2024-02-01", "China", "security", 1L, 1L, 1L, 1L, 1L, 1.0, 1.0, -0.8));
  }

  @Test
  void entitySentimentIsTheMeanOfItsMentionsPolarityAndTheSentenceMeanStaysBesideIt() {
    // OpenAI criticised twice in a1/0 and praised in a2/0, while those sentences read positive,
    // negative; a2/1 names OpenAI without a score (annotated with nlp.entity-sentiment=none).
    Dataset<Row> mentions =
        TrendFixtures.table(
            TrendFixtures.MENTIONS,
            TrendFixtures.mention("a1", 0, "OpenAI", "ORGANIZATION", "OpenAI", -0.6, 0.3),
            TrendFixtures.mention("a1", 0, "OpenAI", "ORGANIZATION", "OpenAI", -0.4, 0.3),
            TrendFixtures.mention("a2", 0, "OpenAI", "ORGANIZATION", "OpenAI", 0.8, -0.1),
            TrendFixtures.mention("a2", 1, "OpenAI", "ORGANIZATION", "OpenAI", null, 0.5));

    List<Row> rows =
        EntityTransforms.entityTrends(COVERAGE, mentions, OPTIONS)
            .filter("granularity = 'month'")
            .collectAsList();

    assertThat(rows).as("one entity in one month").hasSize(1);
    Row openAi = rows.get(0);
    MeanInterval expected = MeanInterval.of(new double[] {-0.6, -0.4, 0.8}, 0.95).orElseThrow();
    assertThat((long) openAi.getAs("mentions")).as("mentions").isEqualTo(4L);
    assertThat((long) openAi.getAs("scored_mentions")).as("scored_mentions").isEqualTo(3L);
    assertThat((double) openAi.getAs("mean_sentiment"))
        .as("mean over the scored mentions, not the sentences")
        .isCloseTo(-0.2 / 3, within(1e-12));
    assertThat((double) openAi.getAs("sentiment_ci_low"))
        .as("t interval from the mention scores")
        .isCloseTo(expected.low(), within(1e-9));
    assertThat((double) openAi.getAs("sentiment_ci_high")).isCloseTo(expected.high(), within(1e-9));
    assertThat((double) openAi.getAs("negative_share")).isCloseTo(2.0 / 3, within(1e-12));
    assertThat((double) openAi.getAs("positive_share")).isCloseTo(1.0 / 3, within(1e-12));
    assertThat((double) openAi.getAs("sentence_mean_sentiment"))
        .as("each of the three sentences once")
        .isCloseTo(0.7 / 3, within(1e-12));
  }

  @Test
  void entitiesWithoutScoredMentionsHaveNoSentiment() {
    Dataset<Row> mentions =
        TrendFixtures.table(
            TrendFixtures.MENTIONS,
            TrendFixtures.mention("a1", 1, "china", "COUNTRY", "China", null, 0.4));

    Row china =
        EntityTransforms.entityTrends(COVERAGE, mentions, OPTIONS)
            .filter("granularity = 'month'")
            .first();

    assertThat((long) china.getAs("scored_mentions")).isZero();
    assertThat((Object) china.getAs("mean_sentiment")).as("mean_sentiment").isNull();
    assertThat((Object) china.getAs("negative_share")).as("negative_share").isNull();
    assertThat((double) china.getAs("sentence_mean_sentiment")).isEqualTo(0.4);
  }

  /**
   * The fixture's sentences per frame and period, as frame_trends counts them for entity_frames:
   * granularity, period_start, frame, frame_sentences.
   */
  private static Dataset<Row> frameSentences() {
    return SENTENCE_FRAMES
        .select("article_id", "frame")
        .join(COVERAGE.select("granularity", "period_start", "article_id"), "article_id")
        .groupBy("granularity", "period_start", "frame")
        .agg(functions.count(functions.lit(1)).as("frame_sentences"));
  }
}
