package dev.newsframes.trends;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trend tables written as Parquet read back in DuckDB with the same numbers as in Spark. */
class TrendTablesDuckDbSparkTest {

  @Test
  void duckDbReadsTheSameCountsAndValues(@TempDir Path dir) throws Exception {
    TrendTables t =
        TrendTables.compute(
            TrendCorpus.ARTICLE_TABLE,
            TrendCorpus.SENTENCE_TABLE,
            TrendCorpus.MENTION_TABLE,
            TrendFixtures.LEXICON,
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
              v instanceof java.sql.Array a
                  ? List.of((Object[]) a.getArray()).toString()
                  : String.valueOf(v));
        }
        out.add(String.join("|", cells));
      }
    }
    return out;
  }
}
