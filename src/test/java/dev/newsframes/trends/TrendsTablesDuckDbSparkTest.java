package dev.newsframes.trends;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.io.Table;
import dev.newsframes.io.Tables;
import dev.newsframes.io.Warehouse;
import dev.newsframes.testing.SparkTestSession;
import dev.newsframes.trends.presence.FallbackRule;
import dev.newsframes.trends.presence.FramePresenceModel;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trend tables written as Parquet read back in DuckDB with the same numbers as in Spark. */
class TrendsTablesDuckDbSparkTest {

  /**
   * The tables as {@link TrendsJob} lays them out in a warehouse (sorted files for the per-sentence
   * and per-article tables, one file per small table), not as a test writes them: every trends
   * table, read by DuckDB, has Spark's row count, per-partition counts and column sums.
   */
  @Test
  void everyWarehouseTableOfTheJobReadsTheSameInDuckDb(@TempDir Path dir) throws Exception {
    Warehouse warehouse = new Warehouse(SparkTestSession.get(), dir.toString());
    writeInputs(warehouse);
    // a rule loose enough for the tiny corpus to have spikes to read back
    // and the AI topic beside the frames, so article_topics has rows to read back too
    Optional<TopicDefinition> topic = TopicDefinition.load(Path.of("jobs/topic-ai.yaml"));
    FramePresenceModel anyHit =
        new FramePresenceModel(Map.of(), FallbackRule.ANY_HIT, topic.map(TopicDefinition::id));
    new TrendsJob(
            TrendCorpus.OPTIONS.toBuilder()
                .spikeRule(new SpikeRule(2, 0.5, 0, 2, 1))
                .presence(anyHit, topic)
                .build())
        .run(SparkTestSession.get(), warehouse);

    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = duck.createStatement()) {
      for (Table t : Tables.TRENDS_OUTPUTS) {
        Dataset<Row> spark = warehouse.read(t);
        String from = warehouseTable(dir, t);
        assertThat(spark.count()).as(t.name() + " has rows").isPositive();
        assertThat(scalar(sql, "SELECT count(*) FROM " + from))
            .as(t.name() + " rows")
            .isEqualTo(String.valueOf(spark.count()));
        List<String> sums = columnSums(t);
        assertThat(scalar(sql, "SELECT " + String.join(", ", sums) + " FROM " + from))
            .as(t.name() + " column sums: " + sums)
            .isEqualTo(sparkScalar(spark.selectExpr(sums.toArray(String[]::new))));
        for (String p : t.partitionColumns()) {
          String q =
              "SELECT " + p + ", count(*) FROM " + from + " GROUP BY 1 ORDER BY 1 NULLS FIRST";
          assertThat(rows(sql, q))
              .as(t.name() + " rows per " + p + " (a DATE in both)")
              .isEqualTo(sparkRows(spark.groupBy(p).count().orderBy(p)));
        }
      }
    }
  }

  /** Writes the fixture corpus where the job reads it, partitioned as the annotate stage does. */
  private static void writeInputs(Warehouse warehouse) {
    Map<Table, Dataset<Row>> inputs =
        Map.of(
            Tables.ARTICLES, TrendCorpus.ARTICLE_TABLE,
            Tables.SENTENCES, TrendCorpus.SENTENCE_TABLE,
            Tables.MENTIONS, TrendCorpus.MENTION_TABLE);
    inputs.forEach(
        (t, rows) ->
            rows.write()
                .partitionBy(t.partitionColumns().toArray(String[]::new))
                .parquet(warehouse.path(t)));
  }

  /** {@code sum(c)} of every numeric column, rounded, and {@code count(c)} of the others. */
  private static List<String> columnSums(Table t) {
    List<String> out = new ArrayList<>();
    for (StructField f : t.schema().fields()) {
      DataType type = f.dataType();
      boolean numeric =
          type.equals(DataTypes.IntegerType)
              || type.equals(DataTypes.LongType)
              || type.equals(DataTypes.DoubleType);
      out.add(numeric ? "round(sum(" + f.name() + "), 9)" : "count(" + f.name() + ")");
    }
    return out;
  }

  /** How a DuckDB user reads a warehouse table: Hive partitions typed as the schema says. */
  static String warehouseTable(Path dir, Table t) {
    if (t.partitionColumns().isEmpty()) {
      return "read_parquet('" + dir.resolve(t.name()) + "/*.parquet')";
    }
    List<String> types = new ArrayList<>();
    for (String p : t.partitionColumns()) {
      types.add("'" + p + "': " + t.schema().apply(p).dataType().sql());
    }
    return "read_parquet('"
        + dir.resolve(t.name())
        + "/*/*.parquet', hive_partitioning = true, hive_types = {"
        + String.join(", ", types)
        + "})";
  }

  private static String sparkScalar(Dataset<Row> oneRow) {
    return sparkRows(oneRow).get(0);
  }

  private static List<String> sparkRows(Dataset<Row> rows) {
    List<String> out = new ArrayList<>();
    for (Row r : rows.collectAsList()) {
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < r.size(); i++) {
        Object v = r.get(i);
        cells.add(v instanceof Double d ? String.valueOf(d) : String.valueOf(v));
      }
      out.add(String.join("|", cells));
    }
    return out;
  }

  @Test
  void duckDbReadsTheSameCountsAndValues(@TempDir Path dir) throws Exception {
    TrendsTransforms t =
        TrendsTransforms.compute(
            TrendCorpus.ARTICLE_TABLE,
            TrendCorpus.SENTENCE_TABLE,
            TrendCorpus.MENTION_TABLE,
            TrendCorpus.OPTIONS);
    Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
    tables.put("sentence_frames", t.sentenceFrames());
    tables.put("frame_trends", t.frameTrends());
    tables.put("frame_balance", t.frameBalance());
    tables.put("entity_frames", t.entityFrames());
    tables.put("evidence", t.evidence());
    tables.forEach((name, df) -> df.write().parquet(dir.resolve(name).toString()));

    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = duck.createStatement()) {
      for (var e : tables.entrySet()) {
        assertThat(scalar(sql, "SELECT count(*) FROM " + parquet(dir, e.getKey())))
            .as(e.getKey() + " rows")
            .isEqualTo(String.valueOf(e.getValue().count()));
      }
      assertThat(
              rows(
                  sql,
                  "SELECT granularity, period_start, frame, articles, round(article_share, 6)"
                      + " FROM "
                      + parquet(dir, "frame_trends")
                      + " WHERE frame = 'regulation' ORDER BY granularity, period_start"))
          .containsExactly(
              "month|2024-01-01|regulation|2|1.0",
              "month|2024-02-01|regulation|1|0.5",
              "month|2024-03-01|regulation|0|0.0",
              "week|2024-01-08|regulation|1|1.0",
              "week|2024-01-15|regulation|1|1.0",
              "week|2024-01-22|regulation|0|null",
              "week|2024-01-29|regulation|0|null",
              "week|2024-02-05|regulation|0|0.0",
              "week|2024-02-12|regulation|0|null",
              "week|2024-02-19|regulation|0|null",
              "week|2024-02-26|regulation|0|0.0");
      assertThat(
              rows(
                  sql,
                  "SELECT period_start, balance, balance_ci_low IS NULL FROM "
                      + parquet(dir, "frame_balance")
                      + " WHERE granularity = 'month' ORDER BY period_start"))
          .containsExactly("2024-01-01|0.5|false", "2024-02-01|0.0|false", "2024-03-01|null|true");
      assertThat(
              rows(
                  sql,
                  "SELECT article_id, sentence_index, matched_terms FROM "
                      + parquet(dir, "sentence_frames")
                      + " WHERE frame = 'regulation' AND hits = 2"))
          .as("arrays survive")
          .containsExactly("a2|0|[oversight, executive order]");
    }
  }

  private static String parquet(Path dir, String table) {
    return "read_parquet('" + dir.resolve(table) + "/*.parquet')";
  }

  private static String scalar(Statement sql, String query) throws Exception {
    return rows(sql, query).get(0);
  }

  private static List<String> rows(Statement sql, String query) throws Exception {
    List<String> out = new ArrayList<>();
    try (ResultSet rs = sql.executeQuery(query)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> cells = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          Object v = rs.getObject(i);
          cells.add(
              v instanceof Array a
                  ? List.of((Object[]) a.getArray()).toString()
                  : String.valueOf(v));
        }
        out.add(String.join("|", cells));
      }
    }
    return out;
  }
}
