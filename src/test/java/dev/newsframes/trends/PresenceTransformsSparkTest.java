package dev.newsframes.trends;

import static dev.newsframes.trends.TrendFixtures.ARTICLES;
import static dev.newsframes.trends.TrendFixtures.MENTIONS;
import static dev.newsframes.trends.TrendFixtures.SENTENCES;
import static dev.newsframes.trends.TrendFixtures.article;
import static dev.newsframes.trends.TrendFixtures.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsframes.trends.presence.ArticleHits;
import dev.newsframes.trends.presence.FallbackRule;
import dev.newsframes.trends.presence.FrameHit;
import dev.newsframes.trends.presence.FramePresenceModel;
import dev.newsframes.trends.presence.SentenceFrames;
import java.sql.Date;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

/**
 * Presence decides what the trend tables count: three January articles whose frame hits differ in
 * sentences and distinct terms, under the (2 sentences, 2 terms) rule and under the shipped model.
 *
 * <pre>
 * p1 | title "Title p1" | ban here | oversight and ban | a race      -> regulation present
 * p2 | title "Title p2" | ban      | the race with china | race again -> competitiveness present
 * p3 | title "Title p3" | ban      | nothing                          -> nothing present
 * </pre>
 */
class PresenceTransformsSparkTest {
  static final String D = "2024-01-10";

  static final Dataset<Row> ARTICLE_TABLE =
      table(
          ARTICLES,
          article("p1", "article", D, "day", null),
          article("p2", "article", D, "day", null),
          article("p3", "article", D, "day", null));

  static final Dataset<Row> SENTENCE_TABLE =
      table(
          SENTENCES,
          sentence("p1", 0, "Title p1"),
          sentence("p1", 1, "ban here"),
          sentence("p1", 2, "oversight and ban"),
          sentence("p1", 3, "a race"),
          sentence("p2", 0, "Title p2"),
          sentence("p2", 1, "ban"),
          sentence("p2", 2, "the race with china"),
          sentence("p2", 3, "race again"),
          sentence("p3", 0, "Title p3"),
          sentence("p3", 1, "ban"),
          sentence("p3", 2, "nothing"));

  /** A sentence at offset 100 x index, so only sentence 0 lies within the title. */
  static Row sentence(String id, int index, String text) {
    List<String> words = Arrays.asList(text.toLowerCase(Locale.ROOT).split(" "));
    return RowFactory.create(
        id,
        index,
        100 * index,
        100 * index + text.length(),
        text,
        words,
        words,
        "neutral",
        List.of(0.2, 0.2, 0.2, 0.2, 0.2),
        0.0,
        "test-model",
        Date.valueOf(D));
  }

  static TrendsTransforms compute(TrendsJob.Options options) {
    return TrendsTransforms.compute(ARTICLE_TABLE, SENTENCE_TABLE, table(MENTIONS), options);
  }

  static final TrendsJob.Options TWO_AND_TWO =
      TrendsJob.Options.builder(TrendFixtures.LEXICON)
          .presence(FramePresenceModel.fallbackOnly(new FallbackRule(2, 2)), Optional.empty())
          .build();

  @Test
  void articleFramesCarryPresentAndScoreAndOnlyPresentFramesDominate() {
    Dataset<Row> frames = compute(TWO_AND_TWO).articleFrames().filter("frame_group = 'ai_policy'");

    assertThat(frames.orderBy("article_id", "frame").collectAsList())
        .extracting(
            r -> r.getString(0),
            r -> r.getString(1),
            r -> r.<Boolean>getAs("present"),
            r -> r.<Double>getAs("score"),
            r -> r.<Boolean>getAs("is_dominant"))
        .containsExactly(
            tuple("p1", "competitiveness", false, 0.5, false),
            tuple("p1", "regulation", true, 1.0, true),
            tuple("p2", "competitiveness", true, 1.0, true),
            tuple("p2", "regulation", false, 0.5, false),
            tuple("p3", "regulation", false, 0.5, false));
  }

  @Test
  void onlyPresentArticlesAndTheirSentencesCountInTheTrendTables() {
    TrendsTransforms t = compute(TWO_AND_TWO);

    assertThat(
            t.frameTrends()
                .filter("granularity = 'month' AND frame_group = 'ai_policy'")
                .orderBy("frame")
                .collectAsList())
        .extracting(
            r -> r.<String>getAs("frame"),
            r -> r.<Long>getAs("articles"),
            r -> r.<Long>getAs("sentences"),
            r -> r.<Long>getAs("period_articles"))
        .as("regulation hits 3 articles, 4 sentences; only p1 and its 2 sentences count")
        .containsExactly(tuple("competitiveness", 1L, 2L, 3L), tuple("regulation", 1L, 2L, 3L));
    assertThat(t.sentenceFrames().filter("frame = 'regulation'").count())
        .as("sentence_frames keeps every hit as evidence")
        .isEqualTo(4);
    Row balance = t.frameBalance().filter("granularity = 'month'").first();
    assertThat(
            List.of(
                balance.<Long>getAs("positive_sentences"),
                balance.<Long>getAs("negative_sentences")))
        .containsExactly(2L, 2L);
    assertThat(
            t.evidence()
                .filter("frame = 'regulation'")
                .select("article_id")
                .distinct()
                .collectAsList())
        .extracting(r -> r.getString(0))
        .containsExactly("p1");
  }

