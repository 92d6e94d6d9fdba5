package dev.newsframes.trends;

import static dev.newsframes.trends.TrendCorpus.ARTICLE_FRAMES;
import static dev.newsframes.trends.TrendCorpus.ARTICLE_TABLE;
import static dev.newsframes.trends.TrendCorpus.COVERAGE;
import static dev.newsframes.trends.TrendCorpus.OPTIONS;
import static dev.newsframes.trends.TrendCorpus.SENTENCE_FRAMES;
import static dev.newsframes.trends.TrendCorpus.SENTENCE_TABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dev.newsframes.io.TrendSchemas;
import dev.newsframes.testing.SparkTestSession;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class FrameTrendTransformsSparkTest {

  @Test
  void coverageCountsCanonicalDatedAnnotatedArticlesOfTheCountedKinds() {
    assertThat(TrendFixtures.columns(COVERAGE.schema()))
        .isEqualTo(TrendFixtures.columns(TrendSchemas.COVERAGE));
    assertThat(COVERAGE.orderBy("granularity", "article_id").collectAsList())
        .extracting(
            r -> r.getAs("granularity"),
            r -> r.getAs("article_id"),
            r -> r.getAs("period_start").toString(),
            r -> r.getAs("sentences"))
        .containsExactly(
            tuple("month", "a1", "2024-01-01", 3L),
            tuple("month", "a2", "2024-01-01", 2L),
            tuple("month", "a5", "2024-02-01", 2L),
            tuple("month", "a6", "2024-02-01", 1L),
            tuple("month", "a9", "2024-03-01", 1L),
            tuple("week", "a1", "2024-01-08", 3L),
            tuple("week", "a2", "2024-01-15", 2L),
            tuple("week", "a5", "2024-02-05", 2L),
            tuple("week", "a9", "2024-02-26", 1L));
  }

  @Test
  void teasersCountWhenAsked() {
    Dataset<Row> withTeasers =
        FrameTrendTransforms.coverage(
            ARTICLE_TABLE,
            SENTENCE_TABLE,
            TrendsJob.Options.builder(TrendFixtures.LEXICON)
                .kinds(Set.of("article", "teaser"))
                .build());

    assertThat(withTeasers.filter("article_id = 'a4'").count()).isEqualTo(1);
  }

  @Test
  void frameTrendsCountsAndSharesPerMonth() {
    Dataset<Row> trends = frameTrends().filter("granularity = 'month'");

    assertThat(TrendFixtures.columns(trends.schema()))
        .isEqualTo(TrendFixtures.columns(TrendSchemas.FRAME_TRENDS));
    // Jan: a1 (3 sentences) + a2 (2). Feb: a5 (2) + a6 (1). Mar: a9 (1), no frames.
    assertThat(trends.orderBy("period_start", "frame").collectAsList())
        .extracting(
            r -> r.getAs("period_start").toString(),
            r -> r.getAs("frame"),
            r -> r.getAs("articles"),
            r -> r.getAs("dominant_articles"),
            r -> r.getAs("sentences"),
            r -> r.getAs("hits"),
            r -> r.getAs("period_articles"),
            r -> r.getAs("period_sentences"),
            r -> r.getAs("article_share"),
            r -> r.getAs("sentence_share"))
        .containsExactly(
            tuple("2024-01-01", "competitiveness", 1L, 1L, 1L, 2L, 2L, 5L, 0.5, 0.2),
            tuple("2024-01-01", "regulation", 2L, 1L, 3L, 4L, 2L, 5L, 1.0, 0.6),
            tuple("2024-01-01", "security", 0L, 0L, 0L, 0L, 2L, 5L, 0.0, 0.0),
            tuple("2024-02-01", "competitiveness", 1L, 1L, 1L, 1L, 2L, 3L, 0.5, 1.0 / 3),
            tuple("2024-02-01", "regulation", 1L, 1L, 1L, 1L, 2L, 3L, 0.5, 1.0 / 3),
            tuple("2024-02-01", "security", 1L, 1L, 1L, 1L, 2L, 3L, 0.5, 1.0 / 3),
            tuple("2024-03-01", "competitiveness", 0L, 0L, 0L, 0L, 1L, 1L, 0.0, 0.0),
            tuple("2024-03-01", "regulation", 0L, 0L, 0L, 0L, 1L, 1L, 0.0, 0.0),
            tuple("2024-03-01", "security", 0L, 0L, 0L, 0L, 1L, 1L, 0.0, 0.0));
  }

  @Test
  void frameSentimentIsTheMeanWithATInterval() {
    List<Row> jan =
        frameTrends()
            .filter("granularity = 'month' AND period_start = DATE'2024-01-01'")
            .orderBy("frame")
            .collectAsList();
    MeanInterval regulation = MeanInterval.of(new double[] {-0.5, 0.1, 0.3}, 0.95).orElseThrow();

    Row reg = jan.get(1);
    assertThat((double) reg.getAs("mean_sentiment")).isCloseTo(-0.1 / 3, within(1e-12));
    assertThat((double) reg.getAs("sentiment_ci_low")).isCloseTo(regulation.low(), within(1e-12));
    assertThat((double) reg.getAs("sentiment_ci_high")).isCloseTo(regulation.high(), within(1e-12));
    Row comp = jan.get(0);
    assertThat((double) comp.getAs("mean_sentiment")).isEqualTo(0.4);
    assertThat((Object) comp.getAs("sentiment_ci_low")).as("one sentence: no interval").isNull();
    assertThat((Object) jan.get(2).getAs("mean_sentiment")).as("no sentences").isNull();
  }

  @Test
  void weeklyTrendsLeaveOutMonthPreciseDatesAndKeepEmptyWeeks() {
    List<Row> weekly =
        frameTrends()
            .filter("granularity = 'week' AND frame = 'regulation'")
            .orderBy("period_start")
            .collectAsList();

    // a6 (known to the month) is in no week; the weeks between a2 and a5, and between a5 and a9,
    // have no coverage but are rows, so a series never jumps a gap silently
    assertThat(weekly)
        .extracting(
            r -> r.getAs("period_start").toString(),
            r -> r.getAs("articles"),
            r -> r.getAs("period_articles"),
            r -> r.getAs("article_share"))
        .containsExactly(
            tuple("2024-01-08", 1L, 1L, 1.0),
            tuple("2024-01-15", 1L, 1L, 1.0),
            tuple("2024-01-22", 0L, 0L, null),
            tuple("2024-01-29", 0L, 0L, null),
            tuple("2024-02-05", 0L, 1L, 0.0),
            tuple("2024-02-12", 0L, 0L, null),
            tuple("2024-02-19", 0L, 0L, null),
            tuple("2024-02-26", 0L, 1L, 0.0));
  }

  @Test
  void emptyPeriodsAreBalanceRowsWithZeroCountsAndNoIndex() {
    List<Row> weekly =
        BalanceTransforms.frameBalance(COVERAGE, ARTICLE_FRAMES, OPTIONS)
            .filter("granularity = 'week'")
            .orderBy("period_start")
            .collectAsList();

    assertThat(weekly)
        .extracting(
            r -> r.getAs("period_start").toString(),
            r -> r.getAs("articles"),
            r -> r.getAs("scored_articles"),
            r -> r.getAs("balance"),
            r -> r.getAs("balance_ci_low"))
        .as("a1 (0) and a2 (+1) in their weeks, a5 (-1) and a9 (no frame) in Feb, the rest empty")
        .containsExactly(
            tuple("2024-01-08", 1L, 1L, 0.0, null),
            tuple("2024-01-15", 1L, 1L, 1.0, null),
            tuple("2024-01-22", 0L, 0L, null, null),
            tuple("2024-01-29", 0L, 0L, null, null),
            tuple("2024-02-05", 1L, 1L, -1.0, null),
            tuple("2024-02-12", 0L, 0L, null, null),
            tuple("2024-02-19", 0L, 0L, null, null),
            tuple("2024-02-26", 1L, 0L, null, null));
  }

  @Test
  void theBalanceIntervalNeedsTheMinimumOfFramedArticles() {
    Row january =
        BalanceTransforms.frameBalance(
                COVERAGE,
                ARTICLE_FRAMES,
                OPTIONS.toBuilder().balance(TrendCorpus.balanceFromArticles(3)).build())
            .filter("granularity = 'month' AND period_start = DATE'2024-01-01'")
            .first();

    assertThat((long) january.getAs("scored_articles")).isEqualTo(2);
    assertThat((double) january.getAs("balance")).isEqualTo(0.5);
    assertThat((Object) january.getAs("balance_ci_low")).as("2 articles < 3").isNull();
    assertThat((Object) january.getAs("balance_ci_high")).isNull();
  }

  @Test
  void balanceIndexWithItsCountsAndBootstrapInterval() {
    Dataset<Row> balance =
        BalanceTransforms.frameBalance(COVERAGE, ARTICLE_FRAMES, OPTIONS)
            .filter("granularity = 'month'");

    assertThat(TrendFixtures.columns(balance.schema()))
        .isEqualTo(TrendFixtures.columns(TrendSchemas.FRAME_BALANCE));
    List<Row> rows = balance.orderBy("period_start").collectAsList();
    // Jan: a1 1 reg / 1 comp sentence -> 0; a2 2 reg -> 1. Feb: a5 comp only -> -1; a6 reg -> 1.
    assertThat(rows)
        .extracting(
            r -> r.getAs("period_start").toString(),
            r -> r.getAs("positive_frame"),
            r -> r.getAs("articles"),
            r -> r.getAs("positive_articles"),
            r -> r.getAs("negative_articles"),
            r -> r.getAs("both_articles"),
            r -> r.getAs("scored_articles"),
            r -> r.getAs("positive_sentences"),
            r -> r.getAs("negative_sentences"),
            r -> r.getAs("balance"),
            r -> r.getAs("presence_index"))
        .containsExactly(
            tuple("2024-01-01", "regulation", 2L, 2L, 1L, 1L, 2L, 3L, 1L, 0.5, 1.0 / 3),
            tuple("2024-02-01", "regulation", 2L, 1L, 1L, 0L, 2L, 1L, 1L, 0.0, 0.0),
            tuple("2024-03-01", "regulation", 1L, 0L, 0L, 0L, 0L, 0L, 0L, null, null));
    assertInterval(rows.get(0), new double[] {0, 1}, LocalDate.of(2024, 1, 1));
    assertInterval(rows.get(1), new double[] {-1, 1}, LocalDate.of(2024, 2, 1));
    assertThat((Object) rows.get(2).getAs("balance_ci_low")).isNull();
  }

  private static void assertInterval(Row row, double[] balancesByArticleId, LocalDate period) {
    BootstrapInterval.Bounds expected =
        BootstrapInterval.ofMean(
                balancesByArticleId,
                OPTIONS.balance().resamples(),
                BootstrapInterval.seedFor(OPTIONS.balance().seed(), period.toEpochDay()),
                OPTIONS.confidenceLevel())
            .orElseThrow();
    assertThat(
            new BootstrapInterval.Bounds(row.getAs("balance_ci_low"), row.getAs("balance_ci_high")))
        .as("bootstrap of %s", period)
        .isEqualTo(expected);
  }

  @Test
  void balanceIsReproducibleWhateverThePartitioning() {
    Dataset<Row> shuffled =
        BalanceTransforms.frameBalance(
            COVERAGE.repartition(5), ARTICLE_FRAMES.repartition(3), OPTIONS);
    Dataset<Row> plain = BalanceTransforms.frameBalance(COVERAGE, ARTICLE_FRAMES, OPTIONS);

    assertThat(shuffled.orderBy("granularity", "period_start").collectAsList())
        .isEqualTo(plain.orderBy("granularity", "period_start").collectAsList());
  }

  @Test
  void evidenceKeepsTheStrongestSentencesPerFrameAndPeriod() {
    Dataset<Row> evidence =
        FrameTrendTransforms.evidence(COVERAGE, SENTENCE_FRAMES, SENTENCE_TABLE, OPTIONS)
            .filter("granularity = 'month'");

    assertThat(TrendFixtures.columns(evidence.schema()))
        .isEqualTo(TrendFixtures.columns(TrendSchemas.EVIDENCE));
    // Jan regulation: a2/0 has 2 hits; a1/0 (|-0.5|) beats a2/1 (|0.3|) for the second place.
    assertThat(evidence.orderBy("period_start", "frame", "rank").collectAsList())
        .extracting(
            r -> r.getAs("period_start").toString(),
            r -> r.getAs("frame"),
            r -> r.getAs("rank"),
            r -> r.getAs("article_id"),
            r -> r.getAs("sentence_index"),
            r -> r.getAs("text"),
            r -> r.getAs("title"))
        .containsExactly(
            tuple("2024-01-01", "competitiveness", 1, "a1", 1, "a race with china", "Title a1"),
            tuple(
                "2024-01-01",
                "regulation",
                1,
                "a2",
                0,
                "oversight and the executive order",
                "Title a2"),
            tuple("2024-01-01", "regulation", 2, "a1", 0, "the ban on models", "Title a1"),
            tuple("2024-02-01", "competitiveness", 1, "a5", 1, "china threat", "Title a5"),
            tuple("2024-02-01", "regulation", 1, "a6", 0, "ban", "Title a6"),
            tuple("2024-02-01", "security", 1, "a5", 1, "china threat", "Title a5"));
  }

  private static Dataset<Row> frameTrends() {
    return FrameTrendTransforms.frameTrends(
        COVERAGE,
        SENTENCE_FRAMES,
        ARTICLE_FRAMES,
        SENTENCE_TABLE,
        FrameTransforms.frameCatalog(SparkTestSession.get(), TrendFixtures.LEXICON),
        OPTIONS);
  }
}
