package dev.newsframes.trends;

import static dev.newsframes.trends.FrameTransforms.seq;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.xxhash64;

import dev.newsframes.io.Tables;
import dev.newsframes.sentiment.target.SentenceStates;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;

/**
 * The states of the sentences the presence model's sentence classifiers score, encoded once per
 * distinct sentence text and kept in {@link Tables#SENTENCE_STATES} between trends runs.
 *
 * <p>A state depends only on the text and the state source ({@link SentenceStates} encodes one
 * sentence per run), so the cache is keyed by the source with its encoder's fingerprint ({@link
 * SentenceStates#versioned}: a new encoder jar never reads the old one's states) and a 64-bit hash
 * of the text (Spark's {@code xxhash64}): a sentence annotated again with the same text keeps its
 * state, one whose text changed is encoded again. On the ai-tech warehouse encoding was two thirds
 * of a trends run.
 *
 * @param sentences the sentences to score: article_id, sentence_index, text_hash
 * @param missing the distinct texts the cache lacks, to encode: text_hash, text
 * @param states one row per distinct text of {@code sentences}, from the cache or freshly encoded,
 *     in the table's layout: source (versioned), text_hash, state. What trends persists, then
 *     writes back as the new cache.
 */
public record SentenceStateTransforms(
    Dataset<Row> sentences, Dataset<Row> missing, Dataset<Row> states) {

  /**
   * Looks the sentences up in the cache and plans the encoding of the rest.
   *
   * @param toEncode article_id, sentence_index, text ({@link PresenceTransforms#sentencesToEncode})
   * @param cache rows of {@link Tables#SENTENCE_STATES}, if the warehouse has the table
   * @param source the state source ({@code FeatureSource} form)
   * @param encoded counts the sentences encoded, for progress lines
   */
  public static SentenceStateTransforms lookup(
      Dataset<Row> toEncode,
      Optional<Dataset<Row>> cache,
      String source,
      Optional<LongAccumulator> encoded) {
    String key = SentenceStates.versioned(source);
    Dataset<Row> hashed = toEncode.withColumn("text_hash", xxhash64(col("text")));
    Dataset<Row> texts = hashed.select("text_hash", "text").dropDuplicates("text_hash");
    Optional<Dataset<Row>> known =
        cache.map(
            c ->
                c.filter(col("source").equalTo(key).and(col("state").isNotNull()))
                    .select("text_hash", "state")
                    .dropDuplicates("text_hash")
                    .join(texts, seq("text_hash"), "left_semi"));
    Dataset<Row> missing =
        known.map(k -> texts.join(k, seq("text_hash"), "left_anti")).orElse(texts);
    Dataset<Row> fresh = encode(missing, source, encoded);
    Dataset<Row> states = known.map(k -> k.unionByName(fresh)).orElse(fresh);
    return new SentenceStateTransforms(
        hashed.select("article_id", "sentence_index", "text_hash"),
        missing,
        states.select(lit(key).as("source"), col("text_hash"), col("state")));
  }

  /** The state of each sentence: article_id, sentence_index, state. */
  public Dataset<Row> perSentence() {
    return sentences
        .join(states.select("text_hash", "state"), seq("text_hash"))
        .select("article_id", "sentence_index", "state");
  }

  /** Sentences encoded per call of the encoder: bounds the states a task holds at once. */
  static final int ENCODE_CHUNK = 64;

  private static final StructType STATE =
      new StructType()
          .add("text_hash", DataTypes.LongType, false)
          .add("state", DataTypes.createArrayType(DataTypes.FloatType, false), false);

  /**
   * The unit-length state of each text under {@code source} ({@link SentenceStates}): text_hash,
   * state (array of float), encoded on the executors with their JVM's shared encoder, opened on a
   * partition's first text.
   *
   * <p>Spread over eight times the default parallelism by text_hash first: the texts are few bytes,
   * and adaptive execution would otherwise pack them into one partition and encode them on one
   * core. Eight per core, so progress lines move as tasks finish and a slow task holds up less.
   *
   * @param texts rows with text_hash and text
   */
  static Dataset<Row> encode(Dataset<Row> texts, String source, Optional<LongAccumulator> encoded) {
    int partitions = 8 * texts.sparkSession().sparkContext().defaultParallelism();
    LongAccumulator counter = encoded.orElse(null);
    MapPartitionsFunction<Row, Row> f = rows -> new Encoded(rows, source, counter);
    return texts
        .select("text_hash", "text")
        .repartition(partitions, col("text_hash"))
        .mapPartitions(f, Encoders.row(STATE));
  }

  /** Encodes a partition's (text_hash, text) rows {@link #ENCODE_CHUNK} at a time, as read. */
  private static final class Encoded implements Iterator<Row> {
    private final Iterator<Row> in;
    private final String source;
    private SentenceStates states; // opened on the first text: an empty partition loads none
    private Iterator<Row> chunk = List.<Row>of().iterator();

    private final LongAccumulator encoded; // null: not counted

    Encoded(Iterator<Row> in, String source, LongAccumulator encoded) {
      this.in = in;
      this.source = source;
      this.encoded = encoded;
    }

    @Override
    public boolean hasNext() {
      if (!chunk.hasNext() && in.hasNext()) {
        chunk = next(ENCODE_CHUNK).iterator();
      }
      return chunk.hasNext();
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return chunk.next();
    }

    private List<Row> next(int n) {
      List<Long> hashes = new ArrayList<>(n);
      List<String> texts = new ArrayList<>(n);
      while (texts.size() < n && in.hasNext()) {
        Row r = in.next();
        hashes.add(r.getLong(0));
        texts.add(r.getString(1));
      }
      if (states == null) {
        states = SentenceStates.of(source);
      }
      List<float[]> vectors = states.encode(texts);
      if (encoded != null) {
        encoded.add(texts.size());
      }
      List<Row> out = new ArrayList<>(texts.size());
      for (int i = 0; i < texts.size(); i++) {
        out.add(RowFactory.create(hashes.get(i), vectors.get(i)));
      }
      return out;
    }
  }
}
