package dev.newsframes.trends;

import static dev.newsframes.trends.FrameTransforms.seq;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import dev.newsframes.trends.presence.ArticlePresence;
import dev.newsframes.trends.presence.FramePresenceModel;
import dev.newsframes.trends.presence.Presence;
import dev.newsframes.trends.presence.PresenceModelFile;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.collection.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Frame and topic presence per article ({@link ArticlePresence}) from the sentence hits: what
 * decides which articles the trend tables count.
 *
 * <p>Groups the hit sentences by article (one shuffle), joins the article's sentence and title
 * counts, and calls the model from a one-line UDF; the model reaches the executors as its JSON and
 * is parsed once per executor JVM.
 */
public final class PresenceTransforms {
  private PresenceTransforms() {}

  private static final StructType PRESENCE =
      new StructType()
          .add("frame", DataTypes.StringType, false)
          .add("present", DataTypes.BooleanType, false)
          .add("score", DataTypes.DoubleType, false);

  /**
   * The topic's hits per sentence, in the layout of {@code sentence_frames} (frame is the topic id,
   * frame_group {@link TopicDefinition#GROUP}).
   */
  public static Dataset<Row> topicSentences(
      Dataset<Row> sentences, Dataset<Row> mentions, TopicDefinition topic) {
    return FrameTransforms.sentenceFrames(sentences, mentions, topic.lexicon());
  }

  /**
   * One row per article with a hit and frame (or topic) it hits: article_id, frame, present, score;
   * the topic gets a row for every such article when the model has one.
   *
   * @param hitSentences rows of {@code sentence_frames}, the topic's rows included
   * @param articles the {@code articles} table (its titles tell which sentences are the title)
   * @param sentences the {@code sentences} table
   */
  public static Dataset<Row> presence(
      Dataset<Row> hitSentences,
      Dataset<Row> articles,
      Dataset<Row> sentences,
      FramePresenceModel model) {
    Dataset<Row> counts = sentenceCounts(articles, sentences);
    Dataset<Row> hits = hitLists(hitSentences);
    UserDefinedFunction decide = presenceUdf(new ModelJson(model));
    return hits.join(counts, "article_id")
        .select(
            col("article_id"),
            explode(
                    decide.apply(
                        col("hit_sentences"), col("article_sentences"), col("title_sentences")))
                .as("p"))
        .select(col("article_id"), col("p.frame"), col("p.present"), col("p.score"));
  }

  /**
   * What the presence model reads, one row per article with sentences: article_id, hit_sentences
   * (array of sentence_index, frame, hits, matched_terms; null without a hit), article_sentences,
   * title_sentences. {@link PresenceRows#articleHits} turns a row into {@code ArticleHits}.
   *
   * @param hitSentences rows of {@code sentence_frames}, the topic's rows included
   */
  public static Dataset<Row> articleHits(
      Dataset<Row> hitSentences, Dataset<Row> articles, Dataset<Row> sentences) {
    return sentenceCounts(articles, sentences)
        .join(hitLists(hitSentences), seq("article_id"), "left")
        .select("article_id", "hit_sentences", "article_sentences", "title_sentences");
  }

  private static Dataset<Row> sentenceCounts(Dataset<Row> articles, Dataset<Row> sentences) {
    return sentences
        .select("article_id", "begin")
        .join(articles.select("article_id", "title"), "article_id")
        .groupBy("article_id")
        .agg(
            count(lit(1)).cast("int").as("article_sentences"),
            sum(when(length(col("title")).gt(col("begin")), 1).otherwise(0))
                .cast("int")
                .as("title_sentences"));
  }

  private static Dataset<Row> hitLists(Dataset<Row> hitSentences) {
    return hitSentences
        .groupBy("article_id")
        .agg(
            collect_list(
                    struct(col("sentence_index"), col("frame"), col("hits"), col("matched_terms")))
                .as("hit_sentences"));
  }

  /**
   * The rule before presence models, without running one: every frame an article hits is present
   * with score 1. Same columns as {@link #presence}.
   */
  public static Dataset<Row> anyHit(Dataset<Row> sentenceFrames) {
    return sentenceFrames
        .select("article_id", "frame")
        .distinct()
        .withColumn("present", lit(true))
        .withColumn("score", lit(1.0));
  }

  /**
   * One row per article that hits a frame or the topic: article_id, topic, present, score,
   * sentences (hitting the topic), published_date; see {@code TrendSchemas.ARTICLE_TOPICS}.
   *
   * @param presence rows of {@link #presence}
   * @param topicSentences rows of {@link #topicSentences}
   */
  public static Dataset<Row> articleTopics(
      Dataset<Row> presence,
      Dataset<Row> topicSentences,
      Dataset<Row> articles,
      TopicDefinition topic) {
    Dataset<Row> counts =
        topicSentences.groupBy("article_id").agg(count(lit(1)).cast("int").as("sentences"));
    return presence
        .filter(col("frame").equalTo(topic.id()))
        .join(counts, seq("article_id"), "left")
        .join(articles.select("article_id", "published_date"), seq("article_id"), "left")
        .select(
            col("article_id"),
            col("frame").as("topic"),
            col("present"),
            col("score"),
            coalesce(col("sentences"), lit(0)).as("sentences"),
            col("published_date"));
  }

  private static UserDefinedFunction presenceUdf(ModelJson model) {
    UDF3<Seq<Row>, Integer, Integer, List<Row>> f =
        (hits, total, title) ->
            rows(
                ArticlePresence.of(
                    model.get(),
                    PresenceRows.articleHits(CollectionConverters.asJava(hits), total, title)));
    return udf(f, DataTypes.createArrayType(PRESENCE, false));
  }

  private static List<Row> rows(List<Presence> presences) {
    List<Row> out = new ArrayList<>();
    presences.forEach(p -> out.add(RowFactory.create(p.frame(), p.present(), p.score())));
    return out;
  }

  /**
   * The model as its JSON, parsed lazily once per JVM: the model's records are not serializable.
   */
  private static final class ModelJson implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<String, FramePresenceModel> PARSED = new ConcurrentHashMap<>();
    private final String json;

    ModelJson(FramePresenceModel model) {
      this.json = PresenceModelFile.toJson(model, Map.of());
    }

    FramePresenceModel get() {
      return PARSED.computeIfAbsent(json, j -> PresenceModelFile.parse(j, "broadcast model"));
    }
  }
}
