package dev.newsframes.trends;

import static dev.newsframes.trends.TrendFixtures.ARTICLES;
import static dev.newsframes.trends.TrendFixtures.MENTIONS;
import static dev.newsframes.trends.TrendFixtures.SENTENCES;
import static dev.newsframes.trends.TrendFixtures.article;
import static dev.newsframes.trends.TrendFixtures.mention;
import static dev.newsframes.trends.TrendFixtures.sentence;
import static dev.newsframes.trends.TrendFixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** The headline is never its own evidence; demonyms count as their country; "AI" is no actor. */
class EvidenceAndEntitiesSparkTest {
  private static final Dataset<Row> ARTICLE_TABLE =
      table(ARTICLES, article("a1", "article", "2024-01-10", "day", null));

  /** The annotated document is the title, a blank line, the body: sentence 0 is the title. */
  private static final Dataset<Row> SENTENCE_TABLE =
      table(
          SENTENCES,
          sentence(
              "a1",
              0,
              "2024-01-10",
              "Title a1",
              List.of("Title", "a1"),
              List.of("ban", "oversight", "china"),
              0.9),
          sentence("a1", 1, "2024-01-10", "the ban on models", -0.5),
          sentence("a1", 2, "2024-01-10", "a race with china", 0.4));

  private static final Dataset<Row> MENTION_TABLE =
      table(
          MENTIONS,
          mention("a1", 1, "American", "MISC", "American", -0.5),
          mention("a1", 2, "Americans", "MISC", "Americans", 0.4),
          mention("a1", 2, "United States", "COUNTRY", "United States", 0.4),
          mention("a1", 1, "AI", "MISC", "AI", -0.5),
          mention("a1", 2, "Chinese", "NATIONALITY", "Chinese", 0.4));

  private static TrendsTransforms compute() {
    return TrendsTransforms.compute(
        ARTICLE_TABLE, SENTENCE_TABLE, MENTION_TABLE, TrendCorpus.OPTIONS);
  }

  @Test
  void theTitleSentenceIsNotQuotedAsEvidence() {
    List<String> quoted =
        compute()
            .evidence()
            .filter("granularity = 'month'")
            .select("frame", "sentence_index")
            .collectAsList()
            .stream()
            .map(Row::toString)
            .sorted()
            .toList();
    assertThat(quoted)
        .as("evidence (frame, sentence): the title hits both frames but is left out")
        .containsExactly("[competitiveness,2]", "[regulation,1]");
  }

  @Test
  void twoDifferentTermsOutrankOneTermRepeated() {
    Dataset<Row> sentences =
        table(
            SENTENCES,
            sentence("a1", 0, "2024-01-10", "Title a1", List.of("Title"), List.of("title"), 0.0),
            sentence(
                "a1",
                1,
                "2024-01-10",
                "ban after ban after ban",
                List.of("ban", "after", "ban", "after", "ban"),
                List.of("ban", "after", "ban", "after", "ban"),
                -0.9),
            sentence(
                "a1",
                2,
                "2024-01-10",
                "a ban under oversight",
                List.of("a", "ban", "under", "oversight"),
                List.of("a", "ban", "under", "oversight"),
                0.0));

    List<Row> ranked =
        TrendsTransforms.compute(ARTICLE_TABLE, sentences, MENTION_TABLE, TrendCorpus.OPTIONS)
            .evidence()
            .filter("granularity = 'month' AND frame = 'regulation'")
            .orderBy("rank")
            .select("sentence_index", "hits")
            .collectAsList();

    assertThat(ranked).extracting(r -> r.getInt(0)).containsExactly(2, 1);
    assertThat(ranked.get(1).getInt(1))
        .as("the repeated term has more hits, and the stronger sentiment, yet ranks second")
        .isGreaterThan(ranked.get(0).getInt(1));
  }

  @Test
  void demonymsCountAsTheirCountryAndTopicWordsAreNoActors() {
    List<String> entities =
        compute()
            .entityTrends()
            .filter("granularity = 'month'")
            .select("entity", "mentions")
            .collectAsList()
            .stream()
            .map(Row::toString)
            .sorted()
            .toList();
    assertThat(entities).containsExactly("[China,1]", "[United States,3]");
    assertThat(EntityNames.of("Americans")).hasValue("United States");
    assertThat(EntityNames.of(" ai ")).isEmpty();
    assertThat(EntityNames.of("OpenAI")).hasValue("OpenAI");
  }
}
