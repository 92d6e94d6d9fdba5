package dev.newsframes.trends;

import static dev.newsframes.trends.TrendFixtures.ARTICLES;
import static dev.newsframes.trends.TrendFixtures.MENTIONS;
import static dev.newsframes.trends.TrendFixtures.SENTENCES;
import static dev.newsframes.trends.TrendFixtures.article;
import static dev.newsframes.trends.TrendFixtures.mention;
import static dev.newsframes.trends.TrendFixtures.sentence;
import static dev.newsframes.trends.TrendFixtures.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsframes.io.TrendSchemas;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** All tables at once, on sentences of the seed page with the shipped lexicon. */
class TrendsTransformsSparkTest {
  private static final String DATE = "2026-05-22";
  private static final FrameLexicon LEXICON = FrameLexicon.load(FrameLexiconTest.DEFAULT);

  private static TrendsTransforms seedTables() {
    List<Row> sentences = new ArrayList<>();
    List<FixtureSentence> seed = FixtureSentence.load(FixtureSentence.SEED);
    for (int i = 0; i < seed.size(); i++) {
      FixtureSentence s = seed.get(i);
      sentences.add(sentence("seed", i, DATE, s.text(), s.tokens(), s.lemmas(), -0.1 * i));
    }
    return TrendsTransforms.compute(
        table(ARTICLES, article("seed", "article", DATE, "day", null)),
        table(SENTENCES, sentences.toArray(Row[]::new)),
        table(
            MENTIONS,
            mention("seed", 0, "Trump", "PERSON", "Donald Trump", 0),
            mention("seed", 0, "China", "COUNTRY", "China", 0)),
        TrendsJob.Options.builder(LEXICON).build());
  }

  @Test
  void everyTableHasItsDeclaredColumns() {
    TrendsTransforms t = seedTables();

    Map<String, Object[]> tables =
        Map.of(
            "frames", new Object[] {t.frames(), TrendSchemas.FRAME_CATALOG},
            "sentence_frames", new Object[] {t.sentenceFrames(), TrendSchemas.SENTENCE_FRAMES},
            "article_frames", new Object[] {t.articleFrames(), TrendSchemas.ARTICLE_FRAMES},
            "article_topics", new Object[] {t.articleTopics(), TrendSchemas.ARTICLE_TOPICS},
            "frame_trends", new Object[] {t.frameTrends(), TrendSchemas.FRAME_TRENDS},
            "frame_balance", new Object[] {t.frameBalance(), TrendSchemas.FRAME_BALANCE},
            "entity_trends", new Object[] {t.entityTrends(), TrendSchemas.ENTITY_TRENDS},
            "entity_frames", new Object[] {t.entityFrames(), TrendSchemas.ENTITY_FRAMES},
            "spikes", new Object[] {t.spikes(), TrendSchemas.SPIKES},
            "evidence", new Object[] {t.evidence(), TrendSchemas.EVIDENCE});
    tables.forEach(
        (name, pair) ->
            assertThat(TrendFixtures.columns(((Dataset<?>) pair[0]).schema()))
                .as(name)
                .isEqualTo(TrendFixtures.columns((StructType) pair[1])));
  }

  @Test
  void onTheSeedArticleBothFramesFireAndTheBalanceIsComputed() {
    TrendsTransforms t = seedTables();

    Row balance = t.frameBalance().first();
    // regulation in sentences 0, 1, 2, 4, 6; competitiveness in 0 and 5: b = (5 - 2) / 7
    assertThat((long) balance.getAs("positive_sentences")).isEqualTo(5);
    assertThat((long) balance.getAs("negative_sentences")).isEqualTo(2);
    assertThat((double) balance.getAs("balance")).isEqualTo(3.0 / 7);
    assertThat((Object) balance.getAs("balance_ci_low"))
        .as("one article: resampling it would claim a zero-width interval")
        .isNull();
    assertThat(balance.getAs("period_start").toString()).isEqualTo("2026-05-01");
    assertThat(
            t.articleFrames()
                .filter("frame_group = 'ai_policy' AND is_dominant")
                .select("frame")
                .collectAsList())
        .extracting(r -> r.getString(0))
        .containsExactly("regulation");
    assertThat(t.frameTrends().count()).as("one month x 20 frames").isEqualTo(20);
    assertThat(
            t.evidence()
                .filter("frame = 'competitiveness' AND rank = 1")
                .first()
                .<String>getAs("text"))
        .startsWith("Trump refused to approve the order");
    assertThat(t.spikes().count()).as("a single period has no history").isZero();
  }

  @Test
  void aBalanceFrameMissingFromTheLexiconFailsEarly() {
    BalanceRule missing = new BalanceRule("regulation", "innovation", 1000, 5, 42);

    assertThatThrownBy(() -> TrendsJob.Options.builder(LEXICON).balance(missing).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Balance frame 'innovation' is not in the frame lexicon jobs/frames.yaml");
  }
}