  @Test
  void onTopicOnlyLeavesOffTopicArticlesOutOfEveryTrendTable() {
    // the topic is "race": p1 has one race sentence, p2 two; under (2, 2) only p2 is on topic
    TopicDefinition topic =
        TopicDefinition.fromYaml("topic: {id: ai, label: AI, lemmas: [race, china]}", "test")
            .orElseThrow();
    TrendsJob.Options options =
        TWO_AND_TWO.toBuilder()
            .presence(FramePresenceModel.fallbackOnly(new FallbackRule(2, 2)), Optional.of(topic))
            .topicOnly(true)
            .build();

    TrendsTransforms t = compute(options);

    assertThat(t.articleTopics().filter("present").select("article_id").collectAsList())
        .extracting(r -> r.getString(0))
        .containsExactly("p2");
    assertThat(
            t.frameTrends()
                .filter("granularity = 'month' AND frame_group = 'ai_policy'")
                .orderBy("frame")
                .collectAsList())
        .extracting(
            r -> r.<String>getAs("frame"),
            r -> r.<Long>getAs("articles"),
            r -> r.<Long>getAs("period_articles"))
        .as("p1's regulation is off topic: only p2 and its competitiveness count")
        .containsExactly(tuple("competitiveness", 1L, 1L), tuple("regulation", 0L, 1L));
    assertThat(t.evidence().select("article_id").distinct().collectAsList())
        .extracting(r -> r.getString(0))
        .containsExactly("p2");
    assertThat(t.articleFrames().filter("present").select("article_id").distinct().count())
        .as("article_frames still covers every article")
        .isEqualTo(2);
    assertThatThrownBy(() -> TWO_AND_TWO.toBuilder().topicOnly(true).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a topic");
  }

  @Test
  void theSparkVerdictEqualsThePureModelsOnTheSameHits() {
    TopicDefinition topic =
        TopicDefinition.fromYaml("topic: {id: ai, label: AI, lemmas: [china]}", "test")
            .orElseThrow();
    TrendsJob.Options options =
        TrendsJob.Options.builder(TrendFixtures.LEXICON)
            .presence(FramePresenceModel.loadDefault(), Optional.of(topic))
            .build();

    TrendsTransforms t = compute(options);

    // p2 by hand: 4 sentences, 1 title sentence; ban (1), race china + topic (2), race (3)
    ArticleHits p2 =
        new ArticleHits(
            4,
            1,
            List.of(
                new SentenceFrames(1, List.of(new FrameHit("regulation", 1, List.of("ban")))),
                new SentenceFrames(
                    2,
                    List.of(
                        new FrameHit("competitiveness", 2, List.of("race", "china")),
                        new FrameHit("ai", 1, List.of("china")))),
                new SentenceFrames(
                    3, List.of(new FrameHit("competitiveness", 1, List.of("race"))))));
    FramePresenceModel model = FramePresenceModel.loadDefault();
    for (String frame : List.of("regulation", "competitiveness")) {
      Row r = t.articleFrames().filter("article_id = 'p2' AND frame = '" + frame + "'").first();
      assertThat(r.<Double>getAs("score"))
          .as(frame)
          .isCloseTo(model.presence(p2, frame).score(), offset(1e-12));
      assertThat(r.<Boolean>getAs("present"))
          .as(frame)
          .isEqualTo(model.presence(p2, frame).present());
    }
    Row onTopic = t.articleTopics().filter("article_id = 'p2'").first();
    assertThat(onTopic.<String>getAs("topic")).isEqualTo("ai");
    assertThat(onTopic.<Integer>getAs("sentences")).isEqualTo(1);
    assertThat(onTopic.<Double>getAs("score"))
        .isCloseTo(model.presence(p2, "ai").score(), offset(1e-12));
    assertThat(t.articleTopics().count())
        .as("every article with a hit has a topic verdict")
        .isEqualTo(3);
  }

  @Test
  void aModelThatReadsATopicNeedsOne() {
    assertThatThrownBy(
            () ->
                TrendsJob.Options.builder(TrendFixtures.LEXICON)
                    .presence(FramePresenceModel.loadDefault(), Optional.empty())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("topic 'ai'");
  }
}
