package dev.newsframes.trends;

import static dev.newsframes.trends.TrendFixtures.MENTIONS;
import static dev.newsframes.trends.TrendFixtures.SENTENCES;
import static dev.newsframes.trends.TrendFixtures.mention;
import static dev.newsframes.trends.TrendFixtures.sentence;
import static dev.newsframes.trends.TrendFixtures.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsframes.io.TrendSchemas;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class FrameTransformsSparkTest {
  private static final String D = "2024-01-10";

  private static final Dataset<Row> SENTENCES_TABLE =
      table(
          SENTENCES,
          sentence("a1", 0, D, "the ban and the executive order", 0.1),
          sentence("a1", 1, D, "a race with china", -0.2),
          sentence("a1", 2, D, "officials in Beijing warn of a threat", -0.6),
          sentence("a1", 3, D, "nothing to see", 0.0),
          sentence("a2", 0, D, "the human race", 0.0),
          sentence("a2", 1, D, "china and the race", 0.3),
          sentence("a2", 2, D, "oversight", 0.0),
          sentence("a3", 0, D, "ban race", 0.0));

  private static final Dataset<Row> MENTIONS_TABLE =
      table(
          MENTIONS,
          mention("a1", 1, "china", "COUNTRY", "China", -0.2),
          mention("a1", 2, "Beijing", "CITY", "China", -0.6),
          mention("a2", 1, "china", "COUNTRY", "China", 0.3));

  @Test
  void sentenceFramesHaveOneRowPerSentenceAndFrameHit() {
    Dataset<Row> frames =
        FrameTransforms.sentenceFrames(SENTENCES_TABLE, MENTIONS_TABLE, TrendFixtures.LEXICON);

    assertThat(TrendFixtures.columns(frames.schema()))
        .isEqualTo(TrendFixtures.columns(TrendSchemas.SENTENCE_FRAMES));
    assertThat(frames.orderBy("article_id", "sentence_index", "frame").collectAsList())
        .extracting(
            r -> r.getString(0),
            r -> r.getInt(1),
            r -> r.getString(2),
            r -> r.getString(3),
            r -> r.getInt(4),
            r -> r.getList(5))
        .containsExactly(
            tuple("a1", 0, "regulation", "ai_policy", 2, List.of("ban", "executive order")),
            tuple("a1", 1, "competitiveness", "ai_policy", 2, List.of("race", "china")),
            tuple("a1", 2, "competitiveness", "ai_policy", 1, List.of("entity:China")),
            tuple("a1", 2, "security", "media_frames", 1, List.of("threat")),
            tuple("a2", 1, "competitiveness", "ai_policy", 2, List.of("china", "race")),
            tuple("a2", 2, "regulation", "ai_policy", 1, List.of("oversight")),
            tuple("a3", 0, "competitiveness", "ai_policy", 1, List.of("race")),
            tuple("a3", 0, "regulation", "ai_policy", 1, List.of("ban")));
  }

  @Test
  void withoutEntityTriggersTheMentionsTableIsNotRead() {
    FrameLexicon wordsOnly =
        FrameLexicon.of(
            "words",
            List.of(
                new Frame(
                    "regulation",
                    "R",
                    "",
                    "ai_policy",
                    1,
                    List.of("ban"),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of())));

    Dataset<Row> frames = FrameTransforms.sentenceFrames(SENTENCES_TABLE, null, wordsOnly);

    assertThat(frames.count()).as("a1 s0 and a3 s0").isEqualTo(2);
  }

  @Test
  void articleFramesSharesAndTheDominantFramePerGroup() {
    Dataset<Row> sentenceFrames =
        FrameTransforms.sentenceFrames(SENTENCES_TABLE, MENTIONS_TABLE, TrendFixtures.LEXICON);

    Dataset<Row> articles =
        FrameTransforms.articleFrames(
            sentenceFrames,
            SENTENCES_TABLE,
            TrendFixtures.LEXICON,
            PresenceTransforms.anyHit(sentenceFrames));

    assertThat(TrendFixtures.columns(articles.schema()))
        .isEqualTo(TrendFixtures.columns(TrendSchemas.ARTICLE_FRAMES));
    // a1 (4 sentences): regulation 1 sentence/2 hits, competitiveness 2 sentences/3 hits -> comp
    // dominant; security alone in media_frames -> dominant. a2 (3 sentences): comp 1/2, reg 1/1
    // -> same sentences, comp more hits. a3: one sentence each, one hit each -> a tie, both.
    assertThat(articles.orderBy("article_id", "frame").collectAsList())
        .extracting(
            r -> r.getString(0),
            r -> r.getString(1),
            r -> r.getInt(3),
            r -> r.getInt(4),
            r -> r.getDouble(5),
            r -> r.getBoolean(6))
        .containsExactly(
            tuple("a1", "competitiveness", 3, 2, 0.5, true),
            tuple("a1", "regulation", 2, 1, 0.25, false),
            tuple("a1", "security", 1, 1, 0.25, true),
            tuple("a2", "competitiveness", 2, 1, 1.0 / 3, true),
            tuple("a2", "regulation", 1, 1, 1.0 / 3, false),
            tuple("a3", "competitiveness", 1, 1, 1.0, true),
            tuple("a3", "regulation", 1, 1, 1.0, true));
    assertThat(articles.filter("article_id = 'a1'").first().getDate(9)).hasToString(D);
  }

  @Test
  void frameWeightsDecideTheDominantFrame() {
    FrameLexicon weighted =
        FrameLexicon.parse(
            """
            frames:
              - {id: regulation, label: R, group: ai_policy, lemmas: [ban], weight: 3}
              - {id: competitiveness, label: C, group: ai_policy, lemmas: [race]}
            """,
            "weighted");
    Dataset<Row> sentences =
        table(
            SENTENCES,
            sentence("w", 0, D, "race", 0),
            sentence("w", 1, D, "race", 0),
            sentence("w", 2, D, "ban", 0));

    Dataset<Row> hits = FrameTransforms.sentenceFrames(sentences, null, weighted);
    Dataset<Row> articles =
        FrameTransforms.articleFrames(hits, sentences, weighted, PresenceTransforms.anyHit(hits));

    assertThat(articles.filter("is_dominant").select("frame").as(Encoders.STRING()).collectAsList())
        .as("1 sentence x weight 3 beats 2 sentences x weight 1")
        .containsExactly("regulation");
  }
}
