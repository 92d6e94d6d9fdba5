package dev.newsframes.trends;

import dev.newsframes.testing.SparkTestSession;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Hand-built articles, sentences and mentions tables with the schemas of the stage contracts. */
final class TrendFixtures {
  private TrendFixtures() {}

  static final StructType ARTICLES =
      new StructType()
          .add("article_id", DataTypes.StringType)
          .add("kind", DataTypes.StringType)
          .add("url", DataTypes.StringType)
          .add("source", DataTypes.StringType)
          .add("title", DataTypes.StringType)
          .add("published_at", DataTypes.TimestampType)
          .add("published_date", DataTypes.DateType)
          .add("date_precision", DataTypes.StringType)
          .add("language", DataTypes.StringType)
          .add("duplicate_of", DataTypes.StringType)
          .add("content_hash", DataTypes.StringType)
          .add("word_count", DataTypes.IntegerType);

  static final StructType SENTENCES =
      new StructType()
          .add("article_id", DataTypes.StringType)
          .add("sentence_index", DataTypes.IntegerType)
          .add("begin", DataTypes.IntegerType)
          .add("end", DataTypes.IntegerType)
          .add("text", DataTypes.StringType)
          .add("tokens", DataTypes.createArrayType(DataTypes.StringType))
          .add("lemmas", DataTypes.createArrayType(DataTypes.StringType))
          .add("sentiment_label", DataTypes.StringType)
          .add("sentiment_probs", DataTypes.createArrayType(DataTypes.DoubleType))
          .add("sentiment_score", DataTypes.DoubleType)
          .add("sentiment_model", DataTypes.StringType)
          .add("published_date", DataTypes.DateType);

  static final StructType MENTIONS =
      new StructType()
          .add("article_id", DataTypes.StringType)
          .add("sentence_index", DataTypes.IntegerType)
          .add("begin", DataTypes.IntegerType)
          .add("end", DataTypes.IntegerType)
          .add("text", DataTypes.StringType)
          .add("ner_type", DataTypes.StringType)
          .add("canonical_entity", DataTypes.StringType)
          .add("sentiment_label", DataTypes.StringType)
          .add("sentiment_score", DataTypes.DoubleType)
          .add("sentiment_probs", DataTypes.createArrayType(DataTypes.DoubleType))
          .add("sentence_sentiment_score", DataTypes.DoubleType)
          .add("published_date", DataTypes.DateType);

  /** An article; {@code date} as yyyy-MM-dd or null. */
  static Row article(String id, String kind, String date, String precision, String duplicateOf) {
    Date d = date == null ? null : Date.valueOf(date);
    Timestamp at = date == null ? null : Timestamp.valueOf(date + " 12:00:00");
    return RowFactory.create(
        id,
        kind,
        "https://example.com/" + id,
        "example.com",
        "Title " + id,
        at,
        d,
        precision,
        "en",
        duplicateOf,
        "hash-" + id,
        100);
  }

  /** A sentence whose tokens and lemmas are its space-separated words. */
  static Row sentence(String articleId, int index, String date, String text, double score) {
    List<String> words = Arrays.asList(text.split(" "));
    return sentence(articleId, index, date, text, words, words, score);
  }

  static Row sentence(
      String articleId,
      int index,
      String date,
      String text,
      List<String> tokens,
      List<String> lemmas,
      double score) {
    String label = score < -0.2 ? "negative" : score > 0.2 ? "positive" : "neutral";
    return RowFactory.create(
        articleId,
        index,
        0,
        text.length(),
        text,
        tokens,
        lemmas,
        label,
        List.of(0.1, 0.2, 0.4, 0.2, 0.1),
        score,
        "test-model",
        date == null ? null : Date.valueOf(date));
  }

  /** A mention with sentiment {@code score} towards it, in a neutral (0.0) sentence. */
  static Row mention(
      String articleId,
      int sentenceIndex,
      String text,
      String type,
      String canonical,
      double score) {
    return mention(articleId, sentenceIndex, text, type, canonical, score, 0.0);
  }

  /**
   * A mention with sentiment {@code score} towards it (labelled beyond +-0.2, null: unscored, as
   * with {@code nlp.entity-sentiment=none}) in a sentence of score {@code sentenceScore}.
   */
  static Row mention(
      String articleId,
      int sentenceIndex,
      String text,
      String type,
      String canonical,
      Double score,
      double sentenceScore) {
    String label =
        score == null ? null : score < -0.2 ? "negative" : score > 0.2 ? "positive" : "neutral";
    List<Double> probs =
        score == null
            ? null
            : List.of(Math.max(0, -score), 1 - Math.abs(score), Math.max(0, score));
    return RowFactory.create(
        articleId,
        sentenceIndex,
        0,
        text.length(),
        text,
        type,
        canonical,
        label,
        score,
        probs,
        sentenceScore,
        null);
  }

  static Dataset<Row> table(StructType schema, Row... rows) {
    return SparkTestSession.get().createDataFrame(List.of(rows), schema);
  }

  /** A test lexicon: two ai_policy frames and one media_frames frame, with an entity trigger. */
  static final FrameLexicon LEXICON =
      FrameLexicon.parse(
          """
          frames:
            - id: regulation
              label: Regulation
              group: ai_policy
              lemmas: [ban, oversight]
              phrases: [executive order]
            - id: competitiveness
              label: Competitiveness
              group: ai_policy
              lemmas: [race, china]
              entities: [China]
              exclusions: [human race]
            - id: security
              label: Security
              group: media_frames
              weight: 0.5
              lemmas: [threat]
          """,
          "test-lexicon");

  /** Column names and SQL types, ignoring nullability: what a table's readers rely on. */
  static List<String> columns(StructType schema) {
    return Arrays.stream(schema.fields())
        .map(f -> f.name() + " " + f.dataType().simpleString())
        .toList();
  }
}
