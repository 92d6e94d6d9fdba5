package dev.newsframes.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.newsframes.io.Tables;
import dev.newsframes.sentiment.SentimentLabel;
import dev.newsframes.sentiment.SentimentScore;
import dev.newsframes.sentiment.target.TargetPolarity;
import java.sql.Date;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** The mention row of annotate: polarity towards the mention beside its sentence's score. */
class AnnotateRowsTest {
  private static final String TEXT = "Critics slammed Smith.";
  private static final SentimentScore SENTENCE =
      new SentimentScore(SentimentLabel.NEGATIVE, List.of(0.2, 0.4, 0.2, 0.1, 0.1), -0.4, "test");

  private static Row mentionRow(Optional<TargetPolarity> polarity) {
    AnnotatedSentence s =
        new AnnotatedSentence(
            0, 0, TEXT.length(), TEXT, List.of(), List.of(), List.of(), Optional.of(SENTENCE));
    EntityMention m =
        new EntityMention(0, 16, 21, "Smith", "PERSON", "Smith", polarity, Optional.of(SENTENCE));
    AnnotatedDocument doc =
        new AnnotatedDocument(
            "a1",
            TEXT.length(),
            TEXT.length(),
            List.of(s),
            List.of(m),
            Optional.empty(),
            1,
            Duration.ZERO);
    List<Row> rows =
        AnnotateRows.of(
            new AnnotateRows.Document("a1", "h1", Date.valueOf("2024-05-02")), doc, "fp");
    return rows.stream()
        .filter(r -> r.getString(0).equals(AnnotateRows.MENTION))
        .findFirst()
        .orElseThrow()
        .getStruct(2);
  }

  @Test
  void aScoredMentionCarriesItsPolarityProbabilitiesAndTheSentenceScore() {
    Row r = mentionRow(Optional.of(TargetPolarity.of(new double[] {0.7, 0.2, 0.1})));
    assertThat(col(r, "sentiment_label")).as("sentiment_label").isEqualTo("negative");
    assertThat((double) col(r, "sentiment_score"))
        .as("P(pos) - P(neg)")
        .isCloseTo(-0.6, within(1e-12));
    assertThat(col(r, "sentiment_probs"))
        .as("negative, neutral, positive")
        .hasToString("List(0.7, 0.2, 0.1)");
    assertThat(col(r, "sentence_sentiment_score")).as("sentence score").isEqualTo(-0.4);
  }

  @Test
  void withEntitySentimentOffTheMentionColumnsAreNullAndTheSentenceScoreStays() {
    Row r = mentionRow(Optional.empty());
    assertThat(col(r, "sentiment_label")).as("sentiment_label").isNull();
    assertThat(col(r, "sentiment_score")).as("sentiment_score").isNull();
    assertThat(col(r, "sentiment_probs")).as("sentiment_probs").isNull();
    assertThat(col(r, "sentence_sentiment_score")).as("sentence score").isEqualTo(-0.4);
  }

  /** The value of a mentions column (annotate's rows carry no schema: by the table's order). */
  private static Object col(Row r, String column) {
    return r.get(Tables.MENTIONS.schema().fieldIndex(column));
  }
}
