package dev.newsframes.trends;

import static dev.newsframes.trends.TrendFixtures.ARTICLES;
import static dev.newsframes.trends.TrendFixtures.MENTIONS;
import static dev.newsframes.trends.TrendFixtures.SENTENCES;
import static dev.newsframes.trends.TrendFixtures.article;
import static dev.newsframes.trends.TrendFixtures.mention;
import static dev.newsframes.trends.TrendFixtures.sentence;
import static dev.newsframes.trends.TrendFixtures.table;

import dev.newsframes.common.Period;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A small hand-built corpus over three months whose trend numbers are worked out in the tests.
 *
 * <pre>
 * a1 article 2024-01-10 day    | 0 "the ban on models" -0.5 | 1 "a race with china" 0.4 | 2 "nothing here" 0
 * a2 article 2024-01-20 day    | 0 "oversight and the executive order" 0.1 | 1 "an executive order again" 0.3
 * a3 duplicate of a2           | 0 "oversight" 0.9                  -> never counted
 * a4 teaser 2024-01-22         | 0 "the race" 0.5                   -> not counted by default
 * a5 article 2024-02-05 second | 0 "the human race" 0 (excluded) | 1 "china threat" -0.8
 * a6 article 2024-02 (month)   | 0 "ban" -0.1                       -> monthly series only
 * a7 article, no date          | 0 "ban" 0.2                        -> never counted
 * a8 article 2024-02-20        | no sentences (not annotated)       -> never counted
 * a9 article 2024-03-03 day    | 0 "nothing here" 0                 -> coverage without frames
 * </pre>
 */
final class TrendCorpus {
  private TrendCorpus() {}

  static final Dataset<Row> ARTICLE_TABLE =
      table(
          ARTICLES,
          article("a1", "article", "2024-01-10", "day", null),
          article("a2", "article", "2024-01-20", "day", null),
          article("a3", "article", "2024-01-21", "day", "a2"),
          article("a4", "teaser", "2024-01-22", "day", null),
          article("a5", "article", "2024-02-05", "second", null),
          article("a6", "article", "2024-02-01", "month", null),
          article("a7", "article", null, null, null),
          article("a8", "article", "2024-02-20", "day", null),
          article("a9", "article", "2024-03-03", "day", null));

  static final Dataset<Row> SENTENCE_TABLE =
      table(
          SENTENCES,
          sentence("a1", 0, "2024-01-10", "the ban on models", -0.5),
          sentence("a1", 1, "2024-01-10", "a race with china", 0.4),
          sentence("a1", 2, "2024-01-10", "nothing here", 0.0),
          sentence("a2", 0, "2024-01-20", "oversight and the executive order", 0.1),
          sentence("a2", 1, "2024-01-20", "an executive order again", 0.3),
          sentence("a3", 0, "2024-01-21", "oversight", 0.9),
          sentence("a4", 0, "2024-01-22", "the race", 0.5),
          sentence("a5", 0, "2024-02-05", "the human race", 0.0),
          sentence("a5", 1, "2024-02-05", "china threat", -0.8),
          sentence("a6", 0, "2024-02-01", "ban", -0.1),
          sentence("a7", 0, null, "ban", 0.2),
          sentence("a9", 0, "2024-03-03", "nothing here", 0.0));

  static final Dataset<Row> MENTION_TABLE =
      table(
          MENTIONS,
          mention("a1", 0, "OpenAI", "ORGANIZATION", "OpenAI", -0.5),
          mention("a1", 0, "OpenAI", "ORGANIZATION", "OpenAI", -0.5),
          mention("a1", 1, "china", "COUNTRY", "China", 0.4),
          mention("a2", 0, "FTC", "ORGANIZATION", "Federal Trade Commission", 0.1),
          mention(
              "a3", 0, "Federal Trade Commission", "ORGANIZATION", "Federal Trade Commission", 0.9),
          mention("a5", 0, "1990", "DATE", "1990", 0.0),
          mention("a5", 1, "china", "COUNTRY", "China", -0.8));

  /** Months and weeks; balance intervals from 2 articles, so the tiny months get one. */
  static final TrendsJob.Options OPTIONS =
      TrendsJob.Options.builder(TrendFixtures.LEXICON)
          .periods(List.of(Period.MONTH, Period.WEEK))
          .evidencePerFrame(2)
          .balance(balanceFromArticles(2))
          .build();

  /** The default balance rule with intervals from {@code n} articles. */
  static BalanceRule balanceFromArticles(int n) {
    BalanceRule d = BalanceRule.DEFAULT;
    return new BalanceRule(d.positiveFrame(), d.negativeFrame(), d.resamples(), n, d.seed());
  }

  static final Dataset<Row> SENTENCE_FRAMES =
      FrameTransforms.sentenceFrames(SENTENCE_TABLE, MENTION_TABLE, TrendFixtures.LEXICON).cache();

  static final Dataset<Row> ARTICLE_FRAMES =
      FrameTransforms.articleFrames(
              SENTENCE_FRAMES,
              SENTENCE_TABLE,
              TrendFixtures.LEXICON,
              PresenceTransforms.anyHit(SENTENCE_FRAMES))
          .cache();

  static final Dataset<Row> COVERAGE =
      FrameTrendTransforms.coverage(ARTICLE_TABLE, SENTENCE_TABLE, OPTIONS).cache();
}
