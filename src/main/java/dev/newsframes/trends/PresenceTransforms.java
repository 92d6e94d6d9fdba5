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
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import scala.collection.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Frame and topic presence per article ({@link ArticlePresence}) from the sentence hits: what
 * decides which articles the trend tables count.
 *
 * <p>Groups the hit sentences by article (one shuffle), joins the article's sentence and title
 * counts, and calls the model from a one-line UDF; the model reaches the executors as its JSON and
 * is parsed once per executor JVM. When the model's sentence classifiers read encoder states
 * ({@link FramePresenceModel#stateSource}), the states of the sentences they score come from {@link
 * SentenceStateTransforms} (encoded on the executors unless cached) and are joined on as a list per
 * article.
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
   * @throws IllegalArgumentException when the model's sentence classifiers read sentence states,
   *     which need the {@code mentions} table: see the overload
   */
  public static Dataset<Row> presence(
      Dataset<Row> hitSentences,
      Dataset<Row> articles,
      Dataset<Row> sentences,
      FramePresenceModel model) {
    model
        .stateSource()
        .ifPresent(
            s -> {
              throw new IllegalArgumentException(
                  "the presence model's sentence classifiers read the states ("
                      + s
                      + ") of the mentioned sentences: presence needs the mentions table");
            });
    return decide(hitSentences, articles, sentences, model, Optional.empty());
  }

  /**
   * {@link #presence(Dataset, Dataset, Dataset, FramePresenceModel)}, the sentence classifiers
   * reading the states of each article's mentioned sentences: encoded on the executors for the
   * articles that hit one of their frames ({@link #sentencesToEncode}), an empty list for an
   * article with hits but no mentioned sentence. Without a state source nothing is encoded and
   * {@code mentions} is not read.
   *
   * @param mentions the {@code mentions} table: which sentences have an entity mention
   */
  public static Dataset<Row> presence(
      Dataset<Row> hitSentences,
      Dataset<Row> articles,
      Dataset<Row> sentences,
      Dataset<Row> mentions,
      FramePresenceModel model) {
    return presence(
        hitSentences,
        articles,
        sentences,
        model,
        sentenceStates(
            hitSentences, sentences, mentions, model, Optional.empty(), Optional.empty()));
  }

  /**
   * The same, the states looked up in (and the rest encoded beside) {@code cache}: {@link
   * SentenceStateTransforms#lookup}'s plan, whose {@code states} the caller may persist and write
   * back.
   */
  public static Dataset<Row> presence(
      Dataset<Row> hitSentences,
      Dataset<Row> articles,
      Dataset<Row> sentences,
      FramePresenceModel model,
      Optional<SentenceStateTransforms> states) {
    if (model.stateSource().isPresent() != states.isPresent()) {
      throw new IllegalArgumentException(
          states.isPresent()
              ? "sentence states given, but the presence model reads none"
              : "the presence model's sentence classifiers read states ("
                  + model.stateSource().get()
                  + "), and none were given");
    }
    return decide(
        hitSentences, articles, sentences, model, states.map(c -> stateLists(c.perSentence())));
  }

  /**
   * The cache lookup {@link #presence(Dataset, Dataset, Dataset, FramePresenceModel, Optional)}
   * reads, or empty when the model's classifiers read no states.
   *
   * @param cache rows of {@code sentence_states}, if the warehouse has the table
   * @param encoded counts the sentences encoded, for progress lines
   */
  public static Optional<SentenceStateTransforms> sentenceStates(
      Dataset<Row> hitSentences,
      Dataset<Row> sentences,
      Dataset<Row> mentions,
      FramePresenceModel model,
      Optional<Dataset<Row>> cache,
      Optional<LongAccumulator> encoded) {
    return model
        .stateSource()
        .map(
            source ->
                SentenceStateTransforms.lookup(
                    sentencesToEncode(hitSentences, sentences, mentions, model),
                    cache,
                    source,
                    encoded));
  }

  /**
   * Runs the model over each article's hits, sentence counts and, when given, sentence states
   * (article_id, states; an article without a row gets none).
   */
  private static Dataset<Row> decide(
      Dataset<Row> hitSentences,
      Dataset<Row> articles,
      Dataset<Row> sentences,
      FramePresenceModel model,
      Optional<Dataset<Row>> states) {
    Dataset<Row> rows =
        hitLists(hitSentences).join(sentenceCounts(articles, sentences), "article_id");
    Column stateColumn = lit(null).cast(STATE_LISTS);
    if (states.isPresent()) {
      rows = rows.join(states.get(), seq("article_id"), "left");
      stateColumn = col("states");
    }
    UserDefinedFunction decide = presenceUdf(new ModelJson(model));
    return rows.select(
            col("article_id"),
            explode(
                    decide.apply(
                        col("hit_sentences"),
                        col("article_sentences"),
                        col("title_sentences"),
                        stateColumn))
                .as("p"))
        .select(col("article_id"), col("p.frame"), col("p.present"), col("p.score"));
  }

  /**
   * The sentences whose states the model's sentence classifiers score: article_id, sentence_index,
   * the distinct sentences with an entity mention ({@code mentions}) of the articles with a hit of
   * a frame in {@link FramePresenceModel#framesWithSentences}; no other article can carry such a
   * frame. Empty when no frame has a classifier.
   *
   * @param hitSentences rows of {@code sentence_frames}, the topic's rows included
   */
  private static Dataset<Row> mentionedSentences(
      Dataset<Row> hitSentences, Dataset<Row> mentions, FramePresenceModel model) {
    Object[] frames = model.framesWithSentences().toArray();
    Dataset<Row> hitting =
        hitSentences.filter(col("frame").isin(frames)).select("article_id").distinct();
    return mentions
        .select("article_id", "sentence_index")
        .distinct()
        .join(hitting, seq("article_id"), "left_semi");
  }

  /**
   * {@link #mentionedSentences} with their text: article_id, sentence_index, text; what {@link
   * SentenceStateTransforms#lookup} finds states for.
   */
  public static Dataset<Row> sentencesToEncode(
      Dataset<Row> hitSentences,
      Dataset<Row> sentences,
      Dataset<Row> mentions,
      FramePresenceModel model) {
    return mentionedSentences(hitSentences, mentions, model)
        .join(
            sentences.select("article_id", "sentence_index", "text"),
            seq("article_id", "sentence_index"));
  }

  /** The type of an article's states: {@link #stateLists}' column. */
  private static final DataType STATE_LISTS =
      DataTypes.createArrayType(DataTypes.createArrayType(DataTypes.FloatType, false), false);

  /** The states per article: article_id, states (array of state arrays, in no order). */
  private static Dataset<Row> stateLists(Dataset<Row> states) {
    return states.groupBy("article_id").agg(collect_list(col("state")).as("states"));
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

  /** The model over an article's hits, counts and sentence states (null: none). */
  private static UserDefinedFunction presenceUdf(ModelJson model) {
    UDF4<Seq<Row>, Integer, Integer, Seq<Seq<Float>>, List<Row>> f =
        (hits, total, title, states) ->
            rows(
                ArticlePresence.of(
                    model.get(),
                    PresenceRows.articleHits(
                        CollectionConverters.asJava(hits),
                        total,
                        title,
                        states == null ? null : CollectionConverters.asJava(states))));
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
