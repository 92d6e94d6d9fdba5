package dev.newsframes.cli;

import dev.newsframes.cli.sql.DuckDbEngine;
import dev.newsframes.cli.sql.ReadOnlySql;
import dev.newsframes.cli.sql.SparkSqlEngine;
import dev.newsframes.cli.sql.SqlEngine;
import dev.newsframes.cli.sql.SqlProblem;
import dev.newsframes.cli.sql.SqlScript;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsframes sql}: read-only SQL over the warehouse, every table a view of the same name;
 * embedded DuckDB for a local warehouse (no Spark, answers in about 2 s, mostly the JVM start),
 * Spark SQL for {@code hdfs://} and {@code s3a://} or with {@code --engine spark}.
 */
@Command(
    name = "sql",
    mixinStandardHelpOptions = true,
    description = {
      "Runs read-only SQL over the warehouse; every table is a view of the same name.",
      "A local warehouse is read by embedded DuckDB (no Spark: about 2 s, mostly the JVM start), one on HDFS or S3"
          + " by Spark SQL.",
      "With --file, runs the statements of a SQL file (separated by semicolons) in order.",
      "Without either, reads statements from standard input, one per line (an interactive shell).",
      "Statements that could write (INSERT, COPY, CREATE, SET...) are refused with exit code 2."
    })
public final class SqlCommand implements Callable<Integer> {
  /** Which engine answers. */
  enum Engine {
    /** DuckDB for a local warehouse when its driver is on the classpath, else Spark. */
    AUTO,
    DUCKDB,
    SPARK
  }

  @Mixin SparkOptions spark = new SparkOptions();

  @Parameters(
      arity = "0..1",
      paramLabel = "QUERY",
      description = "The SQL to run: one statement, or several separated by semicolons.")
  String query;

  @Option(
      names = {"-f", "--file"},
      paramLabel = "FILE",
      description = "A SQL file to run, for example notebooks-data/queries/balance-by-month.sql.")
  Path file;

  @Spec CommandSpec spec;

  @Option(
      names = "--rows",
      defaultValue = "40",
      description = "Rows to show (default: ${DEFAULT-VALUE}).")
  int rows;

  @Option(
      names = "--wide",
      description = "Show full cell contents instead of truncating at 60 characters.")
  boolean wide;

  @Option(
      names = "--engine",
      paramLabel = "ENGINE",
      defaultValue = "auto",
      description =
          "auto, duckdb or spark (default: ${DEFAULT-VALUE}: DuckDB for a local warehouse, Spark"
              + " SQL for one on HDFS or S3).")
  String engine;

  @Override
  public Integer call() throws Exception {
    List<String> script = script();
    Engine chosen = engine();
    for (String statement : script) {
      // a script with a writing statement runs none of them, and no engine starts
      var refused = ReadOnlySql.refusal(statement);
      if (refused.isPresent()) {
        spec.commandLine().getErr().println("newsframes sql: " + refused.get());
        return ExitCode.USAGE;
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    try (SqlEngine sql = open(chosen)) {
      if (!script.isEmpty()) {
        for (String statement : script) {
          out.print(sql.query(statement, rows).render(wide ? 0 : 60));
          out.flush();
        }
        return ExitCode.OK;
      }
      shell(sql, out);
      return ExitCode.OK;
    } catch (SqlProblem p) {
      spec.commandLine().getErr().println("newsframes sql: " + p.getMessage());
      return p.kind() == SqlProblem.Kind.FAILED ? ExitCode.FAILURE : ExitCode.USAGE;
    }
  }

  private SqlEngine open(Engine chosen) throws SqlProblem {
    if (chosen == Engine.DUCKDB) {
      return DuckDbEngine.open(Path.of(spark.warehouse.replaceFirst("^file:(//)?", "")));
    }
    var session = spark.sessionWithExecutor("sql");
    return SparkSqlEngine.open(session, spark.warehouse(session));
  }

  /** The engine, checked before anything starts. */
  private Engine engine() {
    Engine e;
    try {
      e = Engine.valueOf(engine.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException x) {
      throw usage("--engine must be auto, duckdb or spark, got '" + engine + "'");
    }
    boolean remote = spark.warehouse.contains("://") && !spark.warehouse.startsWith("file:");
    if (e == Engine.DUCKDB && remote) {
      throw usage(
          "--engine duckdb reads local warehouses only; use --engine spark for " + spark.warehouse);
    }
    if (e == Engine.DUCKDB && !DuckDbEngine.available()) {
      throw usage(
          "--engine duckdb: the DuckDB driver is not on the classpath (the cluster job jar leaves it out); use --engine spark");
    }
    if (e == Engine.AUTO) {
      return !remote && DuckDbEngine.available() ? Engine.DUCKDB : Engine.SPARK;
    }
    return e;
  }

  private void shell(SqlEngine sql, PrintWriter out) throws IOException {
    out.println(
        sql.name()
            + ", tables: "
            + String.join(", ", sql.tables())
            + "  (end a line with ; or just press enter; Ctrl-D quits)");
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line; (line = prompt(in, out)) != null; ) {
      String statement = line.strip().replaceFirst(";$", "");
      if (statement.isEmpty()) {
        continue;
      }
      try {
        out.print(sql.query(statement, rows).render(wide ? 0 : 60));
      } catch (SqlProblem p) {
        out.println("error: " + p.getMessage());
      }
    }
  }

  /** The statements of QUERY or --file; empty for the shell. Bad options fail before Spark. */
  private List<String> script() throws IOException {
    if (query != null && file != null) {
      throw usage("Give either a QUERY or --file, not both");
    }
    if (file == null && query == null) {
      return List.of();
    }
    if (file != null && !Files.isRegularFile(file)) {
      throw usage("SQL file not found: " + file);
    }
    String text = file == null ? query : Files.readString(file, StandardCharsets.UTF_8);
    List<String> statements = SqlScript.statements(text);
    if (statements.isEmpty()) {
      throw usage("No SQL statement in " + (file == null ? "QUERY" : file));
    }
    return statements;
  }

  private static String prompt(BufferedReader in, PrintWriter out) throws IOException {
    out.print("newsframes> ");
    out.flush();
    return in.readLine();
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
