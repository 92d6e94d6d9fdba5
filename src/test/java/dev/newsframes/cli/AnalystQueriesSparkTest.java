package dev.newsframes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.cli.sql.SqlScript;
import dev.newsframes.testing.SampleWarehouse;
import dev.newsframes.testing.SparkTestSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** Every worked example in notebooks-data/queries runs on the sample warehouse and answers. */
class AnalystQueriesSparkTest {
  static final Path QUERIES = Path.of("notebooks-data/queries");

  static List<Path> queryFiles() throws Exception {
    try (Stream<Path> files = Files.list(QUERIES)) {
      return files.filter(f -> f.toString().endsWith(".sql")).sorted().toList();
    }
  }

  @Test
  void everyQueryFileReturnsRows() throws Exception {
    SparkSession spark = SparkTestSession.get();
    SampleWarehouse.get().warehouse().registerViews();
    List<Path> files = queryFiles();

    assertThat(files).as("worked examples").hasSizeGreaterThanOrEqualTo(8);
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(text).as("%s starts with its question", file).startsWith("-- ");
      List<String> statements = SqlScript.statements(text);
      assertThat(statements).as("%s statements", file).hasSize(1);
      assertThat(spark.sql(statements.get(0)).count()).as("rows of %s", file).isPositive();
    }
  }

  @Test
  void theQuestionsGetTheAnswersTheSampleWasBuiltFor() {
    SparkSession spark = SparkTestSession.get();
    SampleWarehouse.get().warehouse().registerViews();

    assertThat(
            spark
                .sql(query("spike-weeks-with-evidence.sql"))
                .select("week", "frame")
                .distinct()
                .collectAsList())
        .extracting(Object::toString)
        .containsExactly("[2023-05-15,regulation]");
    assertThat(
            spark.sql(query("competitiveness-entities-2023.sql")).first().<String>getAs("entity"))
        .isEqualTo("China");
    assertThat(
            spark
                .sql(query("non-english-share.sql"))
                .filter("language <> 'en'")
                .selectExpr("sum(skipped)")
                .first()
                .getLong(0))
        .isEqualTo(2);
  }

  @Test
  void theSqlCommandRunsAQueryFile() throws Exception {
    String warehouse = SampleWarehouse.get().warehouse().root();
    PrintStream stdout = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      code =
          Main.execute(
              "sql",
              "--warehouse",
              warehouse,
              "--file",
              QUERIES.resolve("balance-by-month.sql").toString());
    } finally {
      System.setOut(stdout);
    }

    assertThat(code).isEqualTo(ExitCode.OK);
    assertThat(captured.toString(StandardCharsets.UTF_8))
        .contains("|2023-05-01|")
        .contains("regulation")
        .contains("no clear lead");
  }

  @Test
  void badSqlOptionsFailBeforeSpark() {
    assertThat(Main.execute("sql", "--file", "no/such/file.sql")).isEqualTo(ExitCode.USAGE);
    assertThat(Main.execute("sql", "--file", "x.sql", "SELECT 1")).isEqualTo(ExitCode.USAGE);
  }

  private static String query(String name) {
    try {
      return SqlScript.statements(Files.readString(QUERIES.resolve(name), StandardCharsets.UTF_8))
          .get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
