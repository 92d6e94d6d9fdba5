package dev.newsframes.trends;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.newsframes.testing.SparkTestSession;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class StatsTransformsSparkTest {
  private static final StructType SCORES =
      new StructType().add("g", DataTypes.StringType).add("score", DataTypes.DoubleType);

  /** Scores whose double sum depends on the order they are added in. */
  private static List<Row> scores() {
    Random r = new Random(7);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      rows.add(RowFactory.create(i % 2 == 0 ? "a" : "b", r.nextDouble() * 2 - 1));
    }
    return rows;
  }

  private static Row aggregate(Dataset<Row> in) {
    return StatsTransforms.aggWithSentiment(in.groupBy("g"), col("score"), col("g").as("k"))
        .filter(col("g").equalTo("a"))
        .select("sentiment_mean", "sentiment_sd", "sentiment_n")
        .first();
  }

  @Test
  void meanAndDeviationAreTheSameBitForBitWhateverTheOrderAndSplitOfTheRows() {
    List<Row> rows = scores();
    List<Row> reversed = new ArrayList<>(rows);
    Collections.reverse(reversed);
    var spark = SparkTestSession.get();
    Row one = aggregate(spark.createDataFrame(rows, SCORES).repartition(1));
    Row many = aggregate(spark.createDataFrame(reversed, SCORES).repartition(7));

    assertThat(many.getDouble(0)).isEqualTo(one.getDouble(0));
    assertThat(many.getDouble(1)).isEqualTo(one.getDouble(1));
    // and they are the mean and sample deviation
    double[] a =
        rows.stream()
            .filter(r -> r.getString(0).equals("a"))
            .mapToDouble(r -> r.getDouble(1))
            .toArray();
    double mean = Arrays.stream(a).sum() / a.length;
    double ss = Arrays.stream(a).map(x -> (x - mean) * (x - mean)).sum();
    assertThat(one.getLong(2)).isEqualTo(a.length);
    assertThat(one.getDouble(0)).isCloseTo(mean, within(1e-12));
    assertThat(one.getDouble(1)).isCloseTo(Math.sqrt(ss / (a.length - 1)), within(1e-12));
  }

  @Test
  void noScoresGiveNoMeanAndOneScoreNoDeviation() {
    var spark = SparkTestSession.get();
    List<Row> rows = new ArrayList<>();
    rows.add(RowFactory.create("a", null));
    rows.add(RowFactory.create("b", 0.5));
    Dataset<Row> agg =
        StatsTransforms.aggWithSentiment(
                spark.createDataFrame(rows, SCORES).groupBy("g"), col("score"), col("g").as("k"))
            .orderBy("g");
    List<Row> out = agg.select("sentiment_mean", "sentiment_sd", "sentiment_n").collectAsList();
    assertThat(out.get(0).isNullAt(0)).isTrue();
    assertThat(out.get(0).getLong(2)).isZero();
    assertThat(out.get(1).getDouble(0)).isEqualTo(0.5);
    assertThat(out.get(1).isNullAt(1)).isTrue();
  }
}
