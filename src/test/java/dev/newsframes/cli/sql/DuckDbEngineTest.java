package dev.newsframes.cli.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsframes.io.Table;
import dev.newsframes.io.TableDdl;
import dev.newsframes.io.Tables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DuckDB engine on a small warehouse laid out as the jobs lay it out (Hive partitions by
 * published_date, one-file tables), written here by DuckDB itself so the test needs no Spark; the
 * Spark-written layout is read in {@code SqlCommandSparkTest}.
 */
class DuckDbEngineTest {
  @TempDir static Path root;
  static Path warehouse;

  @BeforeAll
  static void writeWarehouse() throws Exception {
    warehouse = root.resolve("warehouse");
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = db.createStatement()) {
      write(
          s,
          Tables.ARTICLES,
          "UPDATE t SET kind = 'article', language = 'en'",
          "article_id, title, published_date",
          "('a1', 'One', DATE '2023-05-01'), ('a2', 'Two', DATE '2023-05-01'),"
              + " ('a3', 'Three', DATE '2023-06-02')");
      write(
          s,
          Tables.FRAME_BALANCE,
          "UPDATE t SET granularity = 'month'",
          "period_start, balance",
          "(DATE '2023-05-01', 0.5), (DATE '2023-06-01', NULL)");
    }
  }

  /** Rows of a table with its declared columns (unset ones null), written where the jobs would. */
  private static void write(Statement s, Table t, String update, String columns, String values)
      throws Exception {
    s.execute(TableDdl.duckDbEmptyView(t).replace("VIEW " + t.name(), "VIEW empty_" + t.name()));
    s.execute("CREATE OR REPLACE TABLE t AS SELECT * FROM empty_" + t.name());
    s.execute("INSERT INTO t (" + columns + ") VALUES " + values);
    s.execute(update);
    Path dir = Files.createDirectories(warehouse.resolve(t.name()));
    String partitions =
        t.partitionColumns().isEmpty()
            ? ""
            : ", PARTITION_BY (" + String.join(", ", t.partitionColumns()) + ")";
    Path target = t.partitionColumns().isEmpty() ? dir.resolve("part-0.parquet") : dir;
    s.execute("COPY t TO '" + target + "' (FORMAT parquet" + partitions + ")");
  }

  /** The rows of {@code select} as {@code folder}'s one data file, in whatever layout it has. */
  private static void file(Statement s, String select, Path folder) throws Exception {
    Path file = Files.createDirectories(folder).resolve("part-0.parquet");
    s.execute("COPY (" + select + ") TO '" + file + "' (FORMAT parquet)");
  }

  @Test
  void everyTableIsAViewWithItsPartitionsTyped() throws Exception {
    try (DuckDbEngine sql = DuckDbEngine.open(warehouse)) {
      assertThat(sql.tables()).containsExactly("articles", "frame_balance");
      assertThat(sql.name()).startsWith("DuckDB v");
      ResultTable byDay =
          sql.query(
              "SELECT published_date, typeof(published_date) AS type, count(*) AS n FROM articles"
                  + " GROUP BY ALL ORDER BY 1",
              10);
      assertThat(byDay.rows())
          .containsExactly(List.of("2023-05-01", "DATE", "2"), List.of("2023-06-02", "DATE", "1"));
      assertThat(sql.query("SELECT balance FROM frame_balance ORDER BY period_start", 1))
          .isEqualTo(new ResultTable(List.of("balance"), List.of(List.of("0.5")), true));
    }
  }

  @Test
  void duckDbsOwnParserRefusesWhatTheWordCheckCannotSee() throws Exception {
    // Spark-style backslash escapes hide the COPY from the word check; DuckDB has none
    String hidden =
        "SELECT 'a\\'; COPY (SELECT 42 AS x) TO '"
            + warehouse.resolve("articles/evil.parquet")
            + "' (FORMAT parquet); SELECT 'b'";
    assertThat(ReadOnlySql.refusal(hidden)).as("passes the word check").isEmpty();

    try (DuckDbEngine sql = DuckDbEngine.open(warehouse)) {
      assertThatThrownBy(() -> sql.query(hidden, 10))
          .isInstanceOfSatisfying(
              SqlProblem.class, p -> assertThat(p.kind()).isEqualTo(SqlProblem.Kind.REFUSED))
          .hasMessageContaining("not a query");
    }
    try (Stream<Path> files = Files.walk(warehouse)) {
      assertThat(files.map(Path::toString)).noneMatch(f -> f.contains("evil"));
    }
  }

  @Test
  void filesOutsideTheWarehouseCannotBeOpened() throws Exception {
    Path outside = Files.writeString(root.resolve("secret.csv"), "a,b\n1,2\n");
    try (DuckDbEngine sql = DuckDbEngine.open(warehouse)) {
      assertThatThrownBy(() -> sql.query("SELECT * FROM read_csv('" + outside + "')", 10))
          .isInstanceOfSatisfying(
              SqlProblem.class, p -> assertThat(p.kind()).isEqualTo(SqlProblem.Kind.REFUSED))
          .hasMessageContaining("Permission Error");
    }
  }

  @Test
  void anUnknownTableIsNamedBesideTheTablesThatExist() throws Exception {
    try (DuckDbEngine sql = DuckDbEngine.open(warehouse)) {
      assertThatThrownBy(() -> sql.query("SELECT * FROM frame_balanse", 10))
          .isInstanceOfSatisfying(
              SqlProblem.class, p -> assertThat(p.kind()).isEqualTo(SqlProblem.Kind.INVALID))
          .hasMessageContaining("frame_balanse")
          .hasMessageEndingWith("tables: articles, frame_balance")
          .hasMessageNotContaining("PROJECTION");
    }
  }

  @Test
  void aWarehouseWrittenBeforeAColumnExistedReadsItAsNull() throws Exception {
    // annotated_articles gained "attempts"; articles partitions written before and after a column
    Path old = root.resolve("old-warehouse");
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = db.createStatement()) {
      file(
          s,
          "SELECT 'a1' AS article_id, 'ok' AS status",
          old.resolve("annotated_articles/published_date=2023-05-01"));
      file(s, "SELECT 'a1' AS article_id", old.resolve("articles/published_date=2023-05-01"));
      file(
          s,
          "SELECT 'a2' AS article_id, 'Two' AS title",
          old.resolve("articles/published_date=2023-06-02"));
    }
    try (DuckDbEngine sql = DuckDbEngine.open(old)) {
      assertThat(sql.tables()).containsExactly("articles", "annotated_articles");
      assertThat(
              sql.query(
                      "SELECT article_id, status, attempts, typeof(attempts) FROM"
                          + " annotated_articles",
                      10)
                  .rows())
          .containsExactly(List.of("a1", "ok", "NULL", "INTEGER"));
      assertThat(
              sql.query("SELECT article_id, title, published_date FROM articles ORDER BY 1", 10)
                  .rows())
          .containsExactly(List.of("a1", "NULL", "2023-05-01"), List.of("a2", "Two", "2023-06-02"));
    }
  }

  @Test
  void theEvaluationTableIsAViewToo() throws Exception {
    // frame_validation as evaluate frames wrote it before the interval columns existed
    Path evaluated = root.resolve("evaluated-warehouse");
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = db.createStatement()) {
      file(s, "SELECT 'regulation' AS frame", evaluated.resolve("frames"));
      file(
          s,
          "SELECT 'cv' AS method, 'regulation' AS question, 0.87 AS f1",
          evaluated.resolve("frame_validation"));
    }
    try (DuckDbEngine sql = DuckDbEngine.open(evaluated)) {
      assertThat(sql.tables()).containsExactly("frames", "frame_validation");
      assertThat(sql.query("SELECT method, question, f1, f1_low FROM frame_validation", 10).rows())
          .as("a column added since reads as null")
          .containsExactly(List.of("cv", "regulation", "0.87", "NULL"));
    }
  }

  @Test
  void aFolderWithoutTablesIsNoWarehouse() {
    assertThatThrownBy(() -> DuckDbEngine.open(root.resolve("nothing-here")))
        .isInstanceOfSatisfying(
            SqlProblem.class, p -> assertThat(p.kind()).isEqualTo(SqlProblem.Kind.INVALID))
        .hasMessageContaining("No warehouse at");
  }
}
