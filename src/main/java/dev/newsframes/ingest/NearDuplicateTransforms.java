package dev.newsframes.ingest;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Near-duplicate clusters (syndicated copies, lightly edited reprints) by MinHash LSH over word
 * shingles (banded signatures, {@link MinHashBands}).
 *
 * <p>Candidate pairs whose estimated Jaccard similarity of 5-word shingles reaches the threshold
 * are joined into clusters (connected components, by iterated min-label propagation); each
 * cluster's canonical member is its earliest published article (undated last, then smallest id).
 * Only texts of at least {@value #MIN_WORDS} words take part: short texts share shingles by chance.
 * Two dated texts more than {@value #MAX_DAYS_APART} days apart are not copies of one story but two
 * publications (a proclamation renewed each year, a recurring notice), however alike.
 */
public final class NearDuplicateTransforms {
  static final int SHINGLE_WORDS = 5;
  static final int MAX_WORDS = 2000;
  static final int MIN_WORDS = 50;
  static final int MAX_ITERATIONS = 20;
  static final int MAX_DAYS_APART = 30;

  private NearDuplicateTransforms() {}

  private static final UserDefinedFunction SHINGLE_HASHES =
      udf(
          (UDF1<String, byte[]>)
              text -> MinHashBands.hashes(Shingles.of(text, SHINGLE_WORDS, MAX_WORDS)),
          DataTypes.BinaryType);

  private static final UserDefinedFunction BAND_KEYS =
      udf(
          (UDF1<byte[], scala.collection.immutable.Seq<Long>>)
              hashes ->
                  scala.jdk.javaapi.CollectionConverters.asScala(
                          Arrays.stream(MinHashBands.bandKeys(hashes)).boxed().toList())
                      .toList(),
          DataTypes.createArrayType(DataTypes.LongType));

  private static final UserDefinedFunction JACCARD =
      udf((UDF2<byte[], byte[], Double>) MinHashBands::jaccard, DataTypes.DoubleType);

  /**
   * Pairs (article_id, other_id, similarity) of distinct articles whose texts are near-duplicates;
   * {@code article_id < other_id}. Candidates share a MinHash band ({@link MinHashBands}); each
   * candidate's similarity is the exact Jaccard similarity of the two texts' shingle hashes.
   */
  public static Dataset<Row> similarPairs(Dataset<Row> articles, double threshold) {
    Dataset<Row> docs =
        articles
            .filter(col("word_count").geq(MIN_WORDS))
            .select(
                col("article_id"),
                col("published_at").cast("date").as("day"),
                SHINGLE_HASHES
                    .apply(when(col("body").equalTo(""), col("summary")).otherwise(col("body")))
                    .as("shingles"))
            .filter(length(col("shingles")).gt(0));
    Dataset<Row> keys =
        docs.select(col("article_id"), explode(BAND_KEYS.apply(col("shingles"))).as("band_key"));
    Dataset<Row> candidates =
        keys.join(keys.select(col("article_id").as("other_id"), col("band_key")), "band_key")
            .filter(col("article_id").lt(col("other_id")))
            .select("article_id", "other_id")
            .distinct();
    return candidates
        .join(docs, "article_id")
        .join(
            docs.select(
                col("article_id").as("other_id"),
                col("day").as("other_day"),
                col("shingles").as("other_shingles")),
            "other_id")
        .filter(
            col("day")
                .isNull()
                .or(col("other_day").isNull())
                .or(abs(datediff(col("day"), col("other_day"))).leq(MAX_DAYS_APART)))
        .select(
            col("article_id"),
            col("other_id"),
            JACCARD.apply(col("shingles"), col("other_shingles")).as("similarity"))
        .filter(col("similarity").geq(threshold));
  }

  /** Pair sets up to this size are clustered on the driver; larger ones iteratively in Spark. */
  static final long DRIVER_PAIRS = 200_000;

  /**
   * The component of every article that appears in a pair: the smallest article id reachable
   * through pairs. Up to {@value #DRIVER_PAIRS} pairs (a few MB) are joined with union-find on the
   * driver, which saves a Spark job per round; beyond that, min-label propagation iterates in Spark
   * until stable (at most {@value #MAX_ITERATIONS} rounds).
   */
  public static Dataset<Row> components(Dataset<Row> pairs) {
    return components(pairs, DRIVER_PAIRS);
  }

  static Dataset<Row> components(Dataset<Row> pairs, long driverPairs) {
    if (pairs.count() <= driverPairs) {
      return componentsOnDriver(pairs);
    }
    Dataset<Row> edges =
        pairs
            .select(col("article_id").as("src"), col("other_id").as("dst"))
            .union(pairs.select(col("other_id").as("src"), col("article_id").as("dst")))
            .persist();
    Dataset<Row> labels =
        edges
            .groupBy("src")
            .agg(least(col("src"), min("dst")).as("label"))
            .withColumnRenamed("src", "article_id");
    for (int i = 0; i < MAX_ITERATIONS; i++) {
      Dataset<Row> next =
          edges
              .join(labels.withColumnRenamed("article_id", "dst"), "dst")
              .groupBy("src")
              .agg(min("label").as("neighbour_label"))
              .join(labels.withColumnRenamed("article_id", "src"), "src")
              .select(
                  col("src").as("article_id"),
                  least(col("label"), col("neighbour_label")).as("label"))
              .localCheckpoint();
      long changed =
          next.join(labels.withColumnRenamed("label", "old"), "article_id")
              .filter(col("label").notEqual(col("old")))
              .count();
      labels = next;
      if (changed == 0) {
        break;
      }
    }
    edges.unpersist();
    return labels;
  }

  private static Dataset<Row> componentsOnDriver(Dataset<Row> pairs) {
    UnionFind uf = new UnionFind();
    for (Row r : pairs.select("article_id", "other_id").collectAsList()) {
      uf.union(r.getString(0), r.getString(1));
    }
    List<Row> rows = new ArrayList<>();
    uf.labels().forEach((id, label) -> rows.add(RowFactory.create(id, label)));
    StructType schema =
        new StructType()
            .add("article_id", DataTypes.StringType, false)
            .add("label", DataTypes.StringType, false);
    return pairs.sparkSession().createDataFrame(rows, schema);
  }

  /** Union-find over string ids whose representative is the smallest id of the set. */
  static final class UnionFind {
    private final Map<String, String> parent = new HashMap<>();

    String find(String x) {
      String p = parent.computeIfAbsent(x, k -> k);
      if (!p.equals(x)) {
        p = find(p);
        parent.put(x, p);
      }
      return p;
    }

    void union(String a, String b) {
      String ra = find(a);
      String rb = find(b);
      if (!ra.equals(rb)) {
        if (ra.compareTo(rb) < 0) {
          parent.put(rb, ra);
        } else {
          parent.put(ra, rb);
        }
      }
    }

    Map<String, String> labels() {
      Map<String, String> out = new TreeMap<>();
      for (String x : new ArrayList<>(parent.keySet())) {
        out.put(x, find(x));
      }
      return out;
    }
  }

  /**
   * Sets {@code duplicate_of} (canonical article) and {@code duplicate_method} for near-duplicate
   * clusters among articles that are not already exact copies; exact copies keep their exact
   * canonical, re-pointed to the near-duplicate cluster's canonical when that differs.
   */
  public static Dataset<Row> mark(Dataset<Row> articles, double threshold) {
    Dataset<Row> canonical = articles.filter(col("duplicate_of").isNull());
    Dataset<Row> pairs = similarPairs(canonical, threshold).persist();
    Dataset<Row> best =
        pairs
            .select(col("article_id"), col("similarity"))
            .union(pairs.select(col("other_id"), col("similarity")))
            .groupBy("article_id")
            .agg(max("similarity").as("near_similarity"));
    Dataset<Row> component = components(pairs);
    Dataset<Row> ranked =
        component
            .join(articles.select("article_id", "published_at"), "article_id")
            .withColumn(
                "rank",
                row_number()
                    .over(
                        Window.partitionBy("label")
                            .orderBy(col("published_at").asc_nulls_last(), col("article_id"))));
    Dataset<Row> clusterCanonical =
        ranked
            .filter(col("rank").equalTo(1))
            .select(col("label"), col("article_id").as("near_canonical"));
    Dataset<Row> nearOf =
        component
            .join(clusterCanonical, "label")
            .join(best, "article_id")
            .select(col("article_id").as("near_id"), col("near_canonical"), col("near_similarity"));
    Dataset<Row> byMember = nearOf.withColumnRenamed("near_id", "member");
    Dataset<Row> joined =
        articles
            .join(byMember, articles.col("article_id").equalTo(byMember.col("member")), "left")
            .drop("member")
            .join(
                nearOf.select(
                    col("near_id").as("exact_canonical"),
                    col("near_canonical").as("exact_near_canonical")),
                col("duplicate_of").equalTo(col("exact_canonical")),
                "left");
    Dataset<Row> result =
        joined
            .withColumn(
                "duplicate_method",
                when(col("duplicate_of").isNotNull(), lit("exact"))
                    .when(
                        col("near_canonical")
                            .isNotNull()
                            .and(col("near_canonical").notEqual(col("article_id"))),
                        lit("near")))
            .withColumn(
                "duplicate_similarity",
                when(col("duplicate_method").equalTo("exact"), lit(1.0))
                    .when(col("duplicate_method").equalTo("near"), col("near_similarity")))
            .withColumn(
                "duplicate_of",
                when(
                        col("duplicate_of").isNotNull(),
                        coalesce(col("exact_near_canonical"), col("duplicate_of")))
                    .when(col("duplicate_method").equalTo("near"), col("near_canonical")))
            .drop("near_canonical", "near_similarity", "exact_canonical", "exact_near_canonical");
    return result;
  }
}
