package dev.newsframes.trends;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.rank;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;

import dev.newsframes.io.TrendSchemas;
import dev.newsframes.trends.presence.FrameHit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.collection.Seq;
import scala.jdk.javaapi.CollectionConverters;

/** Frame matching over the sentences table: {@code sentence_frames} and {@code article_frames}. */
public final class FrameTransforms {
  private FrameTransforms() {}

  private static final StructType HIT =
      new StructType()
          .add("frame", DataTypes.StringType, false)
          .add("frame_group", DataTypes.StringType, false)
          .add("hits", DataTypes.IntegerType, false)
          .add("matched_terms", DataTypes.createArrayType(DataTypes.StringType, false), false);

  private static final StructType ENTITY =
      new StructType()
          .add("canonical_entity", DataTypes.StringType)
          .add("ner_type", DataTypes.StringType)
          .add("text", DataTypes.StringType);

  /**
   * The lexicon as a small table: frame, frame_group, label, description, weight, frame_order. Used
   * to give every period a row for every frame, and written beside the tables for reports.
   */
  public static Dataset<Row> frameCatalog(SparkSession spark, FrameLexicon lexicon) {
    List<Row> rows = new ArrayList<>();
    List<Frame> frames = lexicon.frames();
    for (int i = 0; i < frames.size(); i++) {
      Frame f = frames.get(i);
      rows.add(RowFactory.create(f.id(), f.group(), f.label(), f.description(), f.weight(), i));
    }
    return spark.createDataFrame(rows, TrendSchemas.FRAME_CATALOG);
  }

  /**
   * One row per sentence and frame it hits: article_id, sentence_index, frame, frame_group, hits,
   * matched_terms, published_date.
   *
   * <p>Reads {@code lemmas} and {@code tokens} of {@code sentences}; joins {@code mentions} (once,
   * grouped by sentence) only when the lexicon has entity triggers, so {@code mentions} may be null
   * otherwise. The matcher is broadcast and called from a one-line UDF; every sentence of the input
   * is matched, duplicates and teasers included, since trend tables filter them themselves.
   */
  public static Dataset<Row> sentenceFrames(
      Dataset<Row> sentences, Dataset<Row> mentions, FrameLexicon lexicon) {
    Dataset<Row> input =
        sentences.select(
            col("article_id"),
            col("sentence_index"),
            col("lemmas"),
            col("tokens"),
            col("published_date"));
    if (lexicon.usesEntities()) {
      Dataset<Row> entities =
          mentions
              .groupBy("article_id", "sentence_index")
              .agg(
                  collect_list(struct(col("canonical_entity"), col("ner_type"), col("text")))
                      .as("entities"));
      input = input.join(entities, seq("article_id", "sentence_index"), "left");
    } else {
      input = input.withColumn("entities", lit(null).cast(DataTypes.createArrayType(ENTITY)));
    }
    UserDefinedFunction match = matchUdf(sentences.sparkSession(), lexicon);
    return input
        .select(
            col("article_id"),
            col("sentence_index"),
            col("published_date"),
            explode(match.apply(col("lemmas"), col("tokens"), col("entities"))).as("h"))
        .select(
            col("article_id"),
            col("sentence_index"),
            col("h.frame"),
            col("h.frame_group"),
            col("h.hits"),
            col("h.matched_terms"),
            col("published_date"));
  }

  private static UserDefinedFunction matchUdf(SparkSession spark, FrameLexicon lexicon) {
    Broadcast<FrameMatcher> matcher =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(lexicon.matcher());
    Map<String, String> groups =
        lexicon.frames().stream().collect(Collectors.toMap(Frame::id, Frame::group));
    UDF3<Seq<String>, Seq<String>, Seq<Row>, List<Row>> f =
        (lemmas, tokens, entities) -> hitRows(matcher.value(), groups, lemmas, tokens, entities);
    return udf(f, DataTypes.createArrayType(HIT, false));
  }

  private static List<Row> hitRows(
      FrameMatcher matcher,
      Map<String, String> groups,
      Seq<String> lemmas,
      Seq<String> tokens,
      Seq<Row> entities) {
    List<SentenceEntity> ents = new ArrayList<>();
    for (Row e : entities == null ? List.<Row>of() : CollectionConverters.asJava(entities)) {
      ents.add(new SentenceEntity(e.getString(0), e.getString(1), e.getString(2)));
    }
    List<Row> out = new ArrayList<>();
    for (FrameHit h : matcher.match(javaList(lemmas), javaList(tokens), ents)) {
      out.add(RowFactory.create(h.frameId(), groups.get(h.frameId()), h.hits(), h.matchedTerms()));
    }
    return out;
  }

  private static List<String> javaList(Seq<String> seq) {
    return seq == null ? null : CollectionConverters.asJava(seq);
  }

  /**
   * One row per article and frame it hits: article_id, frame, frame_group, hits, sentences (with a
   * hit), sentence_share (of the article's sentences), is_dominant, present, score, published_date.
   *
   * <p>{@code present} and {@code score} come from {@code presence} (article_id, frame, present,
   * score; see {@link PresenceTransforms#presence}); a hit frame missing there is not present. The
   * dominant frame is chosen within each frame group among the present frames: the highest score,
   * then the most sentences times the frame's weight, then the most hits times weight; frames still
   * tied are all dominant, and an absent frame is never dominant.
   */
  public static Dataset<Row> articleFrames(
      Dataset<Row> sentenceFrames,
      Dataset<Row> sentences,
      FrameLexicon lexicon,
      Dataset<Row> presence) {
    Dataset<Row> perArticle =
        sentences.groupBy("article_id").agg(count(lit(1)).as("article_sentences"));
    Dataset<Row> weights =
        frameCatalog(sentences.sparkSession(), lexicon).select(col("frame"), col("weight"));
    Dataset<Row> framed =
        sentenceFrames
            .groupBy("article_id", "frame", "frame_group")
            .agg(
                sum("hits").cast("int").as("hits"),
                count(lit(1)).cast("int").as("sentences"),
                first("published_date", true).as("published_date"))
            .join(broadcast(weights), "frame")
            .join(perArticle, "article_id")
            .join(
                presence.select("article_id", "frame", "present", "score"),
                seq("article_id", "frame"),
                "left")
            .withColumn("present", coalesce(col("present"), lit(false)))
            .withColumn("score", coalesce(col("score"), lit(0.0)));
    var byGroup =
        Window.partitionBy("article_id", "frame_group")
            .orderBy(
                col("present").desc(),
                col("score").desc(),
                col("sentences").multiply(col("weight")).desc(),
                col("hits").multiply(col("weight")).desc());
    return framed.select(
        col("article_id"),
        col("frame"),
        col("frame_group"),
        col("hits"),
        col("sentences"),
        col("sentences").divide(col("article_sentences")).as("sentence_share"),
        col("present").and(rank().over(byGroup).equalTo(1)).as("is_dominant"),
        col("present"),
        col("score"),
        col("published_date"));
  }

  static scala.collection.immutable.Seq<String> seq(String... columns) {
    return CollectionConverters.asScala(List.of(columns)).toSeq();
  }
}
