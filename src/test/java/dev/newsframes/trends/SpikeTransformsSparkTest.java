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
          .add("count", DataTypes.LongType)
          .add("period_count", DataTypes.LongType);

  private static final LocalDate JAN = LocalDate.of(2023, 1, 1);
  private static final SpikeRule RULE = new SpikeRule(4, 2.0, 5, 3, 20);

  private static Dataset<Row> series(
      String name, double[] values, long[] counts, long[] periodCounts) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      rows.add(
          RowFactory.create(
              "month",
              "frame",
              name,
              Date.valueOf(JAN.plusMonths(i)),
              values[i],
              counts[i],
              periodCounts[i]));
    }
    return SparkTestSession.get().createDataFrame(rows, SERIES);
  }

  private static List<SpikeRule.Point> points(double[] values, long[] counts, long[] periodCounts) {
    List<SpikeRule.Point> out = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      out.add(new SpikeRule.Point(JAN.plusMonths(i), values[i], counts[i], periodCounts[i]));
    }
    return out;
  }

  @Test
  void sparkSpikesAgreeWithTheReferenceRule() {
    double[] values = {0.10, 0.12, 0.08, 0.10, 0.15, 0.40, 0.11, 0.10, 0.10, 0.30};
    long[] counts = {10, 12, 8, 10, 15, 40, 1, 10, 10, 4};
    long[] periods = {100, 100, 100, 100, 100, 100, 10, 100, 100, 100};
    double[] flat = {0, 0, 0, 0, 0.2, 0.2};
    long[] flatCounts = {0, 0, 0, 0, 6, 6};
    long[] flatPeriods = {30, 30, 30, 30, 30, 30};

    List<Row> spikes =
        SpikeTransforms.spikes(
                series("rising", values, counts, periods)
                    .unionByName(series("new", flat, flatCounts, flatPeriods)),
                RULE)
            .orderBy("series", "period_start")
            .collectAsList();

    assertThat(TrendFixtures.columns(spikes.get(0).schema()))
        .isEqualTo(TrendFixtures.columns(TrendSchemas.SPIKES));
    List<SpikeRule.DatedSpike> expected =
        new ArrayList<>(RULE.detect(points(flat, flatCounts, flatPeriods)));
    expected.addAll(RULE.detect(points(values, counts, periods)));
    assertThat(spikes).hasSameSizeAs(expected);
    for (int i = 0; i < spikes.size(); i++) {
      Row row = spikes.get(i);
      Spike spike = expected.get(i).spike();
      assertThat(row.getDate(3).toLocalDate()).isEqualTo(expected.get(i).period());
      assertThat((String) row.getAs("rule")).isEqualTo(spike.kind().code());
      assertThat((double) row.getAs("window_mean")).isCloseTo(spike.windowMean(), within(1e-12));
      assertThat((long) row.getAs("window_size")).isEqualTo(spike.windowSize());
      assertThat((double) row.getAs("sampling_sd")).isCloseTo(spike.samplingSd(), within(1e-12));
      if (spike.z() == null) {
        assertThat((Object) row.getAs("z")).isNull();
      } else {
        assertThat((double) row.getAs("z")).isCloseTo(spike.z(), within(1e-9));
      }
    }
    // new: May rises over a flat zero window; June's window 0,0,0,0.2 is not flat, z = 1.5.
    // rising: May is 3.06 window sds up but only 1.67 sampling sds (0.03 for 100 articles);
    // June: window .12 .08 .10 .15, sampling sd sqrt(.1125 * .8875 / 100) = 0.0316 > s = 0.0299,
    // z = (.40 - .1125) / 0.0316 = 9.10; July (10 articles) is no point; Oct has only 4 articles.
    assertThat(spikes)
        .extracting(
            r -> r.getAs("series"), r -> r.getAs("period_start").toString(), r -> r.getAs("rule"))
        .containsExactly(
            tuple("new", "2023-05-01", "rise_over_flat_window"),
            tuple("rising", "2023-06-01", "z_score"));
    assertThat((double) spikes.get(1).getAs("z")).isCloseTo(9.0986594, within(1e-6));
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
