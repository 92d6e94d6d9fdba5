package dev.newsframes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.cli.sql.DuckDbEngine;
import dev.newsframes.cli.sql.ResultTable;
import dev.newsframes.cli.sql.SparkSqlEngine;
import dev.newsframes.cli.sql.SqlEngine;
import dev.newsframes.cli.sql.SqlScript;
import dev.newsframes.io.Tables;
import dev.newsframes.io.Warehouse;
import dev.newsframes.testing.CommandRun;
import dev.newsframes.testing.SampleWarehouse;
import dev.newsframes.testing.SparkTestSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsframes sql} on a warehouse the jobs wrote, with both engines. */
class SqlCommandSparkTest {

  private static CommandRun sql(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--warehouse";
    all[1] = SampleWarehouse.get().warehouse().root();
    System.arraycopy(args, 0, all, 2, args.length);
    return CommandRun.of(new SqlCommand(), all);
  }

  @Test
  void bothEnginesCountTheSameArticles() {
    long articles = SampleWarehouse.get().warehouse().read(Tables.ARTICLES).count();
    for (String engine : List.of("auto", "duckdb", "spark")) {
      CommandRun r = sql("--engine", engine, "SELECT count(*) AS n FROM articles");
      assertThat(r.exitCode()).as(engine + ": " + r.err()).isZero();
      assertThat(r.out())
          .as(engine)
          .containsPattern("\\|\\s*" + articles + "\\|")
          .contains("|  n|");
    }
  }

  @Test
  void writesAreRefusedWithExitCode2ByBothEngines(@TempDir Path dir) {
    for (String engine : List.of("duckdb", "spark")) {
      for (String write :
          List.of(
              "INSERT OVERWRITE DIRECTORY '" + dir + "/x' SELECT * FROM articles",
              "COPY articles TO '" + dir + "/x.parquet'",
              "CREATE TABLE x AS SELECT * FROM articles",
              "SET spark.sql.shuffle.partitions=1")) {
        CommandRun r = sql("--engine", engine, write);
        assertThat(r.exitCode()).as(engine + ": " + write).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).as(engine + ": " + write).contains("Refused");
      }
    }
    assertThat(dir).as("nothing written").isEmptyDirectory();
  }

  @Test
  void errorsNameTheTablesAndShowNoPlan() {
    for (String engine : List.of("duckdb", "spark")) {
      CommandRun r = sql("--engine", engine, "SELECT * FROM frame_balanse");
      assertThat(r.exitCode()).as(engine).isEqualTo(ExitCode.USAGE);
      assertThat(r.err())
          .as(engine)
          .contains("frame_balanse")
          .contains("tables: articles, rejects, duplicates, sentences")
          .doesNotContain("UnresolvedRelation")
          .doesNotContain("'Project");
    }
  }

  @Test
  void aMissingWarehouseIsAUsageError(@TempDir Path dir) {
    for (String engine : List.of("duckdb", "spark")) {
      CommandRun r =
          CommandRun.of(
              new SqlCommand(),
              "--warehouse",
              dir.resolve("none").toString(),
              "--engine",
              engine,
              "SELECT 1");
      assertThat(r.exitCode()).as(engine).isEqualTo(ExitCode.USAGE);
      assertThat(r.err()).as(engine).contains("No warehouse at");
    }
  }

  @Test
  void sparksParserFindsCommandsAnywhereInThePlan() throws Exception {
    SparkSession spark = SparkTestSession.get();
    for (String write :
        List.of(
            "INSERT OVERWRITE DIRECTORY '/tmp/x' SELECT 1",
            "WITH t AS (SELECT 1) INSERT OVERWRITE DIRECTORY '/tmp/x' SELECT * FROM t",
            "CACHE TABLE articles",
            "SET a=b",
            "SHOW PARTITIONS articles")) {
      assertThat(SparkSqlEngine.writingNode(spark.sessionState().sqlParser().parsePlan(write)))
          .as(write)
          .isPresent();
    }
    for (String read :
        List.of(
            "SELECT 1",
            "SHOW TABLES",
            "DESCRIBE articles",
            "WITH t AS (SELECT 1) SELECT * FROM t")) {
      assertThat(SparkSqlEngine.writingNode(spark.sessionState().sqlParser().parsePlan(read)))
          .as(read)
          .isEqualTo(Optional.empty());
    }
  }

  /** The worked examples answer the same in DuckDB and in Spark SQL, cell for cell. */
  @Test
  void theAnalystQueriesAnswerTheSameInBothEngines() throws Exception {
    Warehouse w = SampleWarehouse.get().warehouse();
    try (SqlEngine duck = DuckDbEngine.open(Path.of(w.root()));
        SqlEngine spark = SparkSqlEngine.open(SparkTestSession.get(), w)) {
      for (Path file : AnalystQueriesSparkTest.queryFiles()) {
        String query = SqlScript.statements(Files.readString(file, StandardCharsets.UTF_8)).get(0);
        ResultTable inDuck = duck.query(query, 500);
        ResultTable inSpark = spark.query(query, 500);
        assertThat(inDuck.rows()).as("%s has rows", file).isNotEmpty();
        assertThat(inDuck.render(0)).as("%s in DuckDB vs Spark", file).isEqualTo(inSpark.render(0));
      }
    }
  }
}
