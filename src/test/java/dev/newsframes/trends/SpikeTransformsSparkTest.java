package dev.newsframes.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dev.newsframes.io.TrendSchemas;
import dev.newsframes.testing.SparkTestSession;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class SpikeTransformsSparkTest {
  private static final StructType SERIES =
      new StructType()
          .add("granularity", DataTypes.StringType)
          .add("series_type", DataTypes.StringType)
          .add("series", DataTypes.StringType)
          .add("period_start", DataTypes.DateType)
          .add("value", DataTypes.DoubleType)
          .add("count", DataTypes.LongType);

  private static final LocalDate JAN = LocalDate.of(2023, 1, 1);
  private static final SpikeRule RULE = new SpikeRule(4, 2.0, 5, 3);

  private static Dataset<Row> series(String name, double[] values, long[] counts) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      rows.add(
          RowFactory.create(
              "month", "frame", name, Date.valueOf(JAN.plusMonths(i)), values[i], counts[i]));
    }
    return SparkTestSession.get().createDataFrame(rows, SERIES);
  }

  private static List<SpikeRule.Point> points(double[] values, long[] counts) {
    List<SpikeRule.Point> out = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      out.add(new SpikeRule.Point(JAN.plusMonths(i), values[i], counts[i]));
    }
    return out;
  }

  @Test
  void sparkSpikesAgreeWithTheReferenceRule() {
    double[] values = {0.10, 0.12, 0.08, 0.10, 0.15, 0.40, 0.11, 0.10, 0.10, 0.30};
    long[] counts = {10, 12, 8, 10, 15, 40, 11, 10, 10, 4};
    double[] flat = {0, 0, 0, 0, 0.2, 0.2};
    long[] flatCounts = {0, 0, 0, 0, 6, 6};

    List<Row> spikes =
        SpikeTransforms.spikes(
                series("rising", values, counts).unionByName(series("new", flat, flatCounts)), RULE)
            .orderBy("series", "period_start")
            .collectAsList();

    assertThat(TrendFixtures.columns(spikes.get(0).schema()))
        .isEqualTo(TrendFixtures.columns(TrendSchemas.SPIKES));
    List<SpikeRule.DatedSpike> expected = RULE.detect(points(flat, flatCounts));
    expected.addAll(RULE.detect(points(values, counts)));
    assertThat(spikes).hasSameSizeAs(expected);
    for (int i = 0; i < spikes.size(); i++) {
      Row row = spikes.get(i);
      Spike spike = expected.get(i).spike();
      assertThat(row.getDate(3).toLocalDate()).isEqualTo(expected.get(i).period());
      assertThat((String) row.getAs("rule")).isEqualTo(spike.kind().code());
      assertThat((double) row.getAs("window_mean")).isCloseTo(spike.windowMean(), within(1e-12));
      assertThat((long) row.getAs("window_size")).isEqualTo(spike.windowSize());
      if (spike.z() == null) {
        assertThat((Object) row.getAs("z")).isNull();
      } else {
        assertThat((double) row.getAs("z")).isCloseTo(spike.z(), within(1e-9));
      }
    }
    // new: May rises over a flat zero window; June's window 0,0,0,0.2 is not flat, z = 1.5.
    // rising: May z = 3.06, June z = 9.63; Oct (0.30) has only 4 articles.
    assertThat(spikes)
        .extracting(
            r -> r.getAs("series"), r -> r.getAs("period_start").toString(), r -> r.getAs("rule"))
        .containsExactly(
            tuple("new", "2023-05-01", "rise_over_flat_window"),
            tuple("rising", "2023-05-01", "z_score"),
            tuple("rising", "2023-06-01", "z_score"));
  }

  @Test
  void frameAndEntitySeriesComeFromTheTrendTables() {
    Dataset<Row> coverage = TrendCorpus.COVERAGE.filter("granularity = 'month'");
    Dataset<Row> entityTrends =
        EntityTransforms.entityTrends(coverage, TrendCorpus.MENTION_TABLE, TrendCorpus.OPTIONS);

    List<Row> top =
        SpikeTransforms.entitySeries(entityTrends, coverage, 1)
            .orderBy("period_start")
            .collectAsList();

    // China: 1 article in Jan and Feb; Federal Trade Commission and OpenAI 1 in Jan only.
    assertThat(top)
        .extracting(
            r -> r.getAs("series"),
            r -> r.getAs("period_start").toString(),
            r -> r.getAs("value"),
            r -> r.getAs("count"))
        .containsExactly(
            tuple("China", "2024-01-01", 0.5, 1L),
            tuple("China", "2024-02-01", 0.5, 1L),
            tuple("China", "2024-03-01", 0.0, 0L));
  }
}
